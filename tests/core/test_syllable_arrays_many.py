"""Units of many texts made together are each text's own units."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from annotator.core.syllable_arrays import syllable_tables
from annotator.core.syllables import syllable_table
from annotator.nlp.stored_units import decode, decode_all, units_of, units_of_texts
from tests.core.test_syllable_arrays import _ALPHABET

_TEXTS = st.lists(
    st.one_of(st.text(alphabet=_ALPHABET, max_size=40), st.text(max_size=20)), max_size=8
)


@settings(max_examples=200, deadline=None)
@given(_TEXTS)
def test_each_texts_units_are_its_own(texts: list[str]) -> None:
    assert units_of_texts(texts) == [units_of(text) for text in texts]


@settings(max_examples=200, deadline=None)
@given(_TEXTS)
def test_each_texts_tokens_cut_together_are_its_own(texts: list[str]) -> None:
    """Texts joined for one pass (some with grapheme clusters, or empty) keep their tokens."""
    together = [(forms, list(starts)) for forms, starts in syllable_tables(texts)]
    assert together == [syllable_table(text) for text in texts]


@settings(max_examples=100, deadline=None)
@given(_TEXTS)
def test_units_decoded_together_are_each_decoded_alone(texts: list[str]) -> None:
    rows = [units_of(text) if i % 3 else None for i, text in enumerate(texts)]
    alone = [
        None if row is None else decode(row, text) for row, text in zip(rows, texts, strict=True)
    ]
    assert decode_all(rows, texts) == alone
