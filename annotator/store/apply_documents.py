"""Document operations that change the list itself: rename, delete, restore."""

from __future__ import annotations

import base64
import sqlite3
from typing import Any

from annotator.core.changes import ChangeSet
from annotator.core.errors import OperationError
from annotator.core.operations import DeleteDocument, RestoreDocument, SetTitle
from annotator.store import repository as repo
from annotator.store.apply_base import ApplyContext, Result, ensure_annotator
from annotator.store.apply_relations import insert_relation
from annotator.store.apply_spans import insert_span

# Kept by triggers from the spans and relations: a restored row starts at zero
# and the triggers count its spans and relations again as they go back in.
_COUNTED = ("span_count", "pending_count", "pending_relations")
_UNIT_BLOBS = ("starts", "sentences")


def set_title(ctx: ApplyContext, op: SetTitle) -> Result:
    title = " ".join(op.title.split())
    if not title:
        raise OperationError("a document needs a title; type at least one letter")
    row = ctx.conn.execute("SELECT title FROM documents WHERE id = ?", (op.doc_id,)).fetchone()
    if row is None:
        raise OperationError(f"document {op.doc_id} does not exist in this project")
    ctx.conn.execute(
        "UPDATE documents SET title = ?, title_key = ?, updated = ? WHERE id = ?",
        (title, repo.fold(title), ctx.now, op.doc_id),
    )
    ids = frozenset({op.doc_id})
    return ChangeSet(doc_ids=ids, titles_changed=ids), SetTitle(op.doc_id, str(row[0]))


def _row(conn: sqlite3.Connection, table: str, key: str, value: int) -> dict[str, Any] | None:
    cursor = conn.execute(f"SELECT * FROM {table} WHERE {key} = ?", (value,))  # constants
    found = cursor.fetchone()
    if found is None:
        return None
    return {column[0]: item for column, item in zip(cursor.description, found, strict=True)}


def delete_document(ctx: ApplyContext, op: DeleteDocument) -> Result:
    """Delete a document and all that hangs on it; the inverse holds all of it."""
    row = _row(ctx.conn, "documents", "id", op.doc_id)
    if row is None:
        raise OperationError(f"document {op.doc_id} does not exist in this project")
    text = repo.read_document(ctx.conn, op.doc_id).text
    units = _row(ctx.conn, "document_units", "doc_id", op.doc_id)
    if units is not None:
        units = {k: _encode(v) if k in _UNIT_BLOBS else v for k, v in units.items()}
    spans = tuple(repo.read_spans(ctx.conn, op.doc_id, None))
    relations = tuple(repo.read_relations(ctx.conn, op.doc_id, None))
    ctx.conn.execute("DELETE FROM documents WHERE id = ?", (op.doc_id,))
    ids = frozenset({op.doc_id})
    change = ChangeSet(
        doc_ids=ids,
        spans_removed=tuple(s.id for s in spans if s.id is not None),
        relations_removed=tuple(r.id for r in relations if r.id is not None),
        documents_removed=ids,
    )
    inverse = RestoreDocument(row=row, text=text, spans=spans, relations=relations, units=units)
    return change, inverse


def restore_document(ctx: ApplyContext, op: RestoreDocument) -> Result:
    """Insert a deleted document again, with the ids it had."""
    row = {k: (0 if k in _COUNTED else v) for k, v in op.row.items()}
    doc_id = int(row["id"])
    try:
        _insert(ctx.conn, "documents", row)
        ctx.conn.execute(
            "INSERT INTO document_texts (doc_id, text) VALUES (?, ?)", (doc_id, op.text)
        )
        if op.units is not None:
            units = {k: _decode(v) if k in _UNIT_BLOBS else v for k, v in op.units.items()}
            _insert(ctx.conn, "document_units", units)
        for span in op.spans:
            ensure_annotator(ctx.conn, span.annotator, ctx.now)
            insert_span(ctx, span)
        for relation in op.relations:
            insert_relation(ctx, relation)
    except sqlite3.IntegrityError as exc:
        raise OperationError(
            f"cannot bring document {doc_id} back: its place was taken meanwhile ({exc})"
        ) from exc
    if ctx.conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'documents_fts'").fetchone():
        ctx.conn.execute("INSERT INTO documents_fts (rowid, text) VALUES (?, ?)", (doc_id, op.text))
    ids = frozenset({doc_id})
    change = ChangeSet(
        doc_ids=ids,
        spans_added=tuple(s.id for s in op.spans if s.id is not None),
        relations_added=tuple(r.id for r in op.relations if r.id is not None),
        documents_added=ids,
    )
    return change, DeleteDocument(doc_id)


def _insert(conn: sqlite3.Connection, table: str, row: dict[str, Any]) -> None:
    known = {info[1] for info in conn.execute(f"PRAGMA table_info({table})")}
    unknown = set(row) - known
    if unknown:  # a row from the log must name only real columns
        raise OperationError(f"cannot restore a document: unknown columns {sorted(unknown)}")
    columns = ", ".join(f'"{name}"' for name in row)
    marks = ", ".join("?" for _ in row)
    conn.execute(f"INSERT INTO {table} ({columns}) VALUES ({marks})", list(row.values()))


def _encode(value: Any) -> Any:
    return base64.b64encode(bytes(value)).decode("ascii") if value is not None else None


def _decode(value: Any) -> Any:
    return base64.b64decode(value) if value is not None else None
