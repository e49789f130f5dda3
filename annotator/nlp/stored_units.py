"""Syllables and sentence starts computed once per text, at import, and stored beside it.

A stored text never changes, so its tokens never do either; computing them
is most of the work of a syllable-level CoNLL export, and import workers do
it in parallel anyway. `version()` names the rules that made them; units of
another version are ignored, so a change of rules never exports stale ones.

Tokens are stored packed: no token strings (a token is a slice of the text
it is stored beside), only each token's gap after the previous one and its
length, as unsigned integers of the smallest width (1, 2 or 4 bytes) that
holds them all, compressed with zlib: about 0.5 byte per token instead of
about 9.5. Files written before keep the older form (the token strings
joined by line breaks in `forms`, four-byte starts), which is still read:
a row is packed when `forms` is empty and the starts are not (an older row
without tokens has neither).
"""

from __future__ import annotations

import hashlib
import sys
import zlib
from array import array
from functools import cache

import numpy as np

from annotator.core.syllable_arrays import syllable_bounds, syllable_bounds_of_texts
from annotator.nlp.sentences import abbreviations
from annotator.nlp.units import sentence_starts_of

# Bump when the syllable pattern or the sentence rules change.
_RULES = "syllables-1/sentences-1"

# Four-byte unsigned offsets, whatever the platform calls them.
_OFFSET = "I" if array("I").itemsize == 4 else "L"
# (version, "" or (older files) token strings joined by "\n", packed tokens or
# (older files) token starts, sentence starts)
StoredUnits = tuple[str, str, bytes, bytes]
# (token strings, token starts, sentence starts)
Units = tuple[list[str], array, array]


@cache
def version() -> str:
    """The rules and underthesea's abbreviations (they decide sentence ends) that units follow."""
    digest = hashlib.sha1("\n".join(sorted(abbreviations())).encode("utf-8")).hexdigest()
    return f"{_RULES}/{digest[:12]}"


def _offsets(values: list[int]) -> bytes:
    data = array(_OFFSET, values)
    if sys.byteorder == "big":  # stored little-endian, whatever the machine
        data.byteswap()
    return data.tobytes()


def _read_offsets(data: bytes) -> array:
    values = array(_OFFSET)
    values.frombytes(data)
    if sys.byteorder == "big":
        values.byteswap()
    return values


def units_of(text: str) -> StoredUnits:
    """What to store for `text`."""
    starts, ends = syllable_bounds(text)
    sentences = sentence_starts_of(text)
    return version(), "", pack_bounds(starts, ends), _offsets(sentences)


def units_of_texts(texts: list[str]) -> list[StoredUnits]:
    """`units_of` each text; their tokens are found in one pass (core.syllable_arrays)."""
    made_by = version()
    return [
        (made_by, "", pack_bounds(starts, ends), _offsets(sentence_starts_of(text)))
        for text, (starts, ends) in zip(texts, syllable_bounds_of_texts(texts), strict=True)
    ]


def pack_tokens(starts: list[int], forms: list[str]) -> bytes:
    """Token gaps and lengths, narrowest width, zlib: the packed token column."""
    lengths = np.fromiter(map(len, forms), dtype=np.int64, count=len(forms))
    begins = np.asarray(starts, dtype=np.int64)
    return pack_bounds(begins, begins + lengths)


def pack_bounds(begins: np.ndarray, ends: np.ndarray) -> bytes:
    """`pack_tokens` of tokens given by their start and end arrays (no token strings)."""
    gaps = np.empty_like(begins)
    gaps[:1] = begins[:1]
    gaps[1:] = begins[1:] - ends[:-1]
    both = np.concatenate((gaps, ends - begins))
    top = int(both.max(initial=0))
    width = 1 if top < 1 << 8 else 2 if top < 1 << 16 else 4
    return bytes([width]) + zlib.compress(both.astype(f"<u{width}").tobytes(), 1)


def _is_packed(forms: str, starts: bytes) -> bool:
    return not forms and bool(starts)


def _unpack(starts: bytes) -> tuple[np.ndarray, np.ndarray]:
    """Token starts and lengths of a packed column."""
    width = starts[0]
    both = np.frombuffer(zlib.decompress(starts[1:]), dtype=f"<u{width}").astype(np.int64)
    gaps, lengths = both[: len(both) // 2], both[len(both) // 2 :]
    ends = np.cumsum(gaps + lengths)
    return ends - lengths, lengths


def _forms_and_starts(forms: str, starts: bytes, text: str) -> tuple[list[str], array]:
    if not _is_packed(forms, starts):
        return (forms.split("\n") if forms else []), _read_offsets(starts)
    begins, lengths = _unpack(starts)
    ends = (begins + lengths).tolist()
    forms_of_text = [text[b:e] for b, e in zip(begins.tolist(), ends, strict=True)]
    return forms_of_text, array(_OFFSET, begins.astype(np.uint32).tobytes())


def decode(stored: StoredUnits, text: str) -> Units | None:
    """Token strings, token starts and sentence starts of `text`; None if another version made them."""
    made_by, forms, starts, sentences = stored
    if made_by != version():
        return None
    return (*_forms_and_starts(forms, starts, text), _read_offsets(sentences))


def decode_tokens(stored: StoredUnits, text: str) -> tuple[list[str], array] | None:
    """Token strings and starts of stored units whose syllable rules are this version's.

    Tokens depend on the syllable rules only (not on the sentence rules), so
    units whose sentences came from other abbreviations still serve.
    """
    made_by, forms, starts, _ = stored
    if made_by.split("/")[0] != _RULES.split("/")[0]:
        return None
    return _forms_and_starts(forms, starts, text)


def token_arrays(made_by: str, forms: str, starts: bytes) -> tuple[np.ndarray, np.ndarray] | None:
    """Token starts and lengths (code points) as arrays, None if other syllable rules made them.

    No Python string is made per token: packed columns are unpacked by numpy,
    and in older ones the lengths come from the line breaks between the
    forms, found in the text's UTF-32 form.
    """
    if made_by.split("/")[0] != _RULES.split("/")[0]:
        return None
    if _is_packed(forms, starts):
        return _unpack(starts)
    offsets = np.frombuffer(starts, dtype="<u4").astype(np.int64)
    if not forms:
        return offsets, np.zeros(0, dtype=np.int64)
    code_points = np.frombuffer(forms.encode("utf-32-le"), dtype="<u4")
    breaks = np.flatnonzero(code_points == 10)
    bounds = np.concatenate(([-1], breaks, [len(code_points)]))
    return offsets, np.diff(bounds) - 1
