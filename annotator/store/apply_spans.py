"""Span and document operations as SQL, each returning its inverse."""

from __future__ import annotations

import json
import sqlite3

from annotator.core.changes import ChangeSet
from annotator.core.errors import DuplicateSpanError, OperationError
from annotator.core.messages import message
from annotator.core.model import ACCEPTED, ORIGINS, PENDING, REJECTED, STATES, Span
from annotator.core.offsets import validate_span
from annotator.core.operations import (
    AddSpan,
    AddSpans,
    AddSuggestions,
    Batch,
    DeleteRelation,
    DeleteSpan,
    DeleteSpans,
    Operation,
    RelabelSpan,
    ResizeSpan,
    RestoreSpans,
    SetNote,
    SetSpanState,
    SetSpanStates,
)
from annotator.store import apply_relations
from annotator.store import repository as repo
from annotator.store.apply_base import (
    ApplyContext,
    Result,
    check_label,
    check_value,
    doc_length,
    ensure_annotator,
)
from annotator.store.live_spans import (
    check_paragraphs,
    check_revived,
    live_twin,
    refuse_crossing,
    refuse_crossings,
    refuse_twin,
)


def insert_span(ctx: ApplyContext, span: Span) -> int:
    """Insert a span row (id None for a new one) after checking it fits."""
    validate_span(doc_length(ctx.conn, span.doc_id), span.start, span.end)
    check_label(ctx.conn, span.label)
    check_value(span.origin, ORIGINS, "origin")
    check_value(span.state, STATES, "state")
    sources = json.dumps(list(span.sources), ensure_ascii=False) if span.sources else None
    cursor = ctx.conn.execute(
        'INSERT INTO annotations (id, doc_id, start, "end", label, annotator, origin, state, '
        "suggester, created, updated, confidence, curator, sources) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            span.id,
            span.doc_id,
            span.start,
            span.end,
            span.label,
            span.annotator,
            span.origin,
            span.state,
            span.suggester,
            span.created,
            span.updated,
            span.confidence,
            span.curator,
            sources,
        ),
    )
    return int(cursor.lastrowid or 0)


def add_span(ctx: ApplyContext, op: AddSpan) -> Result:
    """Create a span; where an identical suggestion is pending it is accepted instead.

    An identical accepted span is never made twice: DuplicateSpanError names
    it, so the editor can select it.
    """
    validate_span(doc_length(ctx.conn, op.doc_id), op.start, op.end)
    twin = live_twin(ctx.conn, op.doc_id, op.start, op.end, op.label, ctx.annotator)
    if twin is not None:
        if twin[1] == PENDING and op.state == ACCEPTED:
            return set_span_state(ctx, SetSpanState(twin[0], ACCEPTED))
        raise DuplicateSpanError(
            message("this text is already labelled {label}", label=op.label), twin[0]
        )
    check_paragraphs(ctx.conn, op.doc_id, op.start, op.end, op.label)
    if op.state == ACCEPTED:
        refuse_crossing(ctx.conn, op.doc_id, (op.start, op.end), ctx.annotator)
    span = Span(
        id=None,
        doc_id=op.doc_id,
        start=op.start,
        end=op.end,
        label=op.label,
        annotator=ctx.annotator,
        origin=op.origin,
        state=op.state,
        suggester=op.suggester,
        created=ctx.now,
        updated=ctx.now,
    )
    span_id = insert_span(ctx, span)
    return ChangeSet(doc_ids=frozenset({op.doc_id}), spans_added=(span_id,)), DeleteSpan(span_id)


def _delete(ctx: ApplyContext, span_ids: tuple[int, ...]) -> tuple[ChangeSet, RestoreSpans]:
    spans = [repo.read_span(ctx.conn, span_id) for span_id in dict.fromkeys(span_ids)]
    relations = repo.relations_touching(ctx.conn, [s.id for s in spans if s.id is not None])
    ctx.conn.executemany("DELETE FROM annotations WHERE id = ?", [(s.id,) for s in spans])
    change = ChangeSet(
        doc_ids=frozenset(s.doc_id for s in spans),
        spans_removed=tuple(s.id for s in spans if s.id is not None),
        relations_removed=tuple(r.id for r in relations if r.id is not None),
    )
    return change, RestoreSpans(spans=tuple(spans), relations=tuple(relations))


def delete_span(ctx: ApplyContext, op: DeleteSpan) -> Result:
    return _delete(ctx, (op.span_id,))


def delete_spans(ctx: ApplyContext, op: DeleteSpans) -> Result:
    return _delete(ctx, op.span_ids)


def restore_spans(ctx: ApplyContext, op: RestoreSpans) -> Result:
    """Put rows back with their ids; refuses if an id is taken meanwhile."""
    try:
        for span in op.spans:
            ensure_annotator(ctx.conn, span.annotator, ctx.now)
            insert_span(ctx, span)
        for relation in op.relations:
            ensure_annotator(ctx.conn, relation.annotator, ctx.now)
            apply_relations.relation_type(ctx.conn, relation.type)
            apply_relations.insert_relation(ctx, relation)
    except sqlite3.IntegrityError as exc:
        raise OperationError(
            "cannot restore: the annotations changed meanwhile ({exc})", exc=exc
        ) from exc
    span_ids = tuple(s.id for s in op.spans if s.id is not None)
    restored = set(span_ids)
    loose = [r for r in op.relations if r.head not in restored and r.tail not in restored]
    inverse: Operation = DeleteSpans(span_ids)
    if loose:
        parts: list[Operation] = [DeleteRelation(r.id) for r in loose if r.id is not None]
        inverse = Batch(tuple(parts + ([inverse] if span_ids else [])))
    change = ChangeSet(
        doc_ids=frozenset({s.doc_id for s in op.spans} | {r.doc_id for r in op.relations}),
        spans_added=span_ids,
        relations_added=tuple(r.id for r in op.relations if r.id is not None),
    )
    return change, inverse


def relabel_span(ctx: ApplyContext, op: RelabelSpan) -> Result:
    span = repo.read_span(ctx.conn, op.span_id)
    check_label(ctx.conn, op.label)
    if span.state != REJECTED and op.label != span.label:
        refuse_twin(ctx.conn, span.doc_id, span.start, span.end, op.label, span.annotator)
    ctx.conn.execute(
        "UPDATE annotations SET label = ?, updated = ? WHERE id = ?",
        (op.label, ctx.now, op.span_id),
    )
    change = ChangeSet(doc_ids=frozenset({span.doc_id}), spans_changed=(op.span_id,))
    return change, RelabelSpan(op.span_id, span.label)


def resize_span(ctx: ApplyContext, op: ResizeSpan) -> Result:
    """New bounds for a span, checked as a new span's are; its relations stay (same id)."""
    span = repo.read_span(ctx.conn, op.span_id)
    validate_span(doc_length(ctx.conn, span.doc_id), op.start, op.end)
    if span.state != REJECTED and (op.start, op.end) != (span.start, span.end):
        refuse_twin(ctx.conn, span.doc_id, op.start, op.end, span.label, span.annotator)
    check_paragraphs(ctx.conn, span.doc_id, op.start, op.end, span.label)
    if span.state == ACCEPTED:
        refuse_crossing(ctx.conn, span.doc_id, (op.start, op.end), span.annotator, besides=span.id)
    ctx.conn.execute(
        'UPDATE annotations SET start = ?, "end" = ?, updated = ? WHERE id = ?',
        (op.start, op.end, ctx.now, op.span_id),
    )
    change = ChangeSet(doc_ids=frozenset({span.doc_id}), spans_changed=(op.span_id,))
    return change, ResizeSpan(op.span_id, span.start, span.end)


def _set_states(ctx: ApplyContext, span_ids: tuple[int, ...], state: str) -> Result:
    """Set span states; rejecting a span rejects its relations too, in the same step."""
    check_value(state, STATES, "state")
    spans = [repo.read_span(ctx.conn, span_id) for span_id in dict.fromkeys(span_ids)]
    if state != REJECTED:
        check_revived(ctx.conn, [s.id for s in spans if s.state == REJECTED and s.id is not None])
    ctx.conn.executemany(
        "UPDATE annotations SET state = ?, updated = ? WHERE id = ?",
        [(state, ctx.now, s.id) for s in spans],
    )
    if state == ACCEPTED:  # undoing a rejection puts back what was there: not checked
        refuse_crossings(ctx.conn, [s.id for s in spans if s.state == PENDING and s.id])
    by_old: dict[str, list[int]] = {}
    for span in spans:
        by_old.setdefault(span.state, []).append(span.id or 0)
    parts: list[Operation] = [SetSpanStates(tuple(ids), old) for old, ids in by_old.items()]
    change = ChangeSet(
        doc_ids=frozenset(s.doc_id for s in spans),
        spans_changed=tuple(s.id for s in spans if s.id is not None),
    )
    if state == REJECTED:
        ids = [s.id for s in spans if s.id is not None]
        rel_change, rel_undo = apply_relations.reject_relations_of(ctx, ids)
        if rel_undo is not None:
            change = change.merge(rel_change)
            # The relations' undo step puts back their states only
            # (with_ends=False): each span's own state comes back with it.
            parts.insert(0, rel_undo)
    inverse: Operation = parts[0] if len(parts) == 1 else Batch(tuple(parts))
    return change, inverse


def set_span_state(ctx: ApplyContext, op: SetSpanState) -> Result:
    """One span's state; accepting a suggestion that crosses an accepted span is refused
    (undoing a rejection is not: it puts back what was there)."""
    old = repo.read_span(ctx.conn, op.span_id).state
    change, inverse = _set_states(ctx, (op.span_id,), op.state)
    if isinstance(inverse, Batch):  # relations were rejected with the span
        return change, inverse
    return change, SetSpanState(op.span_id, old)


def set_span_states(ctx: ApplyContext, op: SetSpanStates) -> Result:
    if not op.span_ids:
        return ChangeSet(), Batch(())
    return _set_states(ctx, op.span_ids, op.state)


def add_suggestions(ctx: ApplyContext, op: AddSuggestions) -> Result:
    """Insert pending spans (and relations between them) the document does not have yet."""
    length = doc_length(ctx.conn, op.doc_id)
    check_value(op.origin, ORIGINS, "origin")
    existing = _spans_by_key(ctx.conn, op.doc_id)
    labels = {row[0] for row in ctx.conn.execute("SELECT name FROM labels")}
    added: list[int] = []
    refs: list[int | None] = []  # span id per entry of op.spans; None when rejected
    for entry in op.spans:
        start, end, label, suggester = entry[:4]
        known = existing.get((start, end, label))
        if known is not None:
            refs.append(known[0] if known[1] != REJECTED else None)
            continue
        validate_span(length, start, end)
        if label not in labels:
            check_label(ctx.conn, label)
        confidence = entry[4] if len(entry) > 4 else None
        span_id = _insert_pending(ctx, op, (start, end, label), suggester, confidence)
        existing[(start, end, label)] = (span_id, PENDING)
        added.append(span_id)
        refs.append(span_id)
    change = ChangeSet(doc_ids=frozenset({op.doc_id}), spans_added=tuple(added))
    relation_ids = apply_relations.add_suggested_relations(ctx, op, refs)
    if not relation_ids:
        return change, DeleteSpans(tuple(added))
    undo: list[Operation] = [DeleteRelation(r) for r in relation_ids]
    change = change.merge(ChangeSet(relations_added=relation_ids))
    return change, Batch((*undo, DeleteSpans(tuple(added))))


def _spans_by_key(
    conn: sqlite3.Connection, doc_id: int
) -> dict[tuple[int, int, str], tuple[int, str]]:
    """(start, end, label) -> (id, state) of the document's spans; a live span wins over a
    rejected one of the same key."""
    return {
        (start, end, label): (span_id, state)
        for span_id, start, end, label, state in conn.execute(
            'SELECT id, start, "end", label, state FROM annotations WHERE doc_id = ? '
            "ORDER BY state != 'rejected', id",  # a live span wins over a rejected one
            (doc_id,),
        )
    }


def _insert_pending(
    ctx: ApplyContext,
    op: AddSuggestions,
    key: tuple[int, int, str],
    suggester: str,
    confidence: float | None,
) -> int:
    """Store one suggested span as pending, the annotator's; its new id."""
    start, end, label = key
    cursor = ctx.conn.execute(
        'INSERT INTO annotations (doc_id, start, "end", label, annotator, origin, state, '
        "suggester, created, updated, confidence) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (op.doc_id, start, end, label, ctx.annotator, op.origin, PENDING, suggester)
        + (ctx.now, ctx.now, confidence),
    )
    return int(cursor.lastrowid or 0)


def _lengths_and_labelled(
    ctx: ApplyContext, label: str, doc_ids: set[int]
) -> tuple[dict[int, int], set[tuple[int, int, int]]]:
    """Each document's length, and the (doc, start, end) already labelled `label`, read in
    chunks of 500 documents (SQLite's limit on bound parameters)."""
    ordered = sorted(doc_ids)
    lengths: dict[int, int] = {}
    existing: set[tuple[int, int, int]] = set()
    for i in range(0, len(ordered), 500):
        part = ordered[i : i + 500]
        marks = ", ".join("?" for _ in part)
        lengths.update(
            ctx.conn.execute(f"SELECT id, length FROM documents WHERE id IN ({marks})", part)
        )
        existing.update(
            ctx.conn.execute(
                f'SELECT doc_id, start, "end" FROM annotations WHERE label = ? '
                f"AND doc_id IN ({marks})",
                [label, *part],
            )
        )
    return lengths, existing


def add_spans(ctx: ApplyContext, op: AddSpans) -> Result:
    """Insert many spans with one statement per chunk; the undo deletes exactly those added."""
    check_label(ctx.conn, op.label)
    check_value(op.origin, ORIGINS, "origin")
    check_value(op.state, STATES, "state")
    lengths, existing = _lengths_and_labelled(ctx, op.label, {doc for doc, _, _ in op.spans})
    rows = []
    for doc_id, start, end in dict.fromkeys(op.spans):
        if doc_id not in lengths:
            raise OperationError("document {doc_id} does not exist in this project", doc_id=doc_id)
        validate_span(lengths[doc_id], start, end)
        if (doc_id, start, end) not in existing:
            rows.append((doc_id, start, end, op.label, ctx.annotator, op.origin, op.state))
    last = ctx.conn.execute("SELECT coalesce(max(id), 0) FROM annotations").fetchone()[0]
    ctx.conn.executemany(
        'INSERT INTO annotations (doc_id, start, "end", label, annotator, origin, state, '
        "suggester, created, updated) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [row + (op.suggester, ctx.now, ctx.now) for row in rows],
    )
    added = tuple(
        row[0]
        for row in ctx.conn.execute("SELECT id FROM annotations WHERE id > ? ORDER BY id", (last,))
    )
    if op.state == ACCEPTED:
        refuse_crossings(ctx.conn, added)
    change = ChangeSet(doc_ids=frozenset(row[0] for row in rows), spans_added=added)
    return change, DeleteSpans(added)


def _document_field(ctx: ApplyContext, doc_id: int, column: str) -> str:
    row = ctx.conn.execute(
        f"SELECT {column} FROM documents WHERE id = ?",  # column is one of two constants
        (doc_id,),
    ).fetchone()
    if row is None:
        raise OperationError("document {doc_id} does not exist in this project", doc_id=doc_id)
    return str(row[0])


def set_note(ctx: ApplyContext, op: SetNote) -> Result:
    old = _document_field(ctx, op.doc_id, "note")
    ctx.conn.execute(
        "UPDATE documents SET note = ?, updated = ? WHERE id = ?", (op.note, ctx.now, op.doc_id)
    )
    change = ChangeSet(doc_ids=frozenset({op.doc_id}), note_changed=frozenset({op.doc_id}))
    return change, SetNote(op.doc_id, old)
