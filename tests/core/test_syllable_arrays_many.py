"""Units of many texts made together are each text's own units."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from annotator.nlp.stored_units import units_of, units_of_texts
from tests.core.test_syllable_arrays import _ALPHABET

_TEXTS = st.lists(
    st.one_of(st.text(alphabet=_ALPHABET, max_size=40), st.text(max_size=20)), max_size=8
)


@settings(max_examples=200, deadline=None)
@given(_TEXTS)
def test_each_texts_units_are_its_own(texts: list[str]) -> None:
    assert units_of_texts(texts) == [units_of(text) for text in texts]
