"""Normalising a file's text with its offset map, at C speed for the usual text that needs nothing.

`core.textnorm.normalize_with_offsets` walks the text a character at a time
to map every offset; a million-record JSONL file would spend most of its
import there. Most texts are already NFC and hold none of the characters the
text rule changes (line-break `\\r`, invisible and control characters): their
map is the identity, found by two C-speed checks. Anything else goes through
textnorm, which decides.
"""

from __future__ import annotations

import re
import unicodedata

from annotator.core.textnorm import normalize_with_offsets

# Characters the text rule may drop or change; a text with none is left as it is.
_TOUCHED = re.compile(
    r"[\r\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u00ad\u200b-\u200f\u2028-\u202e\u2060-\u2064\ufeff]"
)


def with_offsets(raw: str) -> tuple[str, list[int]]:
    """`normalize_with_offsets(raw)`; the identity, quickly, when the text needs no change."""
    if not _TOUCHED.search(raw) and unicodedata.is_normalized("NFC", raw):
        return raw, list(range(len(raw) + 1))
    return normalize_with_offsets(raw)
