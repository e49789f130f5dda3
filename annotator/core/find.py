"""Finding words in a document's text, with or without Vietnamese diacritics.

Matches are code-point ranges of the stored text. Without diacritics each
character is folded on its own (tone and vowel marks dropped, đ -> d, case
ignored), so the folded text has exactly one character per character and a
match's offsets need no mapping back.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from annotator.core.vietnamese import d_as_d


@lru_cache(maxsize=4096)
def _fold_char(ch: str) -> str:
    ch = d_as_d(ch)  # Đ and its lookalikes (Ð)
    base = unicodedata.normalize("NFD", ch)[0]
    lowered = base.lower()
    return lowered if len(lowered) == 1 else base


def fold_text(text: str) -> str:
    """`text` without diacritics and case, one character for each character of it."""
    return "".join(_fold_char(ch) for ch in text)


def find_all(
    text: str, query: str, *, diacritics: bool, folded: str | None = None
) -> list[tuple[int, int]]:
    """Every non-overlapping occurrence of `query` in `text`, as (start, end) code points.

    With `diacritics`, letters must match exactly except for case ("Quốc"
    finds "quốc" but not "Quoc"); without, "quoc" finds "Quốc" and "Quốc"
    finds "Quộc". `folded` may pass fold_text(text) computed before. The
    query is put in NFC first, like the stored text: a query pasted from a PDF
    or typed with combining marks (NFD) finds the same words.
    """
    needle = unicodedata.normalize("NFC", " ".join(query.split()))
    if not needle:
        return []
    if diacritics:
        haystack, needle = text.lower(), needle.lower()
        if len(haystack) != len(text):  # a rare letter whose lower case is longer
            haystack = "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in text)
    else:
        haystack, needle = (folded if folded is not None else fold_text(text)), fold_text(needle)
    found, start = [], haystack.find(needle)
    while start >= 0:
        found.append((start, start + len(needle)))
        start = haystack.find(needle, start + len(needle))
    return found
