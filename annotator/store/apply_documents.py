"""Document operations that change the list itself: rename, delete, restore.

A deleted document takes with it every row that hangs on it, in whatever
table (found through the foreign keys, so tables added later are kept too):
the inverse holds them all, and undo puts them back with their ids.
"""

from __future__ import annotations

import base64
import json
import sqlite3
from typing import Any

from annotator.core.changes import ChangeSet
from annotator.core.errors import OperationError
from annotator.core.operations import DeleteDocument, RestoreDocument, SetTitle
from annotator.store import repository as repo
from annotator.store import search_backlog, texts
from annotator.store.apply_base import ApplyContext, Result, check_label

# Kept by triggers from the spans and relations: a restored row starts at zero
# and the triggers count its spans and relations again as they go back in.
_COUNTED = ("span_count", "pending_count", "pending_relations")
_B64 = "$b64"


def set_title(ctx: ApplyContext, op: SetTitle) -> Result:
    title = " ".join(op.title.split())
    if not title:
        raise OperationError("a document needs a title; type at least one letter")
    row = ctx.conn.execute("SELECT title FROM documents WHERE id = ?", (op.doc_id,)).fetchone()
    if row is None:
        raise OperationError("document {doc_id} does not exist in this project", doc_id=op.doc_id)
    ctx.conn.execute(
        "UPDATE documents SET title = ?, title_key = ?, updated = ? WHERE id = ?",
        (title, repo.fold(title), ctx.now, op.doc_id),
    )
    ids = frozenset({op.doc_id})
    return ChangeSet(doc_ids=ids, titles_changed=ids), SetTitle(op.doc_id, str(row[0]))


def _references(conn: sqlite3.Connection) -> dict[str, list[tuple[str, str]]]:
    """Table -> [(its column, the table it references)] for every foreign key."""
    tables = [
        row[0]
        for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        if not row[0].startswith("sqlite_")
    ]
    found: dict[str, list[tuple[str, str]]] = {}
    for table in tables:
        for key in conn.execute(f'PRAGMA foreign_key_list("{table}")'):
            found.setdefault(table, []).append((key[3], key[2]))  # (from column, table)
    return found


def _rows(conn: sqlite3.Connection, table: str, column: str, ids: list[Any]) -> list[dict]:
    out: list[dict] = []
    for i in range(0, len(ids), 400):
        part = ids[i : i + 400]
        marks = ", ".join("?" for _ in part)
        cursor = conn.execute(f'SELECT * FROM "{table}" WHERE "{column}" IN ({marks})', part)
        names = [c[0] for c in cursor.description]
        out += [dict(zip(names, map(_encode, row), strict=True)) for row in cursor]
    return out


def _hanging_rows(conn: sqlite3.Connection, doc_id: int) -> dict[str, list[dict]]:
    """The rows of every table that refers to the document, or to a row that does."""
    references = _references(conn)
    captured: dict[str, list[dict]] = {"documents": _rows(conn, "documents", "id", [doc_id])}
    seen: set[tuple[str, str]] = set()
    frontier = ["documents"]
    while frontier:
        parent = frontier.pop()
        parent_ids = [row["id"] for row in captured[parent] if "id" in row]
        for table, keys in references.items():
            for column, target in keys:
                if target != parent or not parent_ids:
                    continue
                new = []
                for row in _rows(conn, table, column, parent_ids):
                    key = (table, json.dumps(row, sort_keys=True, default=str))
                    if key not in seen:  # relations hang on the document and on spans
                        seen.add(key)
                        new.append(row)
                if new:
                    captured.setdefault(table, []).extend(new)
                    frontier.append(table)
    return captured


def delete_document(ctx: ApplyContext, op: DeleteDocument) -> Result:
    """Delete a document and all that hangs on it; the inverse holds all of it."""
    tables = _hanging_rows(ctx.conn, op.doc_id)
    rows = tables.pop("documents")
    if not rows:
        raise OperationError("document {doc_id} does not exist in this project", doc_id=op.doc_id)
    _unindex(ctx.conn, op.doc_id, tables.get("document_bodies", []))
    ctx.conn.execute("DELETE FROM documents WHERE id = ?", (op.doc_id,))  # cascades
    ids = frozenset({op.doc_id})
    change = ChangeSet(
        doc_ids=ids,
        spans_removed=tuple(r["id"] for r in tables.get("annotations", [])),
        relations_removed=tuple(r["id"] for r in tables.get("relations", [])),
        documents_removed=ids,
    )
    return change, RestoreDocument(row=rows[0], tables=tables)


def restore_document(ctx: ApplyContext, op: RestoreDocument) -> Result:
    """Insert a deleted document again, with the ids it and its rows had."""
    row = {k: (0 if k in _COUNTED else v) for k, v in op.row.items()}
    doc_id = int(row["id"])
    references = _references(ctx.conn)
    # A document that was waiting to be indexed is indexed now instead of waiting
    # again: whoever filled the backlog meanwhile (the window's indexer) has
    # finished, and one text costs a millisecond.
    tables = {k: v for k, v in _with_bodies(op.tables).items() if k != "search_backlog"}
    try:
        _insert(ctx.conn, "documents", row)
        for table in _parents_first(tables, references):
            for item in tables[table]:
                if table == "annotations":  # a label may have gone from the schema since
                    check_label(ctx.conn, item["label"])
                _insert(ctx.conn, table, {k: _decode(v) for k, v in item.items()})
    except sqlite3.IntegrityError as exc:
        raise OperationError(
            "cannot bring document {doc_id} back: its place was taken meanwhile ({exc})",
            doc_id=doc_id,
            exc=exc,
        ) from exc
    _reindex(ctx.conn, doc_id, tables)
    ids = frozenset({doc_id})
    change = ChangeSet(
        doc_ids=ids,
        spans_added=tuple(r["id"] for r in op.tables.get("annotations", [])),
        relations_added=tuple(r["id"] for r in op.tables.get("relations", [])),
        documents_added=ids,
    )
    return change, DeleteDocument(doc_id)


def _unindex(conn: sqlite3.Connection, doc_id: int, bodies: list[dict]) -> None:
    """Take the document out of the contentless full-text index, with its text.

    Not a document still waiting to be indexed, nor one left out as damaged: a
    'delete' of a text the index never had corrupts it (its backlog row goes
    with the document, by cascade).
    """
    if bodies and texts.has_index(conn) and search_backlog.in_index(conn, doc_id):
        texts.unindex_text(conn, doc_id, _readable_text(doc_id, bodies[0]["body"]))


def _reindex(conn: sqlite3.Connection, doc_id: int, tables: dict[str, list[dict]]) -> None:
    """Put a restored document back into the index, or left out of it when it is damaged.

    A text left out as damaged comes back left out; one damaged after it was
    indexed (deleted with the words the index held) is left out now, with the reason.
    """
    bodies = tables.get("document_bodies", [])
    if not bodies or not texts.has_index(conn) or tables.get("search_unreadable"):
        return
    try:
        text = texts.unpack(_decode(bodies[0]["body"]), doc_id)
    except texts.DamagedTextError as exc:
        search_backlog.set_aside(conn, doc_id, exc)
        return
    texts.index_texts(conn, [(doc_id, text)])


def _readable_text(doc_id: int, body: Any) -> str | None:
    """The stored text, or None when it no longer decompresses."""
    try:
        return texts.unpack(_decode(body), doc_id)
    except texts.DamagedTextError:
        return None


def _with_bodies(tables: dict[str, list[dict]]) -> dict[str, list[dict]]:
    """The rows to restore, a plain text of an older log (before 0090) packed as now."""
    old = tables.get("document_texts")
    if old is None:
        return tables
    kept = {name: rows for name, rows in tables.items() if name != "document_texts"}
    kept["document_bodies"] = [
        {"doc_id": row["doc_id"], "body": texts.pack(row["text"])} for row in old
    ]
    return kept


def _parents_first(
    tables: dict[str, Any], references: dict[str, list[tuple[str, str]]]
) -> list[str]:
    """Tables ordered so that every table comes after those it refers to."""
    ordered: list[str] = []
    pending = set(tables)
    while pending:
        ready = sorted(
            t
            for t in pending
            if not any(target in pending for _, target in references.get(t, []) if target != t)
        )
        if not ready:  # a cycle: keep the given order for what is left
            ready = sorted(pending)
        ordered += ready
        pending -= set(ready)
    return ordered


def _insert(conn: sqlite3.Connection, table: str, row: dict[str, Any]) -> None:
    known = {info[1] for info in conn.execute(f'PRAGMA table_info("{table}")')}
    unknown = set(row) - known
    if not known or unknown:  # a row from the log must name only real tables and columns
        raise OperationError(
            "cannot restore a document: no table {table} with {row}", table=table, row=sorted(row)
        )
    columns = ", ".join(f'"{name}"' for name in row)
    marks = ", ".join("?" for _ in row)
    conn.execute(f'INSERT INTO "{table}" ({columns}) VALUES ({marks})', list(row.values()))


def _encode(value: Any) -> Any:
    if isinstance(value, bytes | memoryview):
        return {_B64: base64.b64encode(bytes(value)).decode("ascii")}
    return value


def _decode(value: Any) -> Any:
    if isinstance(value, dict) and set(value) == {_B64}:
        return base64.b64decode(value[_B64])
    return value
