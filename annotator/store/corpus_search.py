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
from collections.abc import Iterable, Sequence
from itertools import groupby
from typing import Any, NamedTuple

from annotator.store.streaming import SpanRow, _span_row
from annotator.store.texts import DamagedTextError, searchable, unpack

_WORD = re.compile(r"\w+", re.UNICODE)


def fts_phrase(text: str) -> str | None:
    """The words of `text` as one FTS5 phrase (quoted), or None when it has no words."""
    words = _WORD.findall(searchable(unicodedata.normalize("NFC", text)))
    if not words:
        return None
    return '"' + " ".join(word.replace('"', '""') for word in words) + '"'


def _status_clause(column: str, statuses: Sequence[str]) -> tuple[str, list[Any]]:
    """A correlated EXISTS on the document's status: an IN over a subquery would make
    the full-text index look up every document of that status one by one."""
    if not statuses:
        return "", []
    marks = ", ".join("?" for _ in statuses)
    clause = (
        f" AND EXISTS (SELECT 1 FROM documents d WHERE d.id = {column} AND d.status IN ({marks}))"
    )
    return clause, list(statuses)


def candidate_ids(
    conn: sqlite3.Connection,
    *,
    phrase: str | None,
    label: str | None,
    statuses: Sequence[str],
    after: int,
    limit: int,
) -> list[int]:
    """Up to `limit` ids above `after` of documents that may hold hits, ascending.

    Each query walks one index in id order and stops at `limit`: the
    full-text index for a phrase (checking the label's spans per document),
    the spans' (document, position) index for a label alone, the documents
    otherwise.
    """
    column, sql, params = _index_query(phrase, label, after)
    status_sql, status_params = _status_clause(column, statuses)
    rows = conn.execute(
        f"{sql}{status_sql} ORDER BY {column} LIMIT ?", [*params, *status_params, limit]
    )
    return [row[0] for row in rows]


def _index_query(phrase: str | None, label: str | None, after: int) -> tuple[str, str, list[Any]]:
    """The id column, query and parameters of the one index the search walks, from `after`."""
    if phrase is not None:
        column = "f.rowid"
        sql = f"SELECT f.rowid FROM documents_fts f WHERE documents_fts MATCH ? AND {column} > ?"
        params: list[Any] = [phrase, after]
    elif label is not None:
        column = "a.doc_id"
        sql = (
            "SELECT DISTINCT a.doc_id FROM annotations a WHERE a.doc_id > ? AND a.label = ? "
            "AND a.state != 'rejected'"
        )
        params = [after, label]
    else:
        column = "d0.id"
        sql = "SELECT d0.id FROM documents d0 WHERE d0.id > ?"
        params = [after]
    if phrase is not None and label is not None:
        sql += (
            " AND EXISTS (SELECT 1 FROM annotations a WHERE a.doc_id = f.rowid AND a.label = ? "
            "AND a.state != 'rejected')"
        )
        params.append(label)
    return column, sql, params


class SearchDocument(NamedTuple):
    """What a search reads of a document: its text and visible spans, no metadata."""

    id: int
    title: str
    status: str
    text: str
    spans: list[SpanRow]
    damaged: bool = False  # its stored text does not decompress: text is "", nothing to search


def _search_document(
    doc_id: int, title: str, status: str, body: bytes, spans: list[SpanRow]
) -> SearchDocument:
    try:
        return SearchDocument(doc_id, title, status, unpack(body, doc_id), spans)
    except DamagedTextError:
        return SearchDocument(doc_id, title, status, "", [], damaged=True)


def read_documents(conn: sqlite3.Connection, ids: Sequence[int]) -> list[SearchDocument]:
    """The documents of `ids` (ascending) with their accepted and pending spans, two queries.

    A document whose text is damaged comes back marked `damaged`, not as an
    error: one bad text must not stop a search of the whole corpus.
    """
    marks = ", ".join("?" for _ in ids)
    spans = {
        doc_id: list(group)
        for doc_id, group in groupby(
            map(
                _span_row,
                conn.execute(
                    'SELECT id, doc_id, start, "end", label, annotator, state FROM annotations '
                    f"WHERE doc_id IN ({marks}) AND state != 'rejected' "
                    'ORDER BY doc_id, start, "end", id',
                    list(ids),
                ),
            ),
            key=lambda span: span.doc_id,
        )
    }
    rows = conn.execute(
        "SELECT d.id, d.title, d.status, t.body FROM documents d "
        f"JOIN document_bodies t ON t.doc_id = d.id WHERE d.id IN ({marks}) ORDER BY d.id",
        list(ids),
    )
    return [
        _search_document(doc_id, title, status, body, spans.get(doc_id, []))
        for doc_id, title, status, body in rows
    ]


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


def repeated_titles(conn: sqlite3.Connection, titles: Iterable[str]) -> set[str]:
    """Which of `titles` more than one document carries (no index serves titles: one scan
    per 500, for the few titles a report names)."""
    asked = sorted(set(titles))
    found: set[str] = set()
    for i in range(0, len(asked), 500):
        part = asked[i : i + 500]
        marks = ", ".join("?" for _ in part)
        found.update(
            title
            for (title,) in conn.execute(
                f"SELECT title FROM documents WHERE title IN ({marks}) "
                "GROUP BY title HAVING COUNT(*) > 1",
                part,
            )
        )
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


def lifted_rejections(conn: sqlite3.Connection) -> frozenset[int]:
    """Every rejected span the memory no longer counts (none in an older file read as it is)."""
    known = "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'memory_lifts'"
    if conn.execute(known).fetchone() is None:
        return frozenset()
    return frozenset(int(row[0]) for row in conn.execute("SELECT span_id FROM memory_lifts"))
