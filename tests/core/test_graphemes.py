"""Tokens never cut what a reader sees as one character: flags, skin tones, ZWJ families, marks."""

from __future__ import annotations

from pathlib import Path

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from annotator.core.graphemes import clusters, inside_cluster
from annotator.core.syllable_arrays import syllable_bounds
from annotator.core.syllables import SyllableIndex, is_aligned, syllable_spans, syllable_table

MIXED = "Hà Nội 🇻🇳 chào 👍🏽 bạn 👨\u200d👩\u200d👧 x"
FAMILY = "👨\u200d👩\u200d👧"


def _qt_clusters(text: str) -> list[str]:
    """The same text cut by Qt's grapheme boundary finder, an independent implementation."""
    from PySide6.QtCore import QTextBoundaryFinder

    finder = QTextBoundaryFinder(QTextBoundaryFinder.BoundaryType.Grapheme, text)
    units = text.encode("utf-16-le")
    cuts = [0]
    while (cut := finder.toNextBoundary()) > 0:
        cuts.append(cut)
    return [units[2 * a : 2 * b].decode("utf-16-le") for a, b in zip(cuts, cuts[1:], strict=False)]


def test_the_reported_text_keeps_flags_skin_tones_and_families_whole() -> None:
    tokens = [MIXED[a:b] for a, b in syllable_spans(MIXED)]
    assert tokens == ["Hà", "Nội", "🇻🇳", "chào", "👍🏽", "bạn", FAMILY, "x"]
    assert syllable_table(MIXED)[0] == tokens
    starts, ends = syllable_bounds(MIXED)
    assert [MIXED[a:b] for a, b in zip(starts.tolist(), ends.tolist(), strict=True)] == tokens


def test_marks_and_keycaps_stay_on_their_base_and_flags_pair_up() -> None:
    text = "Nam👍🏽, e\u0301, 1\ufe0f\u20e3 🇻🇳🇺🇸🇫 a\u200db"
    tokens = [text[a:b] for a, b in syllable_spans(text)]
    assert tokens == [
        "Nam",
        "👍🏽",
        ",",
        "e\u0301",
        ",",
        "1\ufe0f\u20e3",
        "🇻🇳",
        "🇺🇸",
        "🇫",
        "a\u200d",
        "b",
    ]
    assert syllable_table(text)[0] == tokens


def test_a_span_may_not_start_or_end_inside_a_cluster() -> None:
    flag = MIXED.index("🇻🇳")
    assert not is_aligned(MIXED, flag, flag + 1)
    assert not is_aligned(MIXED, flag + 1, flag + 2)
    assert is_aligned(MIXED, flag, flag + 2)
    family = MIXED.index(FAMILY)
    assert not is_aligned(MIXED, family, family + 1)
    assert is_aligned(MIXED, family, family + len(FAMILY))


def test_snapping_a_selection_never_leaves_half_a_cluster() -> None:
    text = "ông 1\u20e3 e\u0301m"
    index = SyllableIndex(text)
    mark = text.index("e")
    assert index.snap(mark, mark + 1) == (mark, mark + 3)
    assert index.token_at(mark + 1) == (mark, mark + 3)


_TRICKY = st.sampled_from(
    ["a", "ệ", "9", " ", ",", ".", "\u0301", "\u200d", "\ufe0f", "🇻", "🇳", "👍", "🏽", "👩", "❤", "😀", "\u20e3", "\n", "\u0600", "\u200b"]
)  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.lists(_TRICKY, max_size=30).map("".join))
def test_clusters_are_the_ones_qt_finds(text: str) -> None:
    # Qt pairs regional indicators that follow a pictograph one off ("👍🇻🇳" gives
    # 👍|🇻|🇳, against rules GB12 and GB13): those texts are checked by hand below.
    assume(not any(a in "👍👩❤😀" and b in "🇻🇳" for a, b in zip(text, text[1:], strict=False)))
    assert clusters(text) == _qt_clusters(text)


def test_regional_indicators_pair_up_after_a_pictograph_too() -> None:
    assert clusters("👍🇻🇳🇻") == ["👍", "🇻🇳", "🇻"]
    assert clusters("a🇻🇳🇺") == ["a", "🇻🇳", "🇺"]


@settings(max_examples=400, deadline=None)
@given(st.lists(_TRICKY, max_size=30).map("".join))
def test_no_token_edge_falls_inside_a_cluster(text: str) -> None:
    tokens = syllable_spans(text)
    # A space is never in a token, even with a stray mark on it (" \u0301" is one cluster).
    beside_space = {
        edge
        for token in tokens
        for edge in token
        if text[edge - 1 : edge + 1].strip() != text[edge - 1 : edge + 1]
    }
    assert not any(
        inside_cluster(text, edge) for token in tokens for edge in set(token) - beside_space
    )
    assert syllable_table(text) == ([text[a:b] for a, b in tokens], [a for a, _ in tokens])
    starts, ends = syllable_bounds(text)
    assert list(zip(starts.tolist(), ends.tolist(), strict=True)) == tokens


def test_the_stored_mark_table_is_what_unicodedata_says_for_its_version() -> None:
    """The table spares every import a scan of 130,000 code points; it must not drift."""
    import unicodedata

    from annotator.core import mark_table
    from annotator.core.graphemes import compute_mark_ranges, mark_ranges

    if unicodedata.unidata_version == mark_table.UNIDATA_VERSION:
        assert list(mark_table.MARK_RANGES) == compute_mark_ranges()
    assert mark_ranges("0.0.0-another") == compute_mark_ranges()
    assert (0x0301, 0x0301) not in mark_ranges()
    assert any(low <= 0x0301 <= high for low, high in mark_ranges())


def test_the_mark_table_is_written_for_the_running_unicode(tmp_path: Path) -> None:
    import unicodedata

    from annotator.core.graphemes import compute_mark_ranges, write_mark_table

    path = tmp_path / "mark_table.py"
    write_mark_table(path)
    namespace: dict[str, object] = {}
    exec(path.read_text(encoding="utf-8"), namespace)
    assert namespace["UNIDATA_VERSION"] == unicodedata.unidata_version
    assert list(namespace["MARK_RANGES"]) == compute_mark_ranges()  # type: ignore[call-overload]
