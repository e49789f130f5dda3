"""Team operations as SQL: per-annotator statuses, merging an annotator's layer, curating.

A document's own `status` column sums up its annotators' statuses (see
core.team.summary_status), so the document list reads one column as before;
each annotator's own status lives in `document_status`.
"""

from __future__ import annotations

import sqlite3
from typing import Any

from annotator.core.changes import ChangeSet
from annotator.core.errors import OperationError
from annotator.core.model import (
    ACCEPTED,
    IN_PROGRESS,
    MANUAL,
    NEW,
    REVIEWED,
    STATUSES,
    Relation,
    Span,
)
from annotator.core.operations import (
    Batch,
    CurateSpan,
    CurateSpans,
    DeleteRelation,
    DeleteSpan,
    DeleteSpans,
    LinkMentions,
    Operation,
    RestoreStatus,
    SetStatus,
    StartDocuments,
)
from annotator.core.registry import LINK_STATUSES
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
from annotator.store.apply_relations import insert_relation, relation_type
from annotator.store.apply_spans import insert_span
from annotator.store.live_spans import refuse_twin


def _summary(conn: sqlite3.Connection, doc_id: int) -> str:
    row = conn.execute("SELECT status FROM documents WHERE id = ?", (doc_id,)).fetchone()
    if row is None:
        raise OperationError("document {doc_id} does not exist in this project", doc_id=doc_id)
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


def start_documents(ctx: ApplyContext, op: StartDocuments) -> Result:
    """Those of the documents still new go in progress, as on a first edit in the editor."""
    changes: list[ChangeSet] = []
    inverses: list[Operation] = []
    for doc_id in op.doc_ids:
        if _summary(ctx.conn, doc_id) != NEW:
            continue
        change, inverse = set_status(ctx, SetStatus(doc_id, IN_PROGRESS))
        changes.append(change)
        inverses.append(inverse)
    return ChangeSet.combine(changes), Batch(tuple(inverses), description="start documents")


def restore_status(ctx: ApplyContext, op: RestoreStatus) -> Result:
    check_value(op.summary, STATUSES, "status")
    old_summary = _summary(ctx.conn, op.doc_id)
    old_own = own_status(ctx.conn, op.doc_id, op.annotator)
    _put_own(ctx, op.doc_id, op.annotator, op.own)
    _put_summary(ctx, op.doc_id, op.summary)
    inverse = RestoreStatus(op.doc_id, op.annotator, old_own, old_summary)
    return _status_change(op.doc_id), inverse


def _curated_span(ctx: ApplyContext, doc_id: int, key: tuple[int, int, str], sources: Any) -> int:
    span = Span(
        id=None,
        doc_id=doc_id,
        start=key[0],
        end=key[1],
        label=key[2],
        annotator=CURATED,
        origin=MANUAL,
        state=ACCEPTED,
        created=ctx.now,
        updated=ctx.now,
        curator=ctx.annotator,
        sources=tuple(sorted(set(sources))),
    )
    return insert_span(ctx, span)


def curate_span(ctx: ApplyContext, op: CurateSpan) -> Result:
    """A span of the curated layer, recording its curator and the layers it came from."""
    ensure_annotator(ctx.conn, CURATED, ctx.now)
    refuse_twin(ctx.conn, op.doc_id, op.start, op.end, op.label, CURATED)
    span_id = _curated_span(ctx, op.doc_id, (op.start, op.end, op.label), op.sources)
    return ChangeSet(doc_ids=frozenset({op.doc_id}), spans_added=(span_id,)), DeleteSpan(span_id)


def _curated_keys(ctx: ApplyContext, doc_id: int) -> dict[tuple[int, int, str], int]:
    """The curated layer of a document: (start, end, label) -> its live span's id."""
    rows = ctx.conn.execute(
        'SELECT start, "end", label, id FROM annotations WHERE doc_id = ? AND annotator = ? '
        "AND state != 'rejected'",
        (doc_id, CURATED),
    )
    return {(start, end, label): span_id for start, end, label, span_id in rows}


def curate_spans(ctx: ApplyContext, op: CurateSpans) -> Result:
    """Spans, then relations between curated spans, into the curated layer; one step."""
    ensure_annotator(ctx.conn, CURATED, ctx.now)
    curated = _curated_keys(ctx, op.doc_id)
    added: list[int] = []
    for start, end, label, sources in op.spans:
        if (start, end, label) not in curated:
            span_id = _curated_span(ctx, op.doc_id, (start, end, label), sources)
            curated[(start, end, label)] = span_id
            added.append(span_id)
    linked, loose = _curated_relations(ctx, op, curated, set(added))
    links = _carry_links(ctx, op.doc_id, added)
    change = ChangeSet(
        doc_ids=frozenset({op.doc_id}),
        spans_added=tuple(added),
        relations_added=tuple(linked),
        registry_changed=bool(links),
    )
    undo: list[Operation] = [DeleteRelation(r) for r in loose]
    if links:
        undo.append(LinkMentions(None, links))
    if added:
        undo.append(DeleteSpans(tuple(added)))
    return change, Batch(tuple(undo), description=op.description)


def _carry_links(ctx: ApplyContext, doc_id: int, span_ids: list[int]) -> tuple[int, ...]:
    """Link each new curated span to the registry entity its sources' spans agree on.

    The sources' spans are those of the same range and label in the layers
    the curated span came from; when the linked ones all name one entity, the
    curated span names it too, with the most cautious of their link statuses.
    Returns the curated spans linked.
    """
    linked = []
    for span_id in span_ids:
        rows = ctx.conn.execute(
            "SELECT DISTINCT l.entity_id, l.status FROM annotations c "
            "JOIN annotations a ON a.doc_id = c.doc_id AND a.start = c.start "
            '  AND a."end" = c."end" AND a.label = c.label AND a.id != c.id '
            "  AND a.state = 'accepted' AND a.annotator IN (SELECT value FROM json_each(c.sources)) "
            "JOIN registry_links l ON l.span_id = a.id WHERE c.id = ? AND c.doc_id = ?",
            (span_id, doc_id),
        ).fetchall()
        if len({entity for entity, _ in rows}) != 1:
            continue
        status = min((status for _, status in rows), key=LINK_STATUSES.index)
        ctx.conn.execute(
            "INSERT OR REPLACE INTO registry_links (span_id, entity_id, status, annotator, "
            "updated) VALUES (?, ?, ?, ?, ?)",
            (span_id, rows[0][0], status, ctx.annotator, ctx.now),
        )
        linked.append(span_id)
    return tuple(linked)


def _curated_relations(
    ctx: ApplyContext, op: CurateSpans, curated: dict[tuple[int, int, str], int], new: set[int]
) -> tuple[list[int], list[int]]:
    """Insert the relations not yet there; returns their ids and those between older spans."""
    existing = {
        (head, tail, kind)
        for head, tail, kind in ctx.conn.execute(
            "SELECT head, tail, type FROM relations WHERE doc_id = ?", (op.doc_id,)
        )
    }
    linked, loose = [], []
    for head_key, tail_key, kind, _sources in op.relations:
        head, tail = curated.get(tuple(head_key)), curated.get(tuple(tail_key))  # type: ignore[arg-type]
        if head is None or tail is None:
            raise OperationError("a curated relation needs both its spans in the curated layer")
        if (head, tail, kind) in existing:
            continue
        relation_type(ctx.conn, kind)
        relation = Relation(None, op.doc_id, head, tail, kind, ctx.annotator, ctx.now)
        relation_id = insert_relation(ctx, relation)
        existing.add((head, tail, kind))
        linked.append(relation_id)
        if head not in new and tail not in new:
            loose.append(relation_id)
    return linked, loose
