"""Words glued by punctuation without a space are tokens of their own; numbers and abbreviations stay whole.

News text glues words: a place, a comma and the next word ("làng Klimovo,vùng"),
a sentence's last word, its full stop and the next sentence ("tại Hà Lan.Thủ
tướng"), an address abbreviation and its name ("P.Bến Nghé"). The sentences
here are invented; each glued form has lookalikes that must stay one token.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from annotator.core.syllables import (
    SyllableIndex,
    is_aligned,
    joined_spans,
    syllable_spans,
    syllable_table,
)


def surfaces(text: str) -> list[str]:
    return [text[s:e] for s, e in syllable_spans(text)]


def test_a_comma_between_words_is_a_token_of_its_own() -> None:
    text = "Đoàn đến thị trấn Borodyanka,tỉnh Kiev,sáng 5/3,Bộ trưởng Lê Văn An,trưởng đoàn"
    tokens = surfaces(text)
    for word in ("Borodyanka", "tỉnh", "Kiev", "sáng", "5/3", "Bộ", "An", "trưởng"):
        assert word in tokens
    assert tokens.count(",") == 4


def test_a_comma_between_a_word_and_a_number_is_a_token_of_its_own() -> None:
    assert surfaces("năm 2019,doanh thu của nhóm T1,T2") == [
        *("năm", "2019", ",", "doanh", "thu", "của", "nhóm", "T1", ",", "T2"),
    ]


def test_a_colon_between_words_is_a_token_of_its_own() -> None:
    assert surfaces("(Ảnh:Reuters) Khóa IX:2.") == [
        *("(", "Ảnh", ":", "Reuters", ")", "Khóa", "IX", ":", "2", "."),
    ]


def test_numbers_keep_their_commas_dots_and_colons() -> None:
    text = "tăng 1,5 lần, 12.000 người, 3.456,78 tỷ đồng lúc 15:30 ngày 7.1.2022"
    tokens = surfaces(text)
    for number in ("1,5", "12.000", "3.456,78", "15:30", "7.1.2022"):
        assert number in tokens


def test_a_full_stop_before_a_capitalised_word_is_a_token_of_its_own() -> None:
    text = "họp tại Hà Lan.Thủ tướng về P.Bến Nghé, Q.Bình Thạnh năm 2004.Ông"
    tokens = surfaces(text)
    for word in ("Lan", "Thủ", "P", "Bến", "Q", "Bình", "2004", "Ông"):
        assert word in tokens
    assert surfaces("Bắc Giang.1998") == ["Bắc", "Giang", ".", "1998"]


def test_abbreviations_addresses_and_joined_names_stay_whole() -> None:
    text = (
        "TP.HCM PGS.TS N.V.Đ T.Ư B.1.617 Q.1 U.23 NetSky.P Washington.DC Co.opMart "
        "dantri.com.vn O'Brien Pakistan-Afghanistan 18-NQ/TW KH&ĐT"
    )
    assert surfaces(text) == text.split()


def test_a_glued_place_can_be_selected_alone() -> None:
    text = "không kích ở làng Klimovo,vùng Bryansk."
    start = text.index("Klimovo")
    end = start + len("Klimovo")
    assert is_aligned(text, start, end)
    assert SyllableIndex(text).snap(start + 2, end - 2) == (start, end)
    forms, _ = syllable_table(text)
    assert forms[-5:] == ["Klimovo", ",", "vùng", "Bryansk", "."]


# The token pattern of the previous syllable rules (`syllables-2`).
_BEFORE = re.compile(r"[^\W_]+(?:[.\-/,:'’&+][^\W_]+)*|\S")
_GLUE = st.sampled_from(list("aAđĐệỆ9 .,:-/'") + ["Hà", "Nội", "12", "TP", "Ж", "ж"])


@settings(max_examples=300, deadline=None)
@given(st.lists(_GLUE, max_size=30).map("".join))
def test_every_bound_of_the_previous_rules_is_still_a_bound(text: str) -> None:
    """The new rules only add cuts, so spans saved before stay on token bounds."""
    before = [(m.start(), m.end()) for m in _BEFORE.finditer(text)]
    assert joined_spans(text) == before  # what sentences are still found on
    after = syllable_spans(text)
    assert {s for s, _ in before} <= {s for s, _ in after}
    assert {e for _, e in before} <= {e for _, e in after}
