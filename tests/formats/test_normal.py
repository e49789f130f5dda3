"""The quick normalisation used by readers (whole, or in pieces) gives exactly what the text rule gives."""

from __future__ import annotations

import unicodedata
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from annotator.core.textnorm import normalize_with_offsets
from annotator.formats.normal import with_offsets

PIECES = st.sampled_from(
    [
        "Việt",
        "Nam",
        " ",
        "\n",
        "\r\n",
        "\u200b",
        "\u200d",
        "👩\u200d💻",
        "e\u0301",
        "\ufeff",
        "a",
        ".",
    ]
)


@settings(max_examples=400, deadline=None)
@given(st.one_of(st.text(max_size=40), st.lists(PIECES, max_size=20).map("".join)))
def test_same_text_and_map_as_the_text_rule(raw: str) -> None:
    _same_as_textnorm(raw)


def _same_as_textnorm(raw: str) -> None:
    text, mapping = with_offsets(raw)
    expected, expected_map = normalize_with_offsets(raw)
    assert text == expected
    assert list(mapping) == list(expected_map)
    assert getattr(mapping, "dropped", frozenset()) == getattr(expected_map, "dropped", frozenset())


# Words that need changes (decomposed letters, invisibles, CR, Hangul jamo that
# compose across clusters, a combining mark after a space) among words that do not.
_WORDS = st.sampled_from(
    [
        "Bí",
        "thư",
        "a",
        "Z9",
        "ho\u0323p",
        "Vie\u0302\u0323t",
        "e\u0301",
        "\u0301x",
        "\u1100\u1161\u11a8",
        "x\u200by",
        "\u200d",
        "\ufeff",
        "a\u200db",
        "\u00ad",
        "\x00",
        "\x08",
        "q\u0323\u0307",
        "a\u0308\u0304",
        "\u212b",
        "1.500",
    ]
)
_SEPARATORS = st.sampled_from([" ", " ", " ", "  ", "\n", "\r\n", "\r", " \u200b ", "\t", ""])


@st.composite
def raw_texts(draw: st.DrawFn) -> str:
    words = draw(st.lists(st.tuples(_WORDS, _SEPARATORS), max_size=200))
    return "".join(word + gap for word, gap in words)


@settings(max_examples=400, deadline=None)
@given(raw_texts())
def test_random_text_normalises_as_textnorm_does(raw):
    _same_as_textnorm(raw)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_any_unicode_normalises_as_textnorm_does(raw):
    _same_as_textnorm(raw)


def test_a_clean_text_maps_to_itself():
    text, mapping = with_offsets("Bí thư Tỉnh ủy")
    assert text == "Bí thư Tỉnh ủy" and list(mapping) == list(range(15))


def test_decomposed_shared_corpora_normalise_as_textnorm_does(shared_dir: Path):
    files = sorted((shared_dir / "corpus").rglob("*.txt"))[::7]
    assert len(files) > 100
    for path in files:
        raw = path.read_text(encoding="utf-8", errors="replace")
        _same_as_textnorm(raw)
        _same_as_textnorm(unicodedata.normalize("NFD", raw).replace("\n", "\r\n"))
