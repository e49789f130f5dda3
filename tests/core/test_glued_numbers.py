"""A word glued to the number of the next list item is a token of its own; codes and units stay whole.

Sources print numbered lists on one line with each number glued to the item
before it ("Luật đất đai2. Luật nhà ở3."). The lists here are invented; each
has lookalikes (codes, units, model names) that must stay one token.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from annotator.core import syllables
from annotator.core.glued_numbers import glued_number_cuts, is_listed_word, list_number_before
from annotator.core.syllable_arrays import syllable_bounds
from annotator.core.syllables import (
    SyllableIndex,
    is_aligned,
    joined_spans,
    syllable_spans,
    syllable_table,
)


def surfaces(text: str) -> list[str]:
    return [text[s:e] for s, e in syllable_spans(text)]


def test_a_word_glued_to_the_next_items_number_is_cut_from_it() -> None:
    text = "Sẽ thông qua:\n1. Luật đất đai2. Luật nhà ở3. Luật đầu tư công4. Luật trẻ em10."
    assert surfaces(text)[4:] == [
        *("1", ".", "Luật", "đất", "đai", "2", ".", "Luật", "nhà", "ở", "3", "."),
        *("Luật", "đầu", "tư", "công", "4", ".", "Luật", "trẻ", "em", "10", "."),
    ]


def test_a_name_glued_to_the_next_items_number_is_cut_from_it() -> None:
    text = "Danh sách: 1. Ông Phạm Văn Hùng2. Bà Lê Thị Mai3) Ông Vũ Nam"
    tokens = surfaces(text)
    for word, number in (("Hùng", "2"), ("Mai", "3")):
        at = tokens.index(word)
        assert tokens[at + 1] == number
    assert surfaces("ở Việt Nam4.\nTiếp") == ["ở", "Việt", "Nam", "4", ".", "Tiếp"]


def test_codes_units_and_model_names_stay_whole() -> None:
    text = (
        "U23. H5N1. F16. A1. SU-30MK2. Mig21. mp3. COVID-19. m2. km2. m3. cm3. CO2. "
        "PMU18. ST25. D07) Covid19. Bacsi24. VF e34. 30MK2. năm2005. đạt4.814 tỷ"
    )
    tokens = surfaces(text)
    for whole in ("U23", "H5N1", "F16", "A1", "SU-30MK2", "Mig21", "mp3", "COVID-19"):
        assert whole in tokens
    for whole in ("m2", "km2", "m3", "cm3", "CO2", "PMU18", "ST25", "D07", "Covid19"):
        assert whole in tokens
    assert {"Bacsi24", "e34", "30MK2", "năm2005", "đạt4.814"} <= set(tokens)


def test_only_a_list_number_before_a_space_or_the_end_is_cut() -> None:
    assert surfaces("phiếu3.Luật") == ["phiếu3", ".", "Luật"]  # a full stop glued on: no list
    assert surfaces("phiếu123. x") == ["phiếu123", ".", "x"]  # three digits: no list number
    assert surfaces("phiếu3") == ["phiếu3"]
    assert surfaces("phiếu3.") == ["phiếu", "3", "."]


def test_a_listed_word_is_a_syllable_in_lower_case_or_as_a_name() -> None:
    for word in ("phiếu", "ở", "Nam", "Nguyễn", "nghiêng", "Quỳnh", "ương"):
        assert is_listed_word(word), word
    for word in ("e", "A", "HĐND", "mp", "km", "Mig", "iPhone", "Covid", "Bacsi", "NAM"):
        assert not is_listed_word(word), word


def test_a_bill_glued_to_its_successor_can_be_selected_alone() -> None:
    text = "2. Luật kinh doanh bất động sản3. Luật hàng không"
    start = text.index("Luật kinh")
    end = text.index("3.")
    assert is_aligned(text, start, end)
    assert is_aligned(text, end, end + 1)
    assert not is_aligned(text, start, end - 1)
    assert SyllableIndex(text).snap(end - 2, end - 1) == (text.index("sản"), end)
    forms, _ = syllable_table(text)
    assert forms[7:10] == ["sản", "3", "."]
    begins, ends = syllable_bounds(text)
    assert list(zip(begins.tolist(), ends.tolist(), strict=True)) == syllable_spans(text)


# Fragments that glue numbers to words in every way the rule tells apart.
_FRAGMENT = st.sampled_from(
    [*"aeởN3 .)\n-", "Nam", "phiếu", "sản", "km", "HĐ", "12", "123", "ở", "Ж", ",", "Mig"]
)


@settings(max_examples=400, deadline=None)
@given(st.lists(_FRAGMENT, max_size=25).map("".join))
def test_the_cut_only_adds_bounds_at_glued_list_numbers(text: str) -> None:
    """Spans saved under `syllables-3` stay on bounds: its tokens are the pattern's alone."""
    before = [(m.start(), m.end()) for m in syllables._TOKEN.finditer(text)]
    cuts = set(glued_number_cuts(text))
    after = syllable_spans(text)
    assert {s for s, _ in after} == {s for s, _ in before} | cuts
    assert {e for _, e in after} == {e for _, e in before} | cuts
    assert {s for s, _ in joined_spans(text)} <= {s for s, _ in after}
    begins, ends = syllable_bounds(text)
    assert list(zip(begins.tolist(), ends.tolist(), strict=True)) == after
    forms, starts = syllable_table(text)
    assert [(s, s + len(f)) for f, s in zip(forms, starts, strict=True)] == after


def test_a_list_numbers_full_stop_is_found_before_the_next_item() -> None:
    """Glued to a word or a bracket, or opening its line; not after a space, nor in a code."""
    text = "1. Luật A (sửa đổi)2. Luật hối phiếu3. Luật nhà ở12. Luật X\nthắng 2 - 1. Sau U23. Ông"
    found = {
        text[n : text.index(" ", n)]
        for pos in range(len(text))
        if (n := list_number_before(text, pos)) is not None
    }
    assert found == {"1.", "2.", "3.", "12."}, found
    assert list_number_before(text, text.index("Luật hối")) == text.index("2.")
