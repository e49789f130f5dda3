"""Normalising article text once, at import: NFC, \\n, no invisible characters.

Annotated formats carry offsets into the raw text, so normalisation also
returns a map from raw positions to normalised positions.
"""

from __future__ import annotations

import unicodedata

# Characters dropped at import: they are invisible and would shift offsets
# between tools (BOM, NUL, zero-width space/joiners, word joiner, soft hyphen).
DROPPED = frozenset("\ufeff\x00\u200b\u200c\u200d\u2060\u00ad")


def normalize_text(raw: str) -> str:
    """The stored form of an article: NFC, \\n line endings, invisibles dropped."""
    return normalize_with_offsets(raw)[0]


def normalize_with_offsets(raw: str) -> tuple[str, list[int]]:
    """Normalise `raw` and map every raw position 0..len(raw) to the new text.

    A position inside a character cluster that NFC merges maps to the start of
    the merged character; a dropped character maps to where it would have been.
    """
    pieces: list[str] = []
    mapping = [0] * (len(raw) + 1)
    out_len = 0
    i = 0
    n = len(raw)
    while i < n:
        ch = raw[i]
        if ch in DROPPED:
            mapping[i] = out_len
            i += 1
            continue
        if ch == "\r":
            mapping[i] = out_len
            if i + 1 < n and raw[i + 1] == "\n":
                mapping[i + 1] = out_len
                i += 1
            pieces.append("\n")
            out_len += 1
            i += 1
            continue
        # A cluster: one character and the combining marks that follow it
        # (skipping dropped invisibles between them).
        j = i + 1
        while j < n and (unicodedata.combining(raw[j]) or raw[j] in DROPPED):
            j += 1
        cluster = "".join(c for c in raw[i:j] if c not in DROPPED)
        composed = unicodedata.normalize("NFC", cluster)
        for k in range(i, j):
            mapping[k] = out_len
        pieces.append(composed)
        out_len += len(composed)
        i = j
    mapping[n] = out_len
    text = "".join(pieces)
    expected = unicodedata.normalize("NFC", "".join(pieces))
    if text != expected:
        # Composition across clusters (rare scripts such as Hangul jamo):
        # fall back to the whole-text form; positions clamp to its length.
        text = expected
        mapping = [min(m, len(text)) for m in mapping]
    return text, mapping


def map_span(mapping: list[int], start: int, end: int) -> tuple[int, int]:
    """Map a raw [start, end) through `mapping`, keeping it non-empty if possible."""
    new_start, new_end = mapping[start], mapping[end]
    if new_end <= new_start and end > start:
        new_end = new_start + 1
    return new_start, new_end
