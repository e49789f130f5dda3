"""Which documents a corpus search has to read, a page at a time, in id order.

The full-text index (diacritics folded) narrows a phrase search to the
documents holding all its words in sequence; a search by annotation reads
the documents that have spans of the label; a regular expression has no
index to use and reads every document. Pages go by id (`after`), never by
OFFSET, so the hundredth page costs what the first one does.
"""

from __future__ import annotations

import re
import sqlite3
import unicodedata
from collections.abc import Sequence
from typing import Any

_WORD = re.compile(r"\w+", re.UNICODE)


def fts_phrase(text: str) -> str | None:
    """The words of `text` as one FTS5 phrase (quoted), or None when it has no words."""
    words = _WORD.findall(unicodedata.normalize("NFC", text))
    if not words:
        return None
    return '"' + " ".join(word.replace('"', '""') for word in words) + '"'


def _status_clause(column: str, statuses: Sequence[str]) -> tuple[str, list[Any]]:
    if not statuses:
        return "", []
    marks = ", ".join("?" for _ in statuses)
    return f" AND {column} IN (SELECT id FROM documents WHERE status IN ({marks}))", list(statuses)


def candidate_ids(
    conn: sqlite3.Connection,
    *,
    phrase: str | None,
    label: str | None,
    statuses: Sequence[str],
    after: int,
    limit: int,
) -> list[int]:
    """Up to `limit` ids above `after` of documents that may hold hits, ascending."""
    if label is not None:
        return _with_label(conn, phrase, label, statuses, after, limit)
    if phrase is None:
        status_sql, status_params = _status_clause("id", statuses)
        rows = conn.execute(
            f"SELECT id FROM documents WHERE id > ?{status_sql} ORDER BY id LIMIT ?",
            [after, *status_params, limit],
        )
        return [row[0] for row in rows]
    status_sql, status_params = _status_clause("rowid", statuses)
    rows = conn.execute(
        "SELECT rowid FROM documents_fts WHERE documents_fts MATCH ? AND rowid > ?"
        f"{status_sql} ORDER BY rowid LIMIT ?",
        [phrase, after, *status_params, limit],
    )
    return [row[0] for row in rows]


def _with_label(
    conn: sqlite3.Connection,
    phrase: str | None,
    label: str,
    statuses: Sequence[str],
    after: int,
    limit: int,
) -> list[int]:
    status_sql, status_params = _status_clause("a.doc_id", statuses)
    fts_sql, fts_params = "", []
    if phrase is not None:
        fts_sql = " AND a.doc_id IN (SELECT rowid FROM documents_fts WHERE documents_fts MATCH ?)"
        fts_params = [phrase]
    rows = conn.execute(
        "SELECT DISTINCT a.doc_id FROM annotations a WHERE a.label = ? AND a.doc_id > ? "
        f"AND a.state != 'rejected'{status_sql}{fts_sql} ORDER BY a.doc_id LIMIT ?",
        [label, after, *status_params, *fts_params, limit],
    )
    return [row[0] for row in rows]


def document_titles(conn: sqlite3.Connection, ids: Sequence[int]) -> dict[int, tuple[str, str]]:
    """doc id -> (title, status) for result rows."""
    found: dict[int, tuple[str, str]] = {}
    for i in range(0, len(ids), 500):
        part = list(ids[i : i + 500])
        marks = ", ".join("?" for _ in part)
        for doc_id, title, status in conn.execute(
            f"SELECT id, title, status FROM documents WHERE id IN ({marks})", part
        ):
            found[doc_id] = (title, status)
    return found


def rejected_spans(
    conn: sqlite3.Connection, doc_ids: Sequence[int], label: str
) -> dict[int, dict[tuple[int, int], int]]:
    """doc id -> {(start, end): span id} of the rejected spans of `label` (never proposed again)."""
    found: dict[int, dict[tuple[int, int], int]] = {}
    for i in range(0, len(doc_ids), 500):
        part = list(doc_ids[i : i + 500])
        marks = ", ".join("?" for _ in part)
        for span_id, doc_id, start, end in conn.execute(
            'SELECT id, doc_id, start, "end" FROM annotations WHERE label = ? '
            f"AND state = 'rejected' AND doc_id IN ({marks})",
            [label, *part],
        ):
            found.setdefault(doc_id, {})[(start, end)] = span_id
    return found
