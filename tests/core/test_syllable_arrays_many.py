"""Tokens of many texts found in one pass are each text's own tokens."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from annotator.core.syllable_arrays import syllable_bounds, syllable_bounds_of_texts
from annotator.nlp.stored_units import units_of, units_of_texts
from tests.core.test_syllable_arrays import _ALPHABET

_TEXTS = st.lists(
    st.one_of(st.text(alphabet=_ALPHABET, max_size=40), st.text(max_size=20)), max_size=8
)


def _lists(bounds):  # type: ignore[no-untyped-def]
    return [(starts.tolist(), ends.tolist(), starts.dtype, ends.dtype) for starts, ends in bounds]


@settings(max_examples=500, deadline=None)
@given(_TEXTS)
def test_each_texts_tokens_are_its_own(texts: list[str]) -> None:
    together = syllable_bounds_of_texts(texts)
    assert _lists(together) == _lists(syllable_bounds(text) for text in texts)


@settings(max_examples=200, deadline=None)
@given(_TEXTS)
def test_each_texts_units_are_its_own(texts: list[str]) -> None:
    assert units_of_texts(texts) == [units_of(text) for text in texts]


@settings(max_examples=100, deadline=None)
@given(_TEXTS, st.integers(1, 50))
def test_texts_taken_in_groups_are_each_their_own(texts: list[str], group: int) -> None:
    import annotator.core.syllable_arrays as arrays

    before = arrays.GROUP_CHARACTERS
    arrays.GROUP_CHARACTERS = group
    try:
        together = syllable_bounds_of_texts(texts)
    finally:
        arrays.GROUP_CHARACTERS = before
    assert _lists(together) == _lists(syllable_bounds(text) for text in texts)


def test_edges_that_could_join_across_texts() -> None:
    # A joiner at a text's end or start joins nothing: the next text is not a neighbour.
    texts = ["TP.", ".HCM", "", "18-", "NQ", "a", "b\n", "\nc", "😀", "\ud800x"]
    assert _lists(syllable_bounds_of_texts(texts)) == _lists(syllable_bounds(t) for t in texts)
