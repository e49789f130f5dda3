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


_MEETING_WORDS = ("kỳ họp", "kỳ họp thứ nhất", "họp kỳ", "quốc tế", "kỳ họp thứ nhất nữa")


def test_longest_is_the_end_of_the_longest_phrase_that_starts_at_a_token(gazetteers):
    line = Line("Quốc hội họp kỳ họp thứ nhất", 0, gazetteers)
    assert line.longest(3, _MEETING_WORDS) == 7  # not the shorter "kỳ họp"
    assert line.longest(2, _MEETING_WORDS) == 4
    assert line.longest(0, _MEETING_WORDS) == -1  # "Quốc hội" only shares "quốc"
    assert line.longest(4, _MEETING_WORDS) == -1
    assert line.longest(-1, _MEETING_WORDS) == -1
    assert line.longest(7, _MEETING_WORDS) == -1
    for i in range(-2, line.n + 2):
        assert line.longest(i, _MEETING_WORDS) == max(line.phrase(i, p) for p in _MEETING_WORDS)


def test_ending_says_whether_a_phrase_ends_right_before_a_token(gazetteers):
    line = Line("Quốc hội họp kỳ họp thứ nhất", 0, gazetteers)
    assert line.ending(5, _MEETING_WORDS)  # "kỳ họp" before "thứ"
    assert line.ending(7, _MEETING_WORDS)  # the line's end
    assert not line.ending(6, _MEETING_WORDS)  # "họp thứ" is none of them
    assert not line.ending(0, _MEETING_WORDS)
    assert not line.ending(-1, _MEETING_WORDS)  # no token there, so nothing ends there
    for i in range(line.n + 2):
        expected = any(line.phrase(i - len(p.split()), p) == i for p in _MEETING_WORDS)
        assert line.ending(i, _MEETING_WORDS) == expected


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        ("Rạng sáng nay, lực lượng cứu hộ đã tiếp cận hiện trường.", ["Rạng sáng nay"]),
        ("Tối qua Quốc hội đã họp.", ["Tối qua"]),
        ("Ông ấy thường làm việc buổi chiều tại nhà.", []),  # a part of day, no day
        ("Quốc hội họp tại Hà Nội.", []),  # listed words that start no date
    ],
)
def test_dates_are_looked_for_at_digits_day_words_and_parts_of_day_only(text, dates):
    found = RuleSuggester().suggest(text)
    assert [text[s.start : s.end] for s in found if s.label == "DATE"] == dates
