"""Normalising a file's text with its offset map, at C speed for the parts that need nothing.

`core.textnorm.normalize_with_offsets` walks the text a character at a time
to map every offset; a million-record JSONL file would spend most of its
import there. Most texts are already NFC and hold none of the characters the
text rule changes (line-break `\\r`, invisible and control characters): their
map is the identity, found by two C-speed checks. A text that needs changes
(typically decomposed Vietnamese: "ê" written as "e" and a combining mark)
is cut where nothing can reach across (an ASCII letter or digit after a
space: NFC never composes it with what comes before, and the invisible and
line-break rules look only at neighbours) into pieces of a few hundred
characters; the pieces that need changes are cut again into words, and only
the words that need it go through textnorm; the rest is the identity. When
nearly every piece needs changes (a decomposed article), one walk over the
whole text costs less than many small ones.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator, Sequence

from annotator.core.messages import Message
from annotator.core.textnorm import (
    DROPPED_INVISIBLES,
    OffsetMap,
    normalize_with_offsets,
    text_warnings,
)

# Characters the text rule may drop or change; a text with none is left as it is.
_TOUCHED = re.compile(
    r"[\r\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u00ad\u200b-\u200f\u2028-\u202e\u2060-\u2064\ufeff]"
)
# Where a text may be cut: before an ASCII letter or digit that follows a space.
_CUT = re.compile(r"(?<= )[A-Za-z0-9]")
# Pieces about this long are checked, and walked only if they need changes.
_PIECE = 256
# From this share of pieces needing changes, the whole text is walked at once.
WALK_WHOLE_FROM = 0.9


def _clean(text: str) -> bool:
    return not _TOUCHED.search(text) and unicodedata.is_normalized("NFC", text)


def with_offsets(raw: str) -> tuple[str, Sequence[int]]:
    """`normalize_with_offsets(raw)`; the identity, quickly, for the parts that need no change."""
    if _clean(raw):
        return raw, range(len(raw) + 1)
    cuts = [m.start() for m in _CUT.finditer(raw)]
    if not cuts:
        return normalize_with_offsets(raw)
    pieces = list(_pieces(raw, [0, *cuts, len(raw)]))
    if sum(not clean for _, _, clean in pieces) > WALK_WHOLE_FROM * len(pieces):
        return normalize_with_offsets(raw)  # nearly all of it needs changes: one walk is cheaper
    texts: list[str] = []
    mapping = OffsetMap()
    dropped: list[int] = []
    size = 0  # characters of normalised text so far
    for start, end, clean in _words_of_pieces(raw, pieces, cuts):
        if clean:  # stays as it is
            texts.append(raw[start:end])
            mapping.extend(range(size, size + end - start))
            size += end - start
            continue
        text, inner = normalize_with_offsets(raw[start:end])
        mapping.extend(size + offset for offset in inner[:-1])
        dropped.extend(start + k for k in getattr(inner, "dropped", ()))
        texts.append(text)
        size += len(text)
    mapping.append(size)
    if dropped:
        mapping.dropped = frozenset(dropped)
    return "".join(texts), mapping


def _pieces(raw: str, bounds: list[int]) -> Iterator[tuple[int, int, bool]]:
    """(start, end, needs no change) of consecutive pieces of about `_PIECE` characters.

    A piece is cut only at the given bounds.
    """
    i = 0
    last = len(bounds) - 1
    while i < last:
        j = i + 1
        while j < last and bounds[j] - bounds[i] < _PIECE:
            j += 1
        start, end = bounds[i], bounds[j]
        yield start, end, _clean(raw[start:end])
        i = j


def _words_of_pieces(
    raw: str, pieces: list[tuple[int, int, bool]], cuts: list[int]
) -> Iterator[tuple[int, int, bool]]:
    """The clean pieces whole, the others cut at every cut point inside them."""
    k = 0
    for start, end, clean in pieces:
        if clean:
            yield start, end, True
            continue
        while k < len(cuts) and cuts[k] <= start:
            k += 1
        inner = [start]
        while k < len(cuts) and cuts[k] < end:
            inner.append(cuts[k])
            k += 1
        inner.append(end)
        for a, b in zip(inner, inner[1:], strict=False):
            yield a, b, _clean(raw[a:b])


def normalizing_warnings(raw: str, text: str, mapping: Sequence[int]) -> list[Message]:
    """The import warnings a text gets when normalising it changed its characters.

    A reader of annotated files puts them with the document's other warnings,
    as for a plain-text file (core.decoding): a zero-width space between two
    words joins them, and accents typed apart from their letters are composed
    (the file's own offsets counted them apart), which the linguist must hear of.
    """
    dropped = [DROPPED_INVISIBLES] if getattr(mapping, "dropped", None) else []
    return dropped + text_warnings(raw, text)
