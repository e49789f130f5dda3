"""Normalisation at import, and the raw -> normalised offset map."""

from __future__ import annotations

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from annotator.core.textnorm import map_span, normalize_text, normalize_with_offsets


def test_nfd_crlf_bom_and_zero_width_are_normalised() -> None:
    raw = "\ufeffTho\u0302\u0301ng tin\r\nQua\u0309ng\u200b Nam\x00"
    text = normalize_text(raw)
    assert text == "Thống tin\nQuảng Nam"
    assert unicodedata.is_normalized("NFC", text)


def test_offsets_follow_composition() -> None:
    raw = "Pha\u0300n Vie\u0323\u0302t Cu\u031bo\u031b\u0300ng!"
    text, mapping = normalize_with_offsets(raw)
    assert text == "Phàn Việt Cường!"
    start = raw.index("V")
    end = raw.index("!")
    s, e = map_span(mapping, start, end)
    assert text[s:e] == "Việt Cường"


@given(st.text(max_size=60))
def test_normalised_text_is_nfc_and_mapping_is_monotonic(raw: str) -> None:
    text, mapping = normalize_with_offsets(raw)
    assert unicodedata.is_normalized("NFC", text)
    assert len(mapping) == len(raw) + 1
    assert mapping[-1] == len(text)
    assert all(a <= b for a, b in zip(mapping, mapping[1:], strict=False))
    assert "\r" not in text and "\u200b" not in text


@given(st.text(max_size=60))
def test_normalising_twice_changes_nothing(raw: str) -> None:
    once = normalize_text(raw)
    assert normalize_text(once) == once
