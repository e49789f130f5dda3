"""Tokens and sentence starts stored at import: what they hold, their version, their bytes."""

from __future__ import annotations

from hypothesis import given, settings

from annotator.core.syllables import syllable_table
from annotator.nlp import stored_units
from annotator.nlp.units import sentence_spans
from tests.app.test_export_tokens import texts


@settings(max_examples=300, deadline=None)
@given(texts())
def test_decoded_units_are_the_tokens_and_sentence_starts(text: str) -> None:
    decoded = stored_units.decode(stored_units.units_of(text))
    assert decoded is not None
    forms, starts, sentences = decoded
    assert (forms, list(starts)) == syllable_table(text)
    assert list(sentences) == [start for start, _ in sentence_spans(text)]


def test_units_of_other_rules_are_ignored() -> None:
    version, forms, starts, sentences = stored_units.units_of("Bí thư Tỉnh ủy.")
    assert version.startswith("syllables-1/sentences-1/")
    assert stored_units.decode(("syllables-0/sentences-0/abc", forms, starts, sentences)) is None


def test_offsets_are_four_little_endian_bytes_each() -> None:
    _, forms, starts, _ = stored_units.units_of("Ông Lê Trí Thanh")
    assert forms == "Ông\nLê\nTrí\nThanh"
    assert starts == bytes([0, 0, 0, 0, 4, 0, 0, 0, 7, 0, 0, 0, 11, 0, 0, 0])
    empty = stored_units.decode(stored_units.units_of("  "))
    assert empty is not None and empty[0] == [] and not empty[1] and not empty[2]
