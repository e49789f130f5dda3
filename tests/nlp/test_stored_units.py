"""Sentence starts stored at import, tokens cut anew: what units hold, their version, their bytes."""

from __future__ import annotations

import zlib
from array import array

import numpy as np
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
    assert stored_units.decode_tokens(stored, text) == (forms, starts)
    arrays = stored_units.token_arrays(*stored[:3], text)
    assert arrays is not None
    assert (arrays[0].tolist(), arrays[1].tolist()) == (list(starts), [len(f) for f in forms])


def _oldest_form(text: str) -> tuple[str, str, bytes, bytes]:
    """Units as the first files held them: token strings, 4-byte token and sentence starts."""
    forms, starts = syllable_table(text)
    sentences = [start for start, _ in sentence_spans(text)]
    return stored_units.version(), "\n".join(forms), _four_bytes(starts), _four_bytes(sentences)


def _packed_form(text: str) -> tuple[str, str, bytes, bytes]:
    """Units as files of the next form held them: token gaps and lengths packed, 4-byte sentences."""
    forms, starts = syllable_table(text)
    begins = np.asarray(starts, dtype=np.int64)
    ends = begins + np.fromiter(map(len, forms), dtype=np.int64, count=len(forms))
    gaps = np.diff(begins, prepend=0)
    gaps[1:] = begins[1:] - ends[:-1]
    both = np.concatenate((gaps, ends - begins))
    width = 1 if int(both.max(initial=0)) < 256 else 2 if int(both.max()) < 65536 else 4
    packed = bytes([width]) + zlib.compress(both.astype(f"<u{width}").tobytes(), 1)
    sentences = [start for start, _ in sentence_spans(text)]
    return stored_units.version(), "", packed if forms else b"", _four_bytes(sentences)


def _four_bytes(values: list[int]) -> bytes:
    return (
        array("I", values).tobytes() if array("I").itemsize == 4 else array("L", values).tobytes()
    )


@settings(max_examples=200, deadline=None)
@given(texts())
def test_units_of_older_files_read_the_same(text: str) -> None:
    compact = stored_units.units_of(text)
    for older in (_oldest_form(text), _packed_form(text)):
        assert stored_units.decode(older, text) == stored_units.decode(compact, text)
        assert stored_units.decode_tokens(older, text) == stored_units.decode_tokens(compact, text)
        old_arrays = stored_units.token_arrays(*older[:3])
        new_arrays = stored_units.token_arrays(*compact[:3], text)
        assert old_arrays is not None and new_arrays is not None
        assert [a.tolist() for a in old_arrays] == [a.tolist() for a in new_arrays]


def test_compact_units_keep_no_tokens_and_pack_sentence_gaps() -> None:
    text = "Ông Lê Trí Thanh phát biểu. Hội nghị bế mạc."
    version, forms, starts, sentences = stored_units.units_of(text)
    assert version == stored_units.version() + stored_units.COMPACT
    assert (forms, starts) == ("", b"")
    assert sentences == bytes([1]) + zlib.compress(bytes([0, 28]), 1)
    assert stored_units.token_arrays(version, forms, starts) is None  # without the text
    empty = stored_units.decode(stored_units.units_of("  "), "  ")
    assert empty is not None and empty[0] == [] and not empty[1] and not empty[2]


def test_long_gaps_between_sentences_take_wider_integers() -> None:
    text = "Một." + " " * 70_000 + "Hai."
    stored = stored_units.units_of(text)
    assert stored[3][0] == 4  # a gap of 70,004 needs four bytes
    decoded = stored_units.decode(stored, text)
    assert decoded is not None and list(decoded[2]) == [0, 70_004]


def test_units_of_other_rules_are_ignored() -> None:
    version, forms, starts, sentences = stored_units.units_of("Bí thư Tỉnh ủy.")
    assert version.startswith("syllables-4/sentences-3/")
    other = "syllables-0/sentences-0/abc"
    assert stored_units.decode((other, forms, starts, sentences), "Bí thư Tỉnh ủy.") is None
    assert stored_units.token_arrays(other, "Bí", b"\0\0\0\0", "Bí thư Tỉnh ủy.") is None
    compact_of_other_sentences = (other + stored_units.COMPACT, forms, starts, sentences)
    assert stored_units.decode(compact_of_other_sentences, "Bí thư Tỉnh ủy.") is None


CLUSTERS = "Chào 🇻🇳 bạn 👍🏽 và 👨\u200d👩\u200d👧."


def _made_by_first_syllable_rules(units: tuple[str, str, bytes, bytes]) -> tuple:
    return (units[0].replace("syllables-4/", "syllables-1/", 1), *units[1:])


def test_tokens_stored_by_the_first_syllable_rules_are_cut_anew() -> None:
    """Those rules split flags, skin tones and families; their stored tokens are not used."""
    forms = "\n".join(["Chào", "🇻", "🇳", "bạn", "👍", "🏽", "và", "👨", "\u200d", "👩"])
    stale = _made_by_first_syllable_rules(_oldest_form(CLUSTERS))
    stale = (stale[0], forms, stale[2], stale[3])
    assert stored_units.decode(stale, CLUSTERS) is None
    assert stored_units.decode_tokens(stale, CLUSTERS) is None
    assert stored_units.token_arrays(*stale[:3], CLUSTERS) is None


def test_compact_units_of_the_first_syllable_rules_keep_their_sentences() -> None:
    """Compact units hold no tokens: the clusters come out whole, no re-import needed."""
    compact = _made_by_first_syllable_rules(stored_units.units_of(CLUSTERS))
    decoded = stored_units.decode(compact, CLUSTERS)
    assert decoded is not None
    assert decoded[0] == ["Chào", "🇻🇳", "bạn", "👍🏽", "và", "👨\u200d👩\u200d👧", "."]
    assert list(decoded[2]) == [0]
    arrays = stored_units.token_arrays(*compact[:3], CLUSTERS)
    assert arrays is not None and arrays[1].tolist() == [4, 2, 3, 2, 2, 5, 1]


GLUED = "Quân đội không kích làng Klimovo,vùng Bryansk. Giá tăng 1,5 lần."
# The tokens the second syllable rules gave it: a comma between letters joined them.
GLUED_BEFORE = ["Quân", "đội", "không", "kích", "làng", "Klimovo,vùng", "Bryansk", "."]


def _made_by_second_syllable_rules(units: tuple[str, str, bytes, bytes]) -> tuple:
    return (units[0].replace("syllables-4/", "syllables-2/", 1), *units[1:])


def test_tokens_stored_by_the_second_syllable_rules_are_cut_anew() -> None:
    """Those rules joined words glued by a comma; their stored tokens are not used."""
    forms = "\n".join([*GLUED_BEFORE, "Giá", "tăng", "1,5", "lần", "."])
    stale = _made_by_second_syllable_rules(_oldest_form(GLUED))
    stale = (stale[0], forms, stale[2], stale[3])
    assert stored_units.decode(stale, GLUED) is None
    assert stored_units.decode_tokens(stale, GLUED) is None
    assert stored_units.token_arrays(*stale[:3], GLUED) is None


def test_compact_units_of_the_second_syllable_rules_cut_glued_words_apart() -> None:
    """Compact units hold sentence starts only: they stay, and tokens follow today's rules."""
    compact = _made_by_second_syllable_rules(stored_units.units_of(GLUED))
    assert compact[0].startswith("syllables-2/")
    decoded = stored_units.decode(compact, GLUED)
    assert decoded is not None
    assert decoded[0][5:9] == ["Klimovo", ",", "vùng", "Bryansk"]
    assert "1,5" in decoded[0]
    assert list(decoded[2]) == [0, GLUED.index("Giá")]
