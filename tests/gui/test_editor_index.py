"""The editor's span index, layering and selection units, without widgets."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from annotator.core.model import Span
from annotator.core.syllables import SyllableIndex
from annotator.gui.editor.span_index import BlockSpanIndex, assign_layers
from annotator.gui.editor.units import syllable_index, word_index
from annotator.gui.editor.widget import block_starts


def _span(i, start, end, state="accepted"):
    return Span(i, 1, start, end, "PER", state=state)


def test_block_starts_follow_qt_separators():
    assert block_starts("ab\ncd\u2029e\n") == [0, 3, 6, 8]


def test_index_buckets_by_block_and_finds_spans_at_a_position():
    text = "aaaa bbbb\ncccc dddd\neeee"
    index = BlockSpanIndex(block_starts(text), len(text))
    assert list(index.add(_span(1, 0, 4))) == [0]
    assert list(index.add(_span(2, 5, 14))) == [0, 1]  # crosses the newline
    index.add(_span(3, 10, 19))
    assert [s.id for s in index.in_block(1)] == [2, 3]
    assert [s.id for s in index.at(11)] == [2, 3]
    assert list(index.remove(2)) == [0, 1]
    assert [s.id for s in index.in_block(0)] == [1]
    assert list(index.remove(99)) == []
    assert list(index.add(_span(3, 20, 24))) == [1, 2]  # moved: old and new blocks


def test_layers_put_outer_first_and_never_overlap_on_one_layer():
    spans = [_span(1, 0, 30), _span(2, 7, 30), _span(3, 20, 30), _span(4, 31, 40)]
    assert assign_layers(spans) == {1: 0, 2: 1, 3: 2, 4: 0}


@settings(max_examples=80, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 50), st.integers(1, 20)), max_size=25))
def test_layers_are_a_proper_colouring(pairs):
    spans = [_span(i + 1, s, s + n) for i, (s, n) in enumerate(pairs)]
    layers = assign_layers(spans)
    for a in spans:
        for b in spans:
            overlap = a.start < b.end and b.start < a.end
            if a.id != b.id and overlap:
                assert layers[a.id] != layers[b.id]


def test_pending_spans_are_layered_apart_from_accepted():
    text = "x" * 20
    index = BlockSpanIndex([0], len(text))
    index.add(_span(1, 0, 10))
    index.add(_span(2, 2, 8, state="pending"))
    assert index.layers(0) == {1: 0, 2: 0}


def test_word_units_fill_gaps_with_syllables():
    text = "Ông Phan Việt Cường, phát biểu"
    name = (4, 19)
    units = word_index(text, lambda _text: [name])
    assert units.snap(9, 11) == name
    assert units.snap(0, 2) == (0, 3)
    assert units.snap(21, 23) == (21, 25)
    assert units.next_boundary(4) == 19


@settings(max_examples=80, deadline=None)
@given(
    st.lists(
        st.tuples(st.integers(0, 50), st.integers(1, 20), st.sampled_from(["accepted", "pending"])),
        max_size=25,
    )
)
def test_fills_are_exactly_the_accepted_layer_zero(items):
    index = BlockSpanIndex([0], 80)
    index.add_all(_span(i + 1, s, s + n, state) for i, (s, n, state) in enumerate(items))
    layers = index.layers(0)
    expected = {s.id for s in index if s.state == "accepted" and layers[s.id] == 0}
    assert {s.id for s in index.fills(0)} == expected


SEED_PATH = (
    Path(__file__).resolve().parents[2] / "resources" / "demo" / "seed-lay-phieu-tin-nhiem.txt"
)


def test_fast_syllables_equal_core_syllables_on_the_seed_article():
    text = (
        SEED_PATH.read_text(encoding="utf-8") + " a_b __ N.Đ 18-NQ/TW 7.1.2022 ‘x’ 😀 phiếu3. U23."
    )
    assert syllable_index(text).tokens == SyllableIndex(text).tokens


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("aĐệở9 _.-/,:'’&+)\n😀\u0301")), max_size=40))
def test_fast_syllables_equal_core_syllables_for_any_text(text):
    assert syllable_index(text).tokens == SyllableIndex(text).tokens
