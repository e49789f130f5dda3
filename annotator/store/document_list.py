"""Reads behind the document list: pages, counts and positions, never the texts.

The GUI's list model shows 100,000 documents by asking for pages of rows; a
page deep in the list is read by id (`rows_around`), not by OFFSET, so it
costs no more than the first one.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable

from annotator.store import repository as repo
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
Status = str | Iterable[str] | None


def _columns(annotator: str | None) -> tuple[str, list]:
    """The row's columns and their bound values: the document's, or one annotator's."""
    if not annotator:
        return _ROW_COLUMNS, []
    return f"d.id, d.title, {repo.OWN_STATUS}, {_OWN_COUNTS}", [annotator] * 4


def _filter(
    status: Status,
    title_contains: str | None,
    annotator: str | None = None,
    source_file: str | None = None,
) -> tuple[str, list, str]:
    """WHERE clause, its parameters, and the word that adds one more condition."""
    where, params = repo.list_filter(status, title_contains, annotator)
    if source_file:
        clause, values = _from_file(source_file)
        where = f"{where} AND {clause}" if where else f" WHERE {clause}"
        params = [*params, *values]
    return where, params, " AND " if where else " WHERE "


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
    *,
    status: Status,
    title_contains: str | None,
    offset: int,
    limit: int,
    annotator: str | None = None,
    source_file: str | None = None,
) -> list[DocumentRow]:
    """A page of the list in id order."""
    where, params, _ = _filter(status, title_contains, annotator, source_file)
    columns, values = _columns(annotator)
    found = conn.execute(
        f"SELECT {columns} FROM documents d{where} ORDER BY d.id LIMIT ? OFFSET ?",
        [*values, *params, limit, offset],
    ).fetchall()
    return [DocumentRow(*row) for row in found]


def count(
    conn: sqlite3.Connection,
    *,
    status: Status,
    title_contains: str | None,
    annotator: str | None = None,
    source_file: str | None = None,
) -> int:
    where, params, _ = _filter(status, title_contains, annotator, source_file)
    return int(conn.execute(f"SELECT count(*) FROM documents d{where}", params).fetchone()[0])


def position(
    conn: sqlite3.Connection,
    doc_id: int,
    *,
    status: Status,
    title_contains: str | None,
    annotator: str | None = None,
    source_file: str | None = None,
) -> int | None:
    """Row of `doc_id` in the list under the filter; None if filtered out."""
    where, params, joiner = _filter(status, title_contains, annotator, source_file)
    kept = conn.execute(
        f"SELECT 1 FROM documents d{where}{joiner}d.id = ?", [*params, doc_id]
    ).fetchone()
    if kept is None:
        return None
    row = conn.execute(
        f"SELECT count(*) FROM documents d{where}{joiner}d.id < ?", [*params, doc_id]
    ).fetchone()
    return int(row[0])


def rows_around(
    conn: sqlite3.Connection,
    doc_id: int,
    *,
    before: int,
    after: int,
    status: Status,
    title_contains: str | None,
    annotator: str | None = None,
    source_file: str | None = None,
) -> list[DocumentRow]:
    """Up to `before` rows ahead of `doc_id` and `after` rows from it on, in id order."""
    where, params, joiner = _filter(status, title_contains, annotator, source_file)
    columns, values = _columns(annotator)
    ahead = conn.execute(
        f"SELECT {columns} FROM documents d{where}{joiner}d.id < ? ORDER BY d.id DESC LIMIT ?",
        [*values, *params, doc_id, before],
    ).fetchall()
    rest = conn.execute(
        f"SELECT {columns} FROM documents d{where}{joiner}d.id >= ? ORDER BY d.id LIMIT ?",
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
