"""The exporter's fast tokens give exactly what the core layer gives; blocks group them."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from annotator.app.exporting.tokens import fast_syllable_spans, group_blocks
from annotator.core.syllables import syllable_spans
from annotator.formats.tokens import ExportSpan

PIECES = [
    "Bí", "thư", "Tỉnh", "ủy", "TP.HCM", "N.Đ", "18-NQ/TW", "1.500.000", "7,5", "Ts.", "TP.",
    "ông", "A.", "e\u0301", "😀", "_x", "a_b", "(", ")", "“", "”", ",", ".", "?", "!", "...",
    "?!", "…", ":", "'", "\"", "-", "Hà", "Nội", "GS.TS", "v.v", "năm", "2024.", "Mr.",
    "🇻🇳", "Nam👍🏽,", "👨\u200d👩\u200d👧", "ệ\u0323",
]  # fmt: skip
GAPS = [" ", " ", " ", "  ", "\t", "\n", "\u00a0", " \n ", ""]


@st.composite
def texts(draw: st.DrawFn) -> str:
    parts = draw(st.lists(st.tuples(st.sampled_from(PIECES), st.sampled_from(GAPS)), max_size=40))
    return "".join(piece + gap for piece, gap in parts)


@settings(max_examples=300, deadline=None)
@given(texts())
def test_fast_syllables_equal_the_core_pattern(text: str) -> None:
    assert fast_syllable_spans(text) == syllable_spans(text)


@pytest.mark.shared
def test_real_articles_tokenise_as_the_core_layer_does(shared_dir: Path) -> None:
    folder = shared_dir / "corpus" / "unc-dantri-news" / "data"
    paths = sorted(folder.glob("*.txt"))[::4]
    assert paths
    for path in paths:
        text = path.read_text(encoding="utf-8")
        assert fast_syllable_spans(text) == syllable_spans(text), path.name


def test_blocks_follow_the_last_start_and_merge_around_a_span() -> None:
    tokens = [(0, 2), (3, 5), (6, 8), (9, 11), (12, 14)]
    assert group_blocks(tokens, [(3, 8), (9, 14)], []) == [
        [(0, 2)],
        [(3, 5), (6, 8)],
        [(9, 11), (12, 14)],
    ]
    merged = group_blocks(tokens, [(0, 5), (6, 14)], [ExportSpan(3, 8, "PER")])
    assert merged == [tokens]
