"""Syllable token bounds of a whole text as arrays, found by numpy instead of a regex loop.

`core.syllables` defines a token: a run of letters/digits that may hold
inner punctuation (N.Đ, TP.HCM, 18-NQ/TW, and between two digits 1,5 and
15:30), or any other single non-space character. A syllable-level export and
agreement cut every text into tokens (none are stored: nlp.stored_units), and
finding them one regex match at a time would be most of that work. Here every
character gets a class (lower-case, upper-case or other letter, digit, a mark
that may join two of them, space, anything else, and the two marks whose
neighbours decide more: a digit joiner and the full stop) from a table
indexed by code point, and tokens are the runs that the classes and their
neighbours decide: a joining mark belongs to a word only between two letters
or digits, which is what the pattern's `word(mark word)*` means. A digit
joiner joins only two digits, a full stop no capitalised word to what is
before it, nor a lower-case letter to a digit. Those two are a few in a hundred characters,
so their neighbours are read at their positions only, not over the whole
text. The result is the pattern's, token for token
(tests/core/test_syllable_arrays.py compares them).

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
from array import array
from collections.abc import Sequence

import numpy as np

from annotator.core.glued_numbers import starts_glued_number
from annotator.core.graphemes import may_cluster
from annotator.core.syllables import (
    DIGIT_JOINERS,
    JOINERS,
    LOWER_LETTERS,
    UPPER_LETTERS,
    syllable_spans,
)
from annotator.core.token_text import TokenText

# Letters and digits first and the joining marks last, so that one comparison
# finds each group.
LOWER, UPPER, LETTER, DIGIT, SPACE, OTHER, JOINER, DIGIT_JOINER, FULL_STOP = range(9)
_UNKNOWN = 255
_WORD_CHAR = re.compile(r"[^\W_]")
_DIGIT_CHAR = re.compile(r"\d")
_SPACE_CHAR = re.compile(r"\s")

# Four-byte unsigned token starts, whatever the platform calls them (as nlp.stored_units).
OFFSET = "I" if array("I").itemsize == 4 else "L"
# The same integers as numpy sees them (native order, which `array.frombytes` reads).
_OFFSET_DTYPE = np.dtype(OFFSET)

_table: np.ndarray | None = None
# Whether each code point learnt so far may join its neighbour into a grapheme cluster.
_clusters: np.ndarray | None = None


def _class_of(char: str) -> int:
    if _SPACE_CHAR.fullmatch(char):
        return SPACE
    if _WORD_CHAR.fullmatch(char):
        return _word_class(char)
    if char == ".":
        return FULL_STOP
    if char in JOINERS:
        return JOINER
    return DIGIT_JOINER if char in DIGIT_JOINERS else OTHER


def _word_class(char: str) -> int:
    if _DIGIT_CHAR.fullmatch(char):
        return DIGIT
    if char in LOWER_LETTERS:
        return LOWER
    return UPPER if char in UPPER_LETTERS else LETTER


def char_classes(code_points: np.ndarray) -> np.ndarray:
    """The class of every code point, learning the classes of characters met for the first time."""
    global _table, _clusters
    if _table is None or _clusters is None:
        _table = np.full(0x110000, _UNKNOWN, dtype=np.uint8)
        _clusters = np.zeros(0x110000, dtype=bool)
    classes = _table[code_points]
    if len(classes) and classes.max() == _UNKNOWN:
        for point in np.unique(code_points[classes == _UNKNOWN]).tolist():
            _table[point] = _class_of(chr(point))
            _clusters[point] = may_cluster(chr(point))
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
    return _plain_bounds(text, char_classes(code_points(text)))


def _plain_bounds(text: str, classes: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """`syllable_bounds` of a non-empty text without grapheme clusters, from its classes."""
    word = classes <= DIGIT
    in_word = word.copy()
    # A joining mark is inside a word only with a letter or digit on both sides,
    middle = classes[1:-1]
    inner = (middle >= JOINER) & word[:-2] & word[2:]
    # and digit joiners and full stops only as their neighbours further say.
    decided = np.flatnonzero(inner & (middle >= DIGIT_JOINER))
    if len(decided):
        refused = _refused(classes.data, (decided + 1).tolist())
        if refused:
            inner[np.asarray(refused) - 1] = False
    in_word[1:-1] |= inner
    # cut[k]: tokens may not run on from k - 1 to k (the text's ends included).
    cut = np.ones(len(classes) + 1, dtype=bool)
    np.logical_not(in_word[1:] & in_word[:-1], out=cut[1:-1])
    cut[_glued_numbers(text, classes)] = True
    solid = classes != SPACE
    starts = np.flatnonzero(cut[:-1] & solid)
    ends = np.flatnonzero(cut[1:] & solid) + 1
    return starts.astype(np.int64, copy=False), ends.astype(np.int64, copy=False)


def syllable_tables(texts: Sequence[str]) -> list[tuple[Sequence[str], array]]:
    """The token strings and starts of each text, as `syllable_bounds` cuts it.

    An export cuts hundreds of short texts a chunk; one numpy pass over all of
    them joined by line breaks (a space: no token runs across one, and no rule
    reads past one) costs far less than a pass each, and the token strings
    come from one split of the tokens joined by line breaks rather than a
    slice each. The starts stay machine integers (an `array` sliced from one
    of the whole chunk): an export looks up a few of a text's starts, and
    making a Python int of each cost a sixth of cutting the tokens. Texts
    that may hold a grapheme cluster are cut one by one.
    """
    if len(texts) < 2:
        return [_one_table(text) for text in texts]
    joined = "\n".join(texts)
    points = code_points(joined)
    classes = char_classes(points)
    sizes = np.fromiter((len(text) + 1 for text in texts), dtype=np.int64, count=len(texts))
    offsets = np.cumsum(sizes) - sizes
    clustered = np.flatnonzero(_clusters[points])  # type: ignore[index]
    if len(clustered):
        return _apart(texts, set(np.searchsorted(offsets, clustered, "right").tolist()))
    begins, ends = _plain_bounds(joined, classes)
    cuts = np.searchsorted(begins, offsets)
    local = begins - np.repeat(offsets, np.diff(cuts, append=len(begins)))
    starts = array(OFFSET)
    starts.frombytes(local.astype(_OFFSET_DTYPE).tobytes())
    bounds = [*cuts.tolist(), len(begins)]
    forms = _token_texts(points, begins, ends, cuts)
    pairs = zip(forms, bounds, bounds[1:], strict=False)
    return [(text_forms, starts[a:b]) for text_forms, a, b in pairs]


def _apart(texts: Sequence[str], clustering: set[int]) -> list[tuple[Sequence[str], array]]:
    """`syllable_tables` when the texts numbered `clustering` (from 1) may hold clusters."""
    plain = [text for k, text in enumerate(texts, 1) if k not in clustering]
    tables = iter(syllable_tables(plain))
    return [_one_table(t) if k in clustering else next(tables) for k, t in enumerate(texts, 1)]


def _one_table(text: str) -> tuple[list[str], array]:
    begins, ends = (bounds.tolist() for bounds in syllable_bounds(text))
    return [text[b:e] for b, e in zip(begins, ends, strict=True)], array(OFFSET, begins)


def _token_texts(
    points: np.ndarray, begins: np.ndarray, ends: np.ndarray, cuts: np.ndarray
) -> list[TokenText]:
    """Each text's tokens as a `TokenText`: the code points of all tokens gathered with a line
    break after each and decoded once, never a string per token; `cuts` are the index of
    each text's first token."""
    lengths = ends - begins
    slots = lengths + 1
    places = np.cumsum(slots) - slots
    sources = np.arange(int(slots.sum()), dtype=np.int64) + np.repeat(begins - places, slots)
    gathered = np.append(points, np.uint32(10))[sources]  # a token may end the text
    gathered[places + lengths] = 10
    chunk = gathered.tobytes().decode("utf-32-le", "surrogatepass")
    # Each text's places in `chunk`, from its own first token, with its length after them.
    bounded = np.append(places, len(chunk))
    counts = np.diff(cuts, append=len(begins)) + 1
    firsts = np.repeat(cuts, counts)
    indices = firsts + np.arange(int(counts.sum())) - np.repeat(np.cumsum(counts) - counts, counts)
    local = array(OFFSET)
    local.frombytes((bounded[indices] - bounded[firsts]).astype(_OFFSET_DTYPE).tobytes())
    edges = [0, *np.cumsum(counts).tolist()]
    texts = []
    for first, a, b in zip(bounded[cuts].tolist(), edges, edges[1:], strict=False):
        own = local[a:b]
        texts.append(TokenText(chunk[first : first + own[-1]], own))
    return texts


def _glued_numbers(text: str, classes: np.ndarray) -> list[int]:
    """Where a list number glued to the word before it starts (`core.glued_numbers`).

    Only a digit right after a letter may start one: a few in an article
    (U23, m2, "phiếu3."), so each is looked at in Python.
    """
    after_letter = np.flatnonzero((classes[1:] == DIGIT) & (classes[:-1] <= LETTER)) + 1
    return [at for at in after_letter.tolist() if starts_glued_number(text, at)]


def _refused(classes: memoryview, marks: list[int]) -> list[int]:
    """The digit joiners and full stops (positions, each between two letters or digits) that do not join.

    A digit joiner joins two digits only; a full stop joins no capitalised
    word (an upper-case letter, then a lower-case one) to what is before it,
    nor a lower-case letter to a digit. Such marks are a few in an article (1.000, 1,5,
    TP.HCM), so a Python loop over them costs less than more passes of numpy
    over the whole text.
    """
    last = len(classes) - 1
    refused = []
    for mark in marks:
        before, after = classes[mark - 1], classes[mark + 1]
        if classes[mark] == DIGIT_JOINER:
            joins = before == DIGIT and after == DIGIT
        elif after == UPPER:
            joins = mark + 2 > last or classes[mark + 2] != LOWER
        else:
            joins = not (before == LOWER and after == DIGIT)
        if not joins:
            refused.append(mark)
    return refused
