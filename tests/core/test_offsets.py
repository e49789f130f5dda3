"""Offsets: code points <-> UTF-16 <-> UTF-8, with astral characters."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from annotator.core.errors import OffsetError
from annotator.core.offsets import (
    Utf16Map,
    codepoint_to_utf8,
    utf8_to_codepoint,
    utf16_to_codepoint,
    validate_span,
)


def utf16_len(s: str) -> int:
    return len(s.encode("utf-16-le")) // 2


def test_emoji_shifts_utf16_positions() -> None:
    text = "😀 Phan Việt Cường 𠀀x"
    m = Utf16Map(text)
    start = text.index("Phan")
    assert m.to_utf16(start) == start + 1
    assert m.to_codepoint(start + 1) == start
    assert m.to_utf16(len(text)) == utf16_len(text)


def test_position_inside_surrogate_pair_rounds_down() -> None:
    m = Utf16Map("a😀b")
    assert m.to_codepoint(2) == 1


@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=60))
def test_utf16_round_trip(text: str) -> None:
    m = Utf16Map(text)
    for cp in range(len(text) + 1):
        u16 = m.to_utf16(cp)
        assert u16 == utf16_len(text[:cp])
        assert m.to_codepoint(u16) == cp


@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=60))
def test_utf8_round_trip(text: str) -> None:
    for cp in range(len(text) + 1):
        b = codepoint_to_utf8(text, cp)
        assert b == len(text[:cp].encode("utf-8"))
        assert utf8_to_codepoint(text, b) == cp


def test_utf8_offset_inside_character_is_refused() -> None:
    with pytest.raises(OffsetError):
        utf8_to_codepoint("Việt", 3)


def test_out_of_range_positions_are_refused() -> None:
    m = Utf16Map("abc")
    with pytest.raises(OffsetError):
        m.to_utf16(4)
    with pytest.raises(OffsetError):
        utf16_to_codepoint("abc", -1)


@pytest.mark.parametrize("start,end", [(-1, 2), (2, 2), (3, 2), (0, 6)])
def test_validate_span_rejects_bad_ranges(start: int, end: int) -> None:
    with pytest.raises(OffsetError):
        validate_span(5, start, end)


def test_validate_span_accepts_whole_text() -> None:
    validate_span(5, 0, 5)
