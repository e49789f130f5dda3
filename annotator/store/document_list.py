"""Reads behind the document list: pages, counts and positions, never the texts.

The GUI's list model shows 100,000 documents by asking for pages of rows; a
page deep in the list is read by id (`rows_around`), not by OFFSET, so it
costs no more than the first one.
"""

from __future__ import annotations

import sqlite3

from annotator.store import repository as repo
from annotator.store.document_filter import EVERY_DOCUMENT, DocumentFilter
from annotator.store.repository import DocumentRow

_ROW_COLUMNS = "d.id, d.title, d.status, d.span_count, d.pending_count, d.pending_relations"
# Filtered by an annotator, a row shows their own status and their own counts.
_OWN_COUNTS = (
    "(SELECT count(*) FROM annotations a WHERE a.doc_id = d.id AND a.annotator = ?"
    " AND a.state = 'accepted'), "
    "(SELECT count(*) FROM annotations a WHERE a.doc_id = d.id AND a.annotator = ?"
    " AND a.state = 'pending'), "
    "(SELECT count(*) FROM relations r WHERE r.doc_id = d.id AND r.annotator = ?"
    " AND r.state = 'pending')"
)
# A document is in an annotator's work when they have a live span in it, an own
# status for it, or a package gave it to them: each EXISTS is one primary-key or
# index probe per document, so filtering 1,000 documents stays a few milliseconds.
_IN_WORK_OF = (
    "(EXISTS (SELECT 1 FROM document_status s WHERE s.doc_id = d.id AND s.annotator = ?)"
    " OR EXISTS (SELECT 1 FROM assignments g WHERE g.doc_id = d.id AND g.annotator = ?)"
    " OR EXISTS (SELECT 1 FROM annotations a WHERE a.doc_id = d.id AND a.annotator = ?"
    " AND a.state != 'rejected'))"
)


def _columns(annotator: str | None) -> tuple[str, list]:
    """The row's columns and their bound values: the document's, or one annotator's."""
    if not annotator:
        return _ROW_COLUMNS, []
    return f"d.id, d.title, {repo.OWN_STATUS}, {_OWN_COUNTS}", [annotator] * 4


def where(shown: DocumentFilter) -> tuple[str, list, str]:
    """WHERE clause of the documents `shown` keeps, its bound values, and the word
    that adds one more condition (" AND ", or " WHERE " when nothing filters).

    The one place a filter becomes SQL: the list's rows, count, position and
    neighbours all read through it, so they cannot disagree about a document.
    """
    clauses: list[str] = []
    params: list = []
    status, values = repo.status_filter(shown.statuses)
    if status and shown.annotator:  # filtered by an annotator: their own status
        clauses.append(status.replace("d.status", repo.OWN_STATUS, 1))
        params.extend([shown.annotator, *values])
    elif status:
        clauses.append(status)
        params.extend(values)
    if shown.title:
        clauses.append("instr(d.title_key, ?) > 0")
        params.append(repo.fold(shown.title))
    if shown.annotator:
        clauses.append(_IN_WORK_OF)
        params.extend([shown.annotator] * 3)
    if shown.source_file:
        clause, values = _from_file(shown.source_file)
        clauses.append(clause)
        params.extend(values)
    if not clauses:
        return "", [], " WHERE "
    return " WHERE " + " AND ".join(clauses), params, " AND "


def file_of(source: str) -> str:
    """The file a document came from: its source less the line a corpus reader added.

    A PhoNER or CoNLL reader records `path:line` for each sentence; an article
    read whole records its path alone.
    """
    head, colon, tail = source.rpartition(":")
    return head if colon and head and tail.isdigit() else source


def _from_file(path: str) -> tuple[str, list]:
    """Documents whose source is `path`, or `path:line` (the inverse of `file_of`)."""
    rest = len(path) + 2
    clause = (
        "(d.source = ? OR (substr(d.source, 1, ?) = ?"
        " AND substr(d.source, ?) GLOB '[0-9]*' AND substr(d.source, ?) NOT GLOB '*[^0-9]*'))"
    )
    return clause, [path, len(path) + 1, path + ":", rest, rest]


def source_files(conn: sqlite3.Connection) -> list[tuple[str, int]]:
    """Each file the documents came from, with how many documents it gave, by name."""
    counts: dict[str, int] = {}
    for source, number in conn.execute("SELECT source, count(*) FROM documents GROUP BY source"):
        if source:
            file = file_of(source)
            counts[file] = counts.get(file, 0) + number
    return sorted(counts.items(), key=lambda item: item[0].casefold())


def rows(
    conn: sqlite3.Connection,
    shown: DocumentFilter = EVERY_DOCUMENT,
    *,
    offset: int,
    limit: int,
) -> list[DocumentRow]:
    """A page of the list in id order."""
    clause, params, _ = where(shown)
    columns, values = _columns(shown.annotator)
    found = conn.execute(
        f"SELECT {columns} FROM documents d{clause} ORDER BY d.id LIMIT ? OFFSET ?",
        [*values, *params, limit, offset],
    ).fetchall()
    return [DocumentRow(*row) for row in found]


def count(conn: sqlite3.Connection, shown: DocumentFilter = EVERY_DOCUMENT) -> int:
    clause, params, _ = where(shown)
    return int(conn.execute(f"SELECT count(*) FROM documents d{clause}", params).fetchone()[0])


def ids(conn: sqlite3.Connection, shown: DocumentFilter = EVERY_DOCUMENT) -> list[int]:
    """The ids the list shows, in its order (no row is built)."""
    clause, params, _ = where(shown)
    found = conn.execute(f"SELECT d.id FROM documents d{clause} ORDER BY d.id", params)
    return [row[0] for row in found]


def position(
    conn: sqlite3.Connection, doc_id: int, shown: DocumentFilter = EVERY_DOCUMENT
) -> int | None:
    """Row of `doc_id` in the list under the filter; None if filtered out."""
    clause, params, joiner = where(shown)
    kept = conn.execute(
        f"SELECT 1 FROM documents d{clause}{joiner}d.id = ?", [*params, doc_id]
    ).fetchone()
    if kept is None:
        return None
    row = conn.execute(
        f"SELECT count(*) FROM documents d{clause}{joiner}d.id < ?", [*params, doc_id]
    ).fetchone()
    return int(row[0])


def rows_around(
    conn: sqlite3.Connection,
    doc_id: int,
    shown: DocumentFilter = EVERY_DOCUMENT,
    *,
    before: int,
    after: int,
) -> list[DocumentRow]:
    """Up to `before` rows ahead of `doc_id` and `after` rows from it on, in id order."""
    clause, params, joiner = where(shown)
    columns, values = _columns(shown.annotator)
    ahead = conn.execute(
        f"SELECT {columns} FROM documents d{clause}{joiner}d.id < ? ORDER BY d.id DESC LIMIT ?",
        [*values, *params, doc_id, before],
    ).fetchall()
    rest = conn.execute(
        f"SELECT {columns} FROM documents d{clause}{joiner}d.id >= ? ORDER BY d.id LIMIT ?",
        [*values, *params, doc_id, after],
    ).fetchall()
    return [DocumentRow(*row) for row in [*reversed(ahead), *rest]]


def text_length(conn: sqlite3.Connection, ids: list[int], *, chunk: int = 10_000) -> int:
    """The characters of the documents of `ids`, from their rows (for deciding on workers)."""
    total = 0
    for i in range(0, len(ids), chunk):
        part = ids[i : i + chunk]
        marks = ", ".join("?" for _ in part)
        row = conn.execute(f"SELECT sum(length) FROM documents WHERE id IN ({marks})", part)
        total += int(row.fetchone()[0] or 0)
    return total
