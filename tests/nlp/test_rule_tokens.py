"""How the rules cut a line into tokens: glued units and sources are read apart."""

from __future__ import annotations

import pytest

from annotator.nlp.rules import RuleSuggester
from annotator.nlp.rules.lines import Line, split_glued


@pytest.mark.parametrize(
    ("token", "parts"),
    [
        ("P.Cầu", ["P", ".", "Cầu"]),
        ("Q.Nam", ["Q", ".", "Nam"]),
        ("TP.Hồ", ["TP", ".", "Hồ"]),
        ("Hiếu/VOV.VN", ["Hiếu", "/", "VOV.VN"]),
        ("TP.HCM", ["TP.HCM"]),
        ("km/h", ["km/h"]),
        ("HĐND/UBND", ["HĐND/UBND"]),
        ("U.S", ["U.S"]),
        ("Hà", ["Hà"]),
    ],
)
def test_glued_tokens_are_split_only_where_a_name_is_glued(token, parts):
    pieces = split_glued(token, 10)
    assert [s for _, s in pieces] == parts
    assert all(token[start - 10 :].startswith(s) for start, s in pieces)


@pytest.fixture(scope="module")
def gazetteers():
    return RuleSuggester().gazetteers


def test_where_lists_a_words_tokens_in_order_whatever_their_case(gazetteers):
    line = Line("Bắt giữ kẻ trộm, rồi bắt tạm giữ; BẮT đầu. Ảnh: bắc", 0, gazetteers)
    assert line.where("bắt") == [i for i in range(line.n) if line.is_(i, "bắt")]
    assert line.where("bắt") == [0, 6, 10]
    assert line.where("ảnh") == [13]
    assert line.where("bắc") == [15]  # a lookalike syllable is another word
    assert line.where("nhà") == []


def test_phrase_matches_only_the_whole_phrase_inside_the_line(gazetteers):
    line = Line("Quốc hội họp kỳ họp thứ nhất", 0, gazetteers)
    assert line.phrase(0, "quốc hội") == 2
    assert line.phrase(3, "kỳ họp") == 5
    assert line.phrase(3, "kỳ họp thứ nhất") == 7
    assert line.phrase(3, "kỳ họp thứ nhất nữa") == -1  # runs past the line's end
    assert line.phrase(4, "kỳ họp") == -1  # first syllable differs
    assert line.phrase(0, "quốc tế") == -1  # only the first syllable agrees
    assert line.phrase(7, "họp") == -1
