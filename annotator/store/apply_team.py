"""Team operations as SQL: per-annotator statuses, merging an annotator's layer, curating.

A document's own `status` column sums up its annotators' statuses (see
core.team.summary_status), so the document list reads one column as before;
each annotator's own status lives in `document_status`.
"""

from __future__ import annotations

import sqlite3

from annotator.core.changes import ChangeSet
from annotator.core.errors import OperationError
from annotator.core.model import ACCEPTED, MANUAL, REVIEWED, STATUSES, Span
from annotator.core.operations import (
    CurateSpan,
    DeleteSpan,
    RestoreStatus,
    SetStatus,
)
from annotator.core.team import (
    ANNOTATOR_STATUSES,
    CURATED,
    summary_status,
)
from annotator.store.apply_base import (
    ApplyContext,
    Result,
    check_value,
    ensure_annotator,
)
from annotator.store.apply_spans import insert_span


def _summary(conn: sqlite3.Connection, doc_id: int) -> str:
    row = conn.execute("SELECT status FROM documents WHERE id = ?", (doc_id,)).fetchone()
    if row is None:
        raise OperationError(f"document {doc_id} does not exist in this project")
    return str(row[0])


def own_status(conn: sqlite3.Connection, doc_id: int, annotator: str) -> str | None:
    row = conn.execute(
        "SELECT status FROM document_status WHERE doc_id = ? AND annotator = ?",
        (doc_id, annotator),
    ).fetchone()
    return None if row is None else str(row[0])


def _put_own(ctx: ApplyContext, doc_id: int, annotator: str, status: str | None) -> None:
    if status is None:
        ctx.conn.execute(
            "DELETE FROM document_status WHERE doc_id = ? AND annotator = ?", (doc_id, annotator)
        )
        return
    check_value(status, ANNOTATOR_STATUSES, "an annotator's status")
    ctx.conn.execute(
        "INSERT INTO document_status (doc_id, annotator, status, updated) VALUES (?, ?, ?, ?) "
        "ON CONFLICT (doc_id, annotator) DO UPDATE SET status = excluded.status, "
        "updated = excluded.updated",
        (doc_id, annotator, status, ctx.now),
    )


def _put_summary(ctx: ApplyContext, doc_id: int, summary: str | None = None) -> None:
    """Set the document's status, or (None) sum up its annotators' statuses."""
    if summary is None:
        rows = ctx.conn.execute("SELECT status FROM document_status WHERE doc_id = ?", (doc_id,))
        summary = summary_status(row[0] for row in rows)
    ctx.conn.execute(
        "UPDATE documents SET status = ?, updated = ? WHERE id = ?", (summary, ctx.now, doc_id)
    )


def _status_change(doc_id: int) -> ChangeSet:
    return ChangeSet(doc_ids=frozenset({doc_id}), status_changed=frozenset({doc_id}))


def set_status(ctx: ApplyContext, op: SetStatus) -> Result:
    """An annotator marks their own work; reviewed marks the curated layer's."""
    check_value(op.status, STATUSES, "status")
    old_summary = _summary(ctx.conn, op.doc_id)
    old_own = own_status(ctx.conn, op.doc_id, ctx.annotator)
    if op.status == REVIEWED:
        _put_summary(ctx, op.doc_id, REVIEWED)
    else:
        _put_own(ctx, op.doc_id, ctx.annotator, op.status)
        _put_summary(ctx, op.doc_id)
    inverse = RestoreStatus(op.doc_id, ctx.annotator, old_own, old_summary)
    return _status_change(op.doc_id), inverse


def restore_status(ctx: ApplyContext, op: RestoreStatus) -> Result:
    check_value(op.summary, STATUSES, "status")
    old_summary = _summary(ctx.conn, op.doc_id)
    old_own = own_status(ctx.conn, op.doc_id, op.annotator)
    _put_own(ctx, op.doc_id, op.annotator, op.own)
    _put_summary(ctx, op.doc_id, op.summary)
    inverse = RestoreStatus(op.doc_id, op.annotator, old_own, old_summary)
    return _status_change(op.doc_id), inverse


def curate_span(ctx: ApplyContext, op: CurateSpan) -> Result:
    """A span of the curated layer, recording its curator and the layers it came from."""
    ensure_annotator(ctx.conn, CURATED, ctx.now)
    span = Span(
        id=None,
        doc_id=op.doc_id,
        start=op.start,
        end=op.end,
        label=op.label,
        annotator=CURATED,
        origin=MANUAL,
        state=ACCEPTED,
        created=ctx.now,
        updated=ctx.now,
        curator=ctx.annotator,
        sources=tuple(sorted(set(op.sources))),
    )
    span_id = insert_span(ctx, span)
    return ChangeSet(doc_ids=frozenset({op.doc_id}), spans_added=(span_id,)), DeleteSpan(span_id)
