"""Full-text search over document texts (FTS5, diacritics folded, exact hits first)."""

from __future__ import annotations

import re
import sqlite3
import unicodedata

# Marks around matched words in a snippet; chosen because news text rarely has them.
HIT_OPEN = "«"
HIT_CLOSE = "»"
_WORD = re.compile(r"\w+", re.UNICODE)


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
    rows = conn.execute(
        "SELECT rowid, snippet(documents_fts, 0, ?, ?, '…', 16) FROM documents_fts "
        "WHERE documents_fts MATCH ? ORDER BY rank LIMIT ?",
        (HIT_OPEN, HIT_CLOSE, match, max(limit, 1) * 4),
    ).fetchall()
    ranked = sorted(enumerate(rows), key=lambda item: (-_exact_hits(item[1][1], words), item[0]))
    return [(int(row[0]), str(row[1])) for _, row in ranked[:limit]]
