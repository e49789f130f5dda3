"""Which candidate documents hold a phrase's words in sequence: the check the index cannot make.

The full-text index keeps no positions (migration 0090), so for a phrase it
returns every document holding all the words, anywhere. Before the search
reads such a document whole (its spans too), its text is checked here with
one regular expression: the words one after the other, separated only by
what is not a letter or digit, each letter standing for itself with or
without diacritics and in either case (đ for d too), as the index's own
folding (unicode61, remove_diacritics 2) would see them. That is the
adjacency the index checked when it kept positions, so the search reads the
same documents it read then; the search itself still decides every hit.
"""

from __future__ import annotations

import functools
import re
import sqlite3
import unicodedata
from collections.abc import Sequence

from annotator.store.texts import read_texts

_QUOTED = re.compile(r'"((?:[^"]|"")*)"')
# Latin letters with and without marks: Basic Latin to Latin Extended-B, Extended Additional.
_LATIN = [*range(0x41, 0x5B), *range(0x61, 0x7B), *range(0xC0, 0x250), *range(0x1E00, 0x1F00)]


def phrase_words(query: str) -> list[str]:
    """The words of an FTS5 query made by `corpus_search.fts_phrase`."""
    return [word.replace('""', '"') for word in _QUOTED.findall(query)]


def _fold(char: str) -> str:
    bare = unicodedata.normalize("NFD", char.casefold().replace("đ", "d"))
    return "".join(c for c in bare if not unicodedata.combining(c))


@functools.cache
def _variants() -> dict[str, str]:
    """Folded letter -> a character class of every Latin letter that folds to it."""
    groups: dict[str, set[str]] = {}
    for point in _LATIN:
        char = chr(point)
        folded = _fold(char)
        if len(folded) == 1:
            groups.setdefault(folded, {folded}).add(char)
    return {
        key: "[" + "".join(sorted(map(re.escape, chars))) + "]" for key, chars in groups.items()
    }


def _letter(char: str) -> str:
    """A character class for `char` in either case, with or without diacritics."""
    found = _variants().get(_fold(char))
    if found is not None:
        return found
    cases = {char, char.lower(), char.upper()}
    return re.escape(char) if len(cases) == 1 else "[" + "".join(map(re.escape, cases)) + "]"


@functools.lru_cache(maxsize=64)
def sequence_pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    """The words in sequence, folded, in any case (whole words: see `_holds`).

    No look-behind and no IGNORECASE (the classes hold both cases): about three
    times faster, which counts when thousands of texts are checked.
    """
    return re.compile(r"[\W_]+".join("".join(map(_letter, word)) for word in words))


def _holds(pattern: re.Pattern[str], text: str) -> bool:
    """A match of `pattern` in `text` that starts and ends a word (letters and digits)."""
    at = 0
    while (found := pattern.search(text, at)) is not None:
        start, end = found.span()
        before = start and text[start - 1].isalnum()
        after = end < len(text) and text[end].isalnum()
        if not before and not after:
            return True
        at = start + 1
    return False


def holding_phrase(conn: sqlite3.Connection, ids: Sequence[int], words: Sequence[str]) -> list[int]:
    """The ids (ascending) whose text holds the words in sequence, and always the last one.

    The last id looked at is kept even when it fails, so that a caller paging
    on the last id it received goes on after it instead of asking again.
    """
    pattern = sequence_pattern(tuple(words))
    texts = read_texts(conn, ids)
    kept = [doc_id for doc_id in ids if doc_id in texts and _holds(pattern, texts[doc_id])]
    if ids and (not kept or kept[-1] != ids[-1]):
        kept.append(ids[-1])
    return kept
