"""Item 5: offsets map exactly through any composition; never a shifted span.

Decomposed Hangul jamo compose across what the per-character pass sees as
separate clusters; before, every later span moved by one.
"""

from __future__ import annotations

import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from annotator.core.textnorm import map_span, normalize_text, normalize_with_offsets

JAMO = "\u1100\u1101\u1161\u1162\u11a8\u11a9"
MARKS = "\u0300\u0301\u0302\u0303\u0309\u0323\u031b\u0327\u0328\u0345\u05b0\u0591\u0e38"
INVISIBLE = "\u200b\u200c\u200d\ufeff\u2060\u00ad\x00"


def test_a_name_after_decomposed_jamo_keeps_its_offsets() -> None:
    raw = "an \u1100\u1161 Vie\u0323\u0302t Cu\u031bo\u031b\u0300ng h"
    text, mapping = normalize_with_offsets(raw)
    assert text == "an 가 Việt Cường h"
    start, end = raw.index("V"), raw.index(" h")
    s, e = map_span(mapping, start, end)
    assert text[s:e] == "Việt Cường"


def test_marks_that_reorder_across_an_invisible_keep_later_offsets() -> None:
    raw = "a\u0323\u200b\u0302 Phan"  # the dot below and circumflex compose across the ZWSP
    text, mapping = normalize_with_offsets(raw)
    assert text == "ậ Phan"
    s, e = map_span(mapping, raw.index("P"), len(raw))
    assert text[s:e] == "Phan"


words = st.text(
    alphabet=st.one_of(
        st.characters(blacklist_categories=("Cs",), blacklist_characters=" \r\n"),
        st.sampled_from(JAMO + MARKS + INVISIBLE + "aeoAĐưệ가"),
    ),
    min_size=1,
    max_size=8,
)
separators = st.sampled_from([" ", "  ", "\n", "\r\n", " \u200b ", "\r", " \n"])


@settings(max_examples=400, deadline=None)
@given(st.lists(st.tuples(words, separators), min_size=1, max_size=12))
def test_every_word_maps_to_exactly_its_normalised_text(parts) -> None:
    raw = ""
    spans = []
    for word, sep in parts:
        spans.append((len(raw), len(raw) + len(word), word))
        raw += word + sep
    text, mapping = normalize_with_offsets(raw)
    assert unicodedata.is_normalized("NFC", text)
    assert len(mapping) == len(raw) + 1 and mapping[-1] == len(text)
    assert all(a <= b for a, b in zip(mapping, mapping[1:], strict=False))
    for start, end, word in spans:
        expected = normalize_text(word)
        if not expected:
            continue  # a token of invisibles: gone with its space
        s, e = map_span(mapping, start, end)
        assert text[s:e] == expected, (raw, word)
