"""Aligning tokens that a tokenizer returned as strings back to offsets in the text.

underthesea re-normalises what it returns (NFC, new tone placement
"hoá"→"hóa", "Ð"→"Đ") and joins syllables with one space, so a token is not
always a substring of the text. Both sides are compared on a folded key: one
base letter per character (diacritics dropped, lowercased), whitespace ignored.
A cursor only moves forward; a token that cannot be found near it is skipped.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from functools import lru_cache

# How far past the cursor a token may be found before it counts as lost.
SEARCH_WINDOW = 64

_EXTRA_FOLDS = {"ð": "đ", "Ð": "đ", "Đ": "đ", "\u2019": "'", "\u2018": "'"}


@lru_cache(maxsize=8192)
def fold_char(ch: str) -> str:
    """One character's key: its base letter, lowercased (always one character)."""
    if ch in _EXTRA_FOLDS:
        return _EXTRA_FOLDS[ch]
    base = unicodedata.normalize("NFD", ch)[:1] or ch
    if unicodedata.combining(base):
        return base
    low = base.lower()
    return low if len(low) == 1 else base


def fold(text: str) -> str:
    """The folded key of a string, without whitespace."""
    return "".join(fold_char(ch) for ch in unicodedata.normalize("NFC", text) if not ch.isspace())


class FoldedText:
    """A text's folded non-space characters and where each sits in the text."""

    def __init__(self, text: str, start: int = 0, end: int | None = None) -> None:
        stop = len(text) if end is None else end
        self.positions = [i for i in range(start, stop) if not text[i].isspace()]
        self.key = "".join(fold_char(text[i]) for i in self.positions)

    def locate(self, token: str, cursor: int) -> tuple[int, int] | None:
        """Key indices [i, j) of `token` at or shortly after `cursor`, or None."""
        key = fold(token)
        if not key:
            return None
        if self.key.startswith(key, cursor):
            return cursor, cursor + len(key)
        found = self.key.find(key, cursor, cursor + SEARCH_WINDOW + len(key))
        if found < 0:
            return None
        return found, found + len(key)

    def span(self, i: int, j: int) -> tuple[int, int]:
        """Text offsets [start, end) of key indices [i, j)."""
        return self.positions[i], self.positions[j - 1] + 1


def _verbatim_prefix(
    text: str, tokens: Sequence[str], start: int, stop: int
) -> tuple[list[tuple[int, int] | None], int]:
    """Offsets of the leading tokens found verbatim in order, and where the rest begins.

    Most tokenizer output is an exact substring of the text; finding those
    directly is far cheaper than folding and gives the same offsets.
    """
    out: list[tuple[int, int] | None] = []
    pos = start
    for token in tokens:
        while pos < stop and text[pos].isspace():
            pos += 1
        if not token or token[0].isspace() or token[-1].isspace():
            break
        if not text.startswith(token, pos, stop):
            break
        out.append((pos, pos + len(token)))
        pos += len(token)
    return out, pos


def align_tokens(
    text: str, tokens: Sequence[str], *, start: int = 0, end: int | None = None
) -> list[tuple[int, int] | None]:
    """Offsets of each token inside text[start:end], None for a token not found.

    Spans come out in order and never overlap.
    """
    stop = len(text) if end is None else end
    out, pos = _verbatim_prefix(text, tokens, start, stop)
    if len(out) == len(tokens):
        return out
    folded = FoldedText(text, pos, stop)
    cursor = 0
    for token in tokens[len(out) :]:
        hit = folded.locate(token, cursor)
        if hit is None:
            out.append(None)
            continue
        out.append(folded.span(*hit))
        cursor = hit[1]
    return out
