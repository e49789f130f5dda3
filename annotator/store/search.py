"""Full-text search over document texts (FTS5, diacritics folded, exact hits first)."""

from __future__ import annotations

import functools
import re
import sqlite3
import unicodedata

from annotator.store.texts import read_texts

# Marks around matched words in a snippet; chosen because news text rarely has them.
HIT_OPEN = "«"
HIT_CLOSE = "»"
_WORD = re.compile(r"\w+", re.UNICODE)
_SNIPPET_WORDS = 16


def fts_query(query: str) -> str:
    """The user's words as quoted FTS5 terms joined by AND (no FTS syntax leaks through)."""
    words = _WORD.findall(unicodedata.normalize("NFC", query))
    return " ".join('"' + word.replace('"', '""') + '"' for word in words)


def _exact_hits(snippet: str, words: list[str]) -> int:
    """How many query words occur in the snippet with their exact diacritics."""
    found = {w.casefold() for w in _WORD.findall(snippet)}
    return sum(1 for word in words if word.casefold() in found)


def search(conn: sqlite3.Connection, query: str, *, limit: int = 50) -> list[tuple[int, str]]:
    """(doc_id, snippet) for documents containing every word of `query`.

    The index folds diacritics (remove_diacritics 2), so "quoc" finds "Quốc";
    among the best-ranked hits, those matching the diacritics as typed come first.
    """
    match = fts_query(query)
    if not match:
        return []
    words = _WORD.findall(unicodedata.normalize("NFC", query))
    ids = [
        int(row[0])
        for row in conn.execute(
            "SELECT rowid FROM documents_fts WHERE documents_fts MATCH ? ORDER BY rank LIMIT ?",
            (match, max(limit, 1) * 4),
        )
    ]
    texts = read_texts(conn, ids)
    rows = [(doc_id, snippet(texts[doc_id], words)) for doc_id in ids if doc_id in texts]
    ranked = sorted(enumerate(rows), key=lambda item: (-_exact_hits(item[1][1], words), item[0]))
    return [row for _, row in ranked[:limit]]


@functools.lru_cache(maxsize=65_536)
def _folded(word: str) -> str:
    """A word as the index sees it: case and every diacritic folded (đ is d)."""
    bare = unicodedata.normalize("NFD", word.casefold().replace("đ", "d"))
    return "".join(c for c in bare if not unicodedata.combining(c))


def snippet(text: str, words: list[str], size: int = _SNIPPET_WORDS) -> str:
    """About `size` words of `text` around the most query words, each hit «marked».

    The index keeps no text (it is contentless), so the snippet is cut here from
    the stored text: the first window holding the most distinct query words.
    """
    tokens = list(_WORD.finditer(text))
    wanted = {_folded(w) for w in words}
    keys = [_folded(t.group()) for t in tokens]
    last = max(0, len(tokens) - size)
    hits = [i for i, key in enumerate(keys) if key in wanted]
    best, first = -1, 0
    for begin in sorted({min(max(0, i - 2), last) for i in hits}):
        found = len(wanted.intersection(keys[begin : begin + size]))
        if found > best:
            best, first = found, begin
    window = tokens[first : first + size]
    if not window:
        return text[: size * 8]
    parts = ["…" if first else ""]
    cursor = window[0].start()
    for token, key in zip(window, keys[first : first + size], strict=True):
        parts.append(text[cursor : token.start()])
        word = token.group()
        parts.append(f"{HIT_OPEN}{word}{HIT_CLOSE}" if key in wanted else word)
        cursor = token.end()
    parts.append("…" if first + size < len(tokens) else text[cursor:])
    return "".join(parts)
