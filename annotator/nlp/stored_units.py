"""Sentence starts computed once per text, at import, and stored beside it; tokens cut anew.

A stored text never changes, so its sentences never do either; finding them
is the slow part of a syllable-level CoNLL export (a Python walk over every
full stop), and import workers do it in parallel anyway. `version()` names
the rules that made them; units of another version are ignored, so a change
of rules never exports stale ones.

Syllable tokens are no longer stored (the compact form, marked by
`COMPACT` after the version): numpy cuts a text into tokens
(`core.syllable_arrays`) in about what unpacking stored ones cost, while
storing them took a tenth of a news project's file and a tenth of the
import's reading time. Sentence starts are stored as gaps in the narrowest
unsigned width, zlib-compressed (about half a byte per sentence).

Syllable rules name their version first (`syllables-2`: tokens keep
grapheme clusters whole; `syllables-3`: a comma or colon joins two digits
only, so "Klimovo,vùng" is three tokens where it was one; `syllables-4`: a
word glued to the next list item's number is cut from it, so "phiếu3." is
"phiếu", "3", "." where "phiếu3" was one token). Compact rows hold
no tokens, so only their sentence rules must match: their tokens are cut now,
by this version's rules. Rows of the older forms hold tokens, which other
syllable rules made stale: those are ignored and the documents cut anew.
Each version's token bounds include the previous one's (it only adds cuts),
so sentence starts and spans saved under an older version still fall on
token bounds, and the sentence rules keep their version until they change
(`sentences-2`: a list number's full stop ends no sentence; the next item
starts at its number, see nlp.units.plausible_starts; `sentences-3`: nor does the
full stop of a list's first number after a colon, "thông qua: 1. Luật").

Units that do not fit their text are refused like those of another
version: sentence starts must be ascending token starts, and stored token
strings must be the text's at their starts. A row edited by hand or copied
from another document is thus never exported; the text is cut anew.
`decode_all` decodes a chunk's rows together, its tokens cut in one pass.

Files written before keep their older forms, which are still read: tokens
packed as gaps and lengths (`forms` empty, `starts` not), or token strings
joined by line breaks with four-byte starts; sentence starts as four-byte
offsets. A row of an older form without tokens has neither.
"""

from __future__ import annotations

import hashlib
import sys
import zlib
from array import array
from bisect import bisect_left
from collections.abc import Sequence
from functools import cache
from itertools import accumulate

import numpy as np

from annotator.core.syllable_arrays import OFFSET, syllable_bounds, syllable_tables
from annotator.nlp.sentences import abbreviations
from annotator.nlp.units import sentence_starts_of

# Bump when the syllable pattern or the sentence rules change.
_RULES = "syllables-4/sentences-3"
# After the version: units of the compact form (no tokens, packed sentence starts).
COMPACT = "|compact"

# Four-byte unsigned offsets, whatever the platform calls them (the token starts'
# of core.syllable_arrays too).
_OFFSET = OFFSET
# (version, "" or (older files) token strings joined by "\n", packed tokens or
# (older files) token starts, sentence starts)
StoredUnits = tuple[str, str, bytes, bytes]
# (token strings, token starts, sentence starts)
Units = tuple[Sequence[str], array, array]


@cache
def version() -> str:
    """The rules and underthesea's abbreviations (they decide sentence ends) that units follow."""
    digest = hashlib.sha1("\n".join(sorted(abbreviations())).encode("utf-8")).hexdigest()
    return f"{_RULES}/{digest[:12]}"


def _read_offsets(data: bytes) -> array:
    values = array(_OFFSET)
    values.frombytes(data)
    if sys.byteorder == "big":
        values.byteswap()
    return values


def units_of(text: str) -> StoredUnits:
    """What to store for `text`: its sentence starts, in the compact form."""
    return version() + COMPACT, "", b"", pack_offsets(sentence_starts_of(text))


def units_of_texts(texts: list[str]) -> list[StoredUnits]:
    """`units_of` each text."""
    made_by = version() + COMPACT
    return [(made_by, "", b"", pack_offsets(sentence_starts_of(text))) for text in texts]


def pack_offsets(offsets: list[int]) -> bytes:
    """Ascending offsets as gaps in the narrowest width, zlib: the compact sentence column."""
    values = np.asarray(offsets, dtype=np.int64)
    return _pack_integers(np.diff(values, prepend=0)) if len(values) else b""


def _unpack_offsets(data: bytes) -> array:
    """The compact sentence column's offsets: a few per text, so summed in Python (numpy's
    calls would cost more than the work)."""
    if not data:
        return array(_OFFSET)
    gaps = zlib.decompress(data[1:])
    if data[0] == 1:
        return array(_OFFSET, accumulate(gaps))
    wide = array("H" if data[0] == 2 else _OFFSET, gaps)
    if sys.byteorder == "big":
        wide.byteswap()
    return array(_OFFSET, accumulate(wide))


def _pack_integers(values: np.ndarray) -> bytes:
    top = int(values.max(initial=0))
    width = 1 if top < 1 << 8 else 2 if top < 1 << 16 else 4
    return bytes([width]) + zlib.compress(values.astype(f"<u{width}").tobytes(), 1)


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
    return _table(text, begins, begins + lengths)


def _table(text: str, begins: np.ndarray, ends: np.ndarray) -> tuple[list[str], array]:
    forms = [text[b:e] for b, e in zip(begins.tolist(), ends.tolist(), strict=True)]
    return forms, array(_OFFSET, begins.astype(np.uint32).tobytes())


def _compact(made_by: str) -> tuple[str, bool]:
    """The version that made a row, and whether the row is of the compact form."""
    if made_by.endswith(COMPACT):
        return made_by[: -len(COMPACT)], True
    return made_by, False


def _same_syllables(made_by: str) -> bool:
    return made_by.split("/")[0] == _RULES.split("/")[0]


def _same_sentences(rules: str) -> bool:
    """Whether `rules` (a version without its form) cut sentences as this version does."""
    return rules.split("/", 1)[-1] == version().split("/", 1)[-1]


def decode(stored: StoredUnits, text: str) -> Units | None:
    """Token strings, token starts and sentence starts of `text`; None if another version made
    them, or if they do not fit the text (then the text is cut anew)."""
    made_by, forms, starts, sentences = stored
    rules, compact = _compact(made_by)
    if compact:  # no stored tokens: they are cut now, by this version's rules
        if not _same_sentences(rules):
            return None
        units = (*_table(text, *syllable_bounds(text)), _unpack_offsets(sentences))
        return units if _sentences_fit(units) else None
    if rules != version():
        return None
    units = (*_forms_and_starts(forms, starts, text), _read_offsets(sentences))
    return units if _tokens_fit(text, units) and _sentences_fit(units) else None


def decode_all(rows: Sequence[StoredUnits | None], texts: Sequence[str]) -> list[Units | None]:
    """`decode` of each row (None for None) with the text beside it.

    The tokens of all current compact rows are cut in one numpy pass over
    their texts (core.syllable_arrays.syllable_tables): an export's chunk of
    short texts costs a third of what cutting them one by one does.
    """
    fresh = [i for i, row in enumerate(rows) if row is not None and _is_current_compact(row[0])]
    tables = dict(zip(fresh, syllable_tables([texts[i] for i in fresh]), strict=True))
    decoded: list[Units | None] = []
    for i, (row, text) in enumerate(zip(rows, texts, strict=True)):
        if row is None or i not in tables:
            decoded.append(None if row is None else decode(row, text))
            continue
        forms, begins = tables[i]
        units = (forms, begins, _unpack_offsets(row[3]))
        decoded.append(units if _sentences_fit(units) else None)
    return decoded


@cache
def _is_current_compact(made_by: str) -> bool:
    """Whether a row's version is of the compact form with this version's sentence rules
    (asked per row: a file holds one or two versions, so each is decided once)."""
    rules, compact = _compact(made_by)
    return compact and _same_sentences(rules)


def _sentences_fit(units: Units) -> bool:
    """Whether the stored sentence starts could be the text's: ascending, each at a token's
    start. A row edited by hand or written for another text is refused, not exported."""
    _, starts, sentences = units
    previous = -1
    for start in sentences:
        at = bisect_left(starts, start)
        if start <= previous or at == len(starts) or starts[at] != start:
            return False
        previous = start
    return True


def _tokens_fit(text: str, units: Units) -> bool:
    """Whether stored token strings (rows of the older forms) are the text's, in order."""
    forms, starts, _ = units
    end = 0
    for form, start in zip(forms, starts, strict=False):
        if not form or start < end or not text.startswith(form, start):
            return False
        end = start + len(form)
    return len(forms) == len(starts)


def decode_tokens(stored: StoredUnits, text: str) -> tuple[list[str], array] | None:
    """Token strings and starts of stored units whose syllable rules are this version's.

    Tokens depend on the syllable rules only (not on the sentence rules), so
    units whose sentences came from other abbreviations still serve.
    """
    made_by, forms, starts, _ = stored
    if _compact(made_by)[1]:
        return _table(text, *syllable_bounds(text))
    if not _same_syllables(made_by):
        return None
    table = _forms_and_starts(forms, starts, text)
    return table if _tokens_fit(text, (*table, array(_OFFSET))) else None


def token_arrays(
    made_by: str, forms: str, starts: bytes, text: str | None = None
) -> tuple[np.ndarray, np.ndarray] | None:
    """Token starts and lengths (code points) as arrays, None if other syllable rules made them.

    No Python string is made per token: compact rows are cut from `text` by
    numpy (None without the text: read it and cut it, then), packed columns
    are unpacked by numpy, and in the oldest rows the lengths come from the
    line breaks between the forms, found in the text's UTF-32 form.
    """
    if _compact(made_by)[1]:
        if text is None:
            return None
        begins, ends = syllable_bounds(text)
        return begins, ends - begins
    if not _same_syllables(made_by):
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
