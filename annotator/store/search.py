"""Full-text search over document texts (FTS5, diacritics folded, exact hits first)."""

from __future__ import annotations

import functools
import itertools
import re
import sqlite3
import unicodedata

from annotator.core.vietnamese import d_as_d
from annotator.store.texts import read_texts, searchable

# Marks around matched words in a snippet; chosen because news text rarely has them.
HIT_OPEN = "«"
HIT_CLOSE = "»"
_WORD = re.compile(r"\w+", re.UNICODE)
_SNIPPET_WORDS = 16


def fts_query(query: str) -> str:
    """The user's words as quoted FTS5 terms joined by AND (no FTS syntax leaks through)."""
    words = _WORD.findall(searchable(unicodedata.normalize("NFC", query)))
    return " ".join('"' + word.replace('"', '""') + '"' for word in words)


def _exact_hits(text: str, words: list[str]) -> int:
    """How many query words occur in the text with their exact diacritics (any case)."""
    lowered = text.lower()
    return sum(1 for word in words if _has_word(lowered, word.lower()))


def _has_word(text: str, word: str) -> bool:
    """`word` in `text` as a whole word (substring search in C, boundaries checked here)."""
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        if not (at and text[at - 1].isalnum()) and not (end < len(text) and text[end].isalnum()):
            return True
        at = text.find(word, at + 1)
    return False


class SearchHits(list[tuple[int, str]]):
    """(doc_id, snippet) pairs, and the documents the index found but whose text is damaged.

    A list, so callers that only iterate the hits keep working; `damaged`
    ((doc_id, title) pairs) says what was left out, for the caller to report:
    a search that silently shows fewer documents than match would mislead.
    """

    damaged: list[tuple[int, str]]

    def __init__(self, hits=(), damaged: list[tuple[int, str]] | None = None) -> None:
        super().__init__(hits)
        self.damaged = list(damaged or [])


def search(conn: sqlite3.Connection, query: str, *, limit: int = 50) -> SearchHits:
    """(doc_id, snippet) for documents containing every word of `query`; `.damaged` the skipped.

    The index folds diacritics (remove_diacritics 2, and đ is d: store.texts.searchable),
    so "quoc" finds "Quốc" and "dang" finds "Đảng";
    among the best-ranked hits, those matching the diacritics as typed come first.
    Snippets are cut from the texts (the index keeps none), for the hits returned only.
    A document whose stored text is damaged has no snippet to show: it is not
    a hit, and `damaged` names it.
    """
    match = fts_query(query)
    if not match:
        return SearchHits()
    words = _WORD.findall(unicodedata.normalize("NFC", query))
    ids = [
        int(row[0])
        for row in conn.execute(
            "SELECT rowid FROM documents_fts WHERE documents_fts MATCH ? ORDER BY rank LIMIT ?",
            (match, max(limit, 1) * 4),
        )
    ]
    texts = read_texts(conn, ids, skip_damaged=True)
    found = [doc_id for doc_id in ids if doc_id in texts]
    ranked = sorted(
        enumerate(found), key=lambda item: (-_exact_hits(texts[item[1]], words), item[0])
    )
    hits = [(doc_id, snippet(texts[doc_id], words)) for _, doc_id in ranked[:limit]]
    return SearchHits(hits, _titles(conn, [d for d in ids if d not in texts]))


def _titles(conn: sqlite3.Connection, doc_ids: list[int]) -> list[tuple[int, str]]:
    """(doc_id, title) of those documents that exist, in the order given."""
    if not doc_ids:
        return []
    marks = ", ".join("?" for _ in doc_ids)
    rows = dict(conn.execute(f"SELECT id, title FROM documents WHERE id IN ({marks})", doc_ids))
    return [(doc_id, rows[doc_id]) for doc_id in doc_ids if doc_id in rows]


class _FoldEach(dict[int, str]):
    """A `str.translate` table folding each character to one (case, diacritics, đ -> d).

    One character for one keeps positions: a hit found in the folded text is at
    the same place in the text. Filled as characters are met.
    """

    def __missing__(self, point: int) -> str:
        folded = _folded(chr(point))
        kept = folded if len(folded) == 1 else chr(point).lower()[:1] or chr(point)
        self[point] = kept
        return kept


_FOLD_EACH = _FoldEach()


@functools.lru_cache(maxsize=4_096)
def _folded(word: str) -> str:
    """A word as the index sees it: case and every diacritic folded (đ is d)."""
    bare = unicodedata.normalize("NFD", d_as_d(word.casefold()))
    return "".join(c for c in bare if not unicodedata.combining(c))


@functools.lru_cache(maxsize=256)
def _hits_of(words: tuple[str, ...]) -> re.Pattern[str]:
    keys = sorted({_folded(w) for w in words}, key=len, reverse=True)
    return re.compile(rf"(?<!\w)(?:{'|'.join(map(re.escape, keys))})(?!\w)")


def snippet(text: str, words: list[str], size: int = _SNIPPET_WORDS) -> str:
    """About `size` words of `text` around the most query words, each hit «marked».

    The index keeps no text (it is contentless), so the snippet is cut here from
    the stored text: of the windows starting two words before a hit, the first
    holding the most distinct query words. Hits are found in the folded text by
    one regular expression; only the words near them are looked at one by one.
    """
    if not words:
        return text[: size * 8]
    folded = text.translate(_FOLD_EACH)
    pattern = _hits_of(tuple(words))
    best, window = -1, (0, 0)
    for hit in itertools.islice(pattern.finditer(folded), 200):
        begin = _back(folded, hit.start(), 2)
        end = _forward(folded, begin, size)
        found = len(set(pattern.findall(folded, begin, end)))
        if found > best:
            best, window = found, (begin, end)
        if best == len({_folded(w) for w in words}):
            break
    begin, end = window if best >= 0 else (0, _forward(folded, 0, size))
    parts = ["…" if begin else ""]
    cursor = begin
    for hit in pattern.finditer(folded, begin, end):
        parts += [text[cursor : hit.start()], HIT_OPEN, text[hit.start() : hit.end()], HIT_CLOSE]
        cursor = hit.end()
    parts.append(text[cursor:end])
    parts.append("…" if _WORD.search(text, end) else text[end:])
    return "".join(parts)


def _back(text: str, position: int, words: int) -> int:
    """Where the word `words` words before the one at `position` starts."""
    starts = [m.start() for m in _WORD.finditer(text, max(0, position - 60 * words), position)]
    return starts[-words] if len(starts) >= words else (starts[0] if starts else position)


def _forward(text: str, begin: int, words: int) -> int:
    """The end of the `words`-th word from `begin` (or of the last word before the end)."""
    end = begin
    for count, match in enumerate(_WORD.finditer(text, begin), start=1):
        end = match.end()
        if count == words:
            break
    return end
