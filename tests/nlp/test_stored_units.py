"""Tokens and sentence starts stored at import: what they hold, their version, their bytes."""

from __future__ import annotations

import zlib
from array import array

from hypothesis import given, settings

from annotator.core.syllables import syllable_table
from annotator.nlp import stored_units
from annotator.nlp.units import sentence_spans
from tests.app.test_export_tokens import texts


@settings(max_examples=300, deadline=None)
@given(texts())
def test_decoded_units_are_the_tokens_and_sentence_starts(text: str) -> None:
    stored = stored_units.units_of(text)
    decoded = stored_units.decode(stored, text)
    assert decoded is not None
    forms, starts, sentences = decoded
    assert (forms, list(starts)) == syllable_table(text)
    assert list(sentences) == [start for start, _ in sentence_spans(text)]
    arrays = stored_units.token_arrays(*stored[:3])
    assert arrays is not None
    assert (arrays[0].tolist(), arrays[1].tolist()) == (list(starts), [len(f) for f in forms])


def _older_form(text: str) -> tuple[str, str, bytes, bytes]:
    """Units as files written before packed tokens hold them: strings and 4-byte starts."""
    forms, starts = syllable_table(text)
    version, _, _, sentences = stored_units.units_of(text)
    return version, "\n".join(forms), array("I", starts).tobytes(), sentences


@settings(max_examples=200, deadline=None)
@given(texts())
def test_units_of_older_files_read_the_same(text: str) -> None:
    older, packed = _older_form(text), stored_units.units_of(text)
    assert stored_units.decode(older, text) == stored_units.decode(packed, text)
    assert stored_units.decode_tokens(older, text) == stored_units.decode_tokens(packed, text)
    old_arrays = stored_units.token_arrays(*older[:3])
    new_arrays = stored_units.token_arrays(*packed[:3])
    assert old_arrays is not None and new_arrays is not None
    assert [a.tolist() for a in old_arrays] == [a.tolist() for a in new_arrays]


def test_long_tokens_and_gaps_take_wider_integers() -> None:
    text = "a" * 300 + " " * 70_000 + "b"
    stored = stored_units.units_of(text)
    assert stored[2][0] == 4  # a gap of 70,000 needs four bytes
    assert stored_units.decode(stored, text)[:2] == (["a" * 300, "b"], array("I", [0, 70_300]))


def test_units_of_other_rules_are_ignored() -> None:
    version, forms, starts, sentences = stored_units.units_of("Bí thư Tỉnh ủy.")
    assert version.startswith("syllables-1/sentences-1/")
    other = ("syllables-0/sentences-0/abc", forms, starts, sentences)
    assert stored_units.decode(other, "Bí thư Tỉnh ủy.") is None


def test_tokens_are_packed_without_their_strings() -> None:
    _, forms, starts, _ = stored_units.units_of("Ông Lê Trí Thanh")
    assert forms == ""
    gaps_and_lengths = bytes([0, 1, 1, 1, 3, 2, 3, 5])
    assert starts == bytes([1]) + zlib.compress(gaps_and_lengths, 1)
    empty = stored_units.decode(stored_units.units_of("  "), "  ")
    assert empty is not None and empty[0] == [] and not empty[1] and not empty[2]


@settings(max_examples=200, deadline=None)
@given(texts())
def test_packed_tokens_are_the_bytes_the_token_strings_give(text: str) -> None:
    """Tokens found as arrays pack to the same bytes as the regex's token strings."""
    forms, starts = syllable_table(text)
    assert stored_units.units_of(text)[2] == stored_units.pack_tokens(starts, forms)
