"""Syllables and sentence starts computed once per text, at import, and stored beside it.

A stored text never changes, so its tokens never do either; computing them
is most of the work of a syllable-level CoNLL export, and import workers do
it in parallel anyway. The stored form is cheap to decode: the token
strings joined by line breaks (a token never holds one) and two arrays of
code point offsets. `VERSION` names the rules that made them; units of
another version are ignored, so a change of rules never exports stale ones.
"""

from __future__ import annotations

import hashlib
import sys
from array import array
from functools import cache

import numpy as np

from annotator.core.syllables import syllable_table
from annotator.nlp.sentences import abbreviations
from annotator.nlp.units import sentence_spans

# Bump when the syllable pattern or the sentence rules change.
_RULES = "syllables-1/sentences-1"

# Four-byte unsigned offsets, whatever the platform calls them.
_OFFSET = "I" if array("I").itemsize == 4 else "L"
# (version, token strings joined by "\n", token starts, sentence starts)
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
    forms, starts = syllable_table(text)
    sentences = [start for start, _ in sentence_spans(text)]
    return version(), "\n".join(forms), _offsets(starts), _offsets(sentences)


def decode(stored: StoredUnits) -> Units | None:
    """Token strings, token starts and sentence starts; None if another version made them."""
    made_by, forms, starts, sentences = stored
    if made_by != version():
        return None
    return (forms.split("\n") if forms else []), _read_offsets(starts), _read_offsets(sentences)


def decode_tokens(stored: StoredUnits) -> tuple[list[str], array] | None:
    """Token strings and starts of stored units whose syllable rules are this version's.

    Tokens depend on the syllable rules only (not on the sentence rules), so
    units whose sentences came from other abbreviations still serve.
    """
    made_by, forms, starts, _ = stored
    if made_by.split("/")[0] != _RULES.split("/")[0]:
        return None
    return (forms.split("\n") if forms else []), _read_offsets(starts)


def token_arrays(made_by: str, forms: str, starts: bytes) -> tuple[np.ndarray, np.ndarray] | None:
    """Token starts and lengths (code points) as arrays, None if other syllable rules made them.

    The lengths come from the line breaks between the forms, found in the
    text's UTF-32 form, so no Python string is made per token.
    """
    if made_by.split("/")[0] != _RULES.split("/")[0]:
        return None
    offsets = np.frombuffer(starts, dtype="<u4").astype(np.int64)
    if not forms:
        return offsets, np.zeros(0, dtype=np.int64)
    code_points = np.frombuffer(forms.encode("utf-32-le"), dtype="<u4")
    breaks = np.flatnonzero(code_points == 10)
    bounds = np.concatenate(([-1], breaks, [len(code_points)]))
    return offsets, np.diff(bounds) - 1
