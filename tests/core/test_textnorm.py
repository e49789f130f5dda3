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


def test_joiners_stay_inside_words_and_emoji_and_go_elsewhere() -> None:
    family = "\U0001f468\u200d\U0001f469\u200d\U0001f467"
    assert normalize_text(f"Gia đình {family} vui") == f"Gia đình {family} vui"
    assert normalize_text("می\u200cخواهم") == "می\u200cخواهم"
    assert normalize_text("Hà\u200d Nội \u200c") == "Hà Nội"


def test_a_token_of_invisibles_leaves_no_stray_space() -> None:
    assert normalize_text("Phan \u200b Việt") == "Phan Việt"
    assert normalize_text("Phan \u200b\u200d\nViệt") == "Phan\nViệt"
    assert normalize_text("\u200b Việt") == "Việt"
    assert normalize_text("Phan\u200bViệt") == "PhanViệt"


@given(
    st.text(
        alphabet=st.sampled_from(
            list("ab ệ\n\r\t") + ["\u200b", "\u200c", "\u200d", "\ufeff", "\x00"]
        )
    )
)
def test_fast_path_drops_the_same_invisibles(raw: str) -> None:
    from annotator.core.decoding import normalize_fast

    assert normalize_fast(raw) == normalize_text(raw)


def test_a_span_over_dropped_characters_only_comes_back_empty() -> None:
    raw = "Phan \u200b Việt e\u0301"
    text, mapping = normalize_with_offsets(raw)
    assert text == "Phan Việt é"
    s, e = map_span(mapping, raw.index("\u200b"), raw.index("\u200b") + 1)
    assert s == e  # never moved onto "Việt"
    accent = raw.index("\u0301")
    s, e = map_span(mapping, accent, accent + 1)  # inside a composed letter: the whole letter
    assert text[s:e] == "é"
