"""Syllable token bounds of a whole text as arrays, found by numpy instead of a regex loop.

`core.syllables` defines a token: a run of letters/digits that may hold
inner punctuation (N.Đ, TP.HCM, 18-NQ/TW), or any other single non-space
character. A syllable-level export and agreement cut every text into
tokens (none are stored: nlp.stored_units), and finding them one regex
match at a time would be most of that work. Here every character gets a class (space, letter or digit, a
mark that may join two of them, anything else) from a table indexed by code
point, and tokens are the runs that the classes and their neighbours decide:
a joining mark belongs to a word only between two letters or digits, which is
what the pattern's `word(mark word)*` means. The result is the pattern's,
token for token (tests/core/test_syllable_arrays.py compares them).

A text holding a character that may join its neighbour into one grapheme
cluster (a combining mark, a zero-width joiner, a flag's regional
indicators: rare in news) is cut by the pattern instead, which keeps such
clusters whole.

A character's class is decided by the same regular expressions the pattern
uses, the first time the character is met, so the table is exact for any
text, and costs nothing for characters never seen.
"""

from __future__ import annotations

import re

import numpy as np

from annotator.core.graphemes import may_cluster
from annotator.core.syllables import JOINERS, syllable_spans

SPACE, WORD, JOINER, OTHER = 0, 1, 2, 3
_UNKNOWN = 255
_WORD_CHAR = re.compile(r"[^\W_]")
_SPACE_CHAR = re.compile(r"\s")

_table: np.ndarray | None = None


def _class_of(char: str) -> int:
    if _SPACE_CHAR.fullmatch(char):
        return SPACE
    if _WORD_CHAR.fullmatch(char):
        return WORD
    return JOINER if char in JOINERS else OTHER


def char_classes(code_points: np.ndarray) -> np.ndarray:
    """The class of every code point, learning the classes of characters met for the first time."""
    global _table
    if _table is None:
        _table = np.full(0x110000, _UNKNOWN, dtype=np.uint8)
    classes = _table[code_points]
    unknown = classes == _UNKNOWN
    if unknown.any():
        for point in np.unique(code_points[unknown]).tolist():
            _table[point] = _class_of(chr(point))
        classes = _table[code_points]
    return classes


def code_points(text: str) -> np.ndarray:
    """The text's code points (lone surrogates included) as an array, without a Python loop."""
    return np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype="<u4")


def syllable_bounds(text: str) -> tuple[np.ndarray, np.ndarray]:
    """Starts and ends (int64 arrays, code points) of every token of `syllable_spans(text)`."""
    if not text:
        empty = np.zeros(0, dtype=np.int64)
        return empty, empty
    if may_cluster(text):
        bounds = np.asarray(syllable_spans(text), dtype=np.int64).reshape(-1, 2)
        return bounds[:, 0].copy(), bounds[:, 1].copy()
    classes = char_classes(code_points(text))
    word = classes == WORD
    in_word = word.copy()
    # A joining mark is inside a word only with a letter or digit on both sides.
    in_word[1:-1] |= (classes[1:-1] == JOINER) & word[:-2] & word[2:]
    solid = classes != SPACE
    joins_previous = np.zeros_like(in_word)
    joins_previous[1:] = in_word[1:] & in_word[:-1]
    joins_next = np.zeros_like(in_word)
    joins_next[:-1] = joins_previous[1:]
    starts = np.flatnonzero(solid & ~joins_previous)
    ends = np.flatnonzero(solid & ~joins_next) + 1
    return starts.astype(np.int64), ends.astype(np.int64)
