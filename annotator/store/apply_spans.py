"""Span, relation and document operations as SQL, each returning its inverse."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from annotator.core.changes import ChangeSet
from annotator.core.errors import OperationError, SchemaError
from annotator.core.model import ORIGINS, PENDING, STATES, STATUSES, Relation, Span
from annotator.core.offsets import validate_span
from annotator.core.operations import (
    AddRelation,
    AddSpan,
    AddSuggestions,
    Batch,
    DeleteRelation,
    DeleteSpan,
    DeleteSpans,
    Operation,
    RelabelSpan,
    RestoreSpans,
    SetNote,
    SetSpanState,
    SetSpanStates,
    SetStatus,
)
from annotator.core.schema import RelationType
from annotator.store import repository as repo

Result = tuple[ChangeSet, Operation]


@dataclass(frozen=True)
class ApplyContext:
    """What every operation needs: the connection, who acts, and when."""

    conn: sqlite3.Connection
    annotator: str
    now: float


def ensure_annotator(conn: sqlite3.Connection, name: str, now: float) -> None:
    conn.execute("INSERT OR IGNORE INTO annotators (name, created) VALUES (?, ?)", (name, now))


def doc_length(conn: sqlite3.Connection, doc_id: int) -> int:
    row = conn.execute("SELECT length FROM documents WHERE id = ?", (doc_id,)).fetchone()
    if row is None:
        raise OperationError(f"document {doc_id} does not exist in this project")
    return int(row[0])


def check_label(conn: sqlite3.Connection, label: str) -> None:
    if conn.execute("SELECT 1 FROM labels WHERE name = ?", (label,)).fetchone() is None:
        names = [row[0] for row in conn.execute("SELECT name FROM labels ORDER BY ord")]
        raise SchemaError(f"unknown label {label!r}; the schema has {names}")


def check_value(value: str, allowed: tuple[str, ...], what: str) -> None:
    if value not in allowed:
        raise OperationError(f"{what} {value!r} is not one of {list(allowed)}")


def insert_span(ctx: ApplyContext, span: Span) -> int:
    """Insert a span row (id None for a new one) after checking it fits."""
    validate_span(doc_length(ctx.conn, span.doc_id), span.start, span.end)
    check_label(ctx.conn, span.label)
    check_value(span.origin, ORIGINS, "origin")
    check_value(span.state, STATES, "state")
    cursor = ctx.conn.execute(
        'INSERT INTO annotations (id, doc_id, start, "end", label, annotator, origin, state, '
        "suggester, created, updated) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
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
        ),
    )
    return int(cursor.lastrowid or 0)


def add_span(ctx: ApplyContext, op: AddSpan) -> Result:
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


def insert_relation(ctx: ApplyContext, relation: Relation) -> int:
    cursor = ctx.conn.execute(
        "INSERT INTO relations (id, doc_id, head, tail, type, annotator, created) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        (
            relation.id,
            relation.doc_id,
            relation.head,
            relation.tail,
            relation.type,
            relation.annotator,
            relation.created,
        ),
    )
    return int(cursor.lastrowid or 0)


def restore_spans(ctx: ApplyContext, op: RestoreSpans) -> Result:
    """Put rows back with their ids; refuses if an id is taken meanwhile."""
    try:
        for span in op.spans:
            ensure_annotator(ctx.conn, span.annotator, ctx.now)
            insert_span(ctx, span)
        for relation in op.relations:
            ensure_annotator(ctx.conn, relation.annotator, ctx.now)
            _relation_type(ctx.conn, relation.type)
            insert_relation(ctx, relation)
    except sqlite3.IntegrityError as exc:
        raise OperationError(f"cannot restore: the annotations changed meanwhile ({exc})") from exc
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
    ctx.conn.execute(
        "UPDATE annotations SET label = ?, updated = ? WHERE id = ?",
        (op.label, ctx.now, op.span_id),
    )
    change = ChangeSet(doc_ids=frozenset({span.doc_id}), spans_changed=(op.span_id,))
    return change, RelabelSpan(op.span_id, span.label)


def _set_states(ctx: ApplyContext, span_ids: tuple[int, ...], state: str) -> Result:
    check_value(state, STATES, "state")
    spans = [repo.read_span(ctx.conn, span_id) for span_id in dict.fromkeys(span_ids)]
    ctx.conn.executemany(
        "UPDATE annotations SET state = ?, updated = ? WHERE id = ?",
        [(state, ctx.now, s.id) for s in spans],
    )
    by_old: dict[str, list[int]] = {}
    for span in spans:
        by_old.setdefault(span.state, []).append(span.id or 0)
    parts: list[Operation] = [SetSpanStates(tuple(ids), old) for old, ids in by_old.items()]
    inverse: Operation = parts[0] if len(parts) == 1 else Batch(tuple(parts))
    change = ChangeSet(
        doc_ids=frozenset(s.doc_id for s in spans),
        spans_changed=tuple(s.id for s in spans if s.id is not None),
    )
    return change, inverse


def set_span_state(ctx: ApplyContext, op: SetSpanState) -> Result:
    old = repo.read_span(ctx.conn, op.span_id).state
    change, _ = _set_states(ctx, (op.span_id,), op.state)
    return change, SetSpanState(op.span_id, old)


def set_span_states(ctx: ApplyContext, op: SetSpanStates) -> Result:
    if not op.span_ids:
        return ChangeSet(), Batch(())
    return _set_states(ctx, op.span_ids, op.state)


def add_suggestions(ctx: ApplyContext, op: AddSuggestions) -> Result:
    """Insert pending spans unless the document has that (start, end, label) in any state."""
    length = doc_length(ctx.conn, op.doc_id)
    check_value(op.origin, ORIGINS, "origin")
    seen = set(
        ctx.conn.execute(
            'SELECT start, "end", label FROM annotations WHERE doc_id = ?', (op.doc_id,)
        ).fetchall()
    )
    labels = {row[0] for row in ctx.conn.execute("SELECT name FROM labels")}
    added: list[int] = []
    for start, end, label, suggester in op.spans:
        if (start, end, label) in seen:
            continue
        validate_span(length, start, end)
        if label not in labels:
            check_label(ctx.conn, label)
        seen.add((start, end, label))
        cursor = ctx.conn.execute(
            'INSERT INTO annotations (doc_id, start, "end", label, annotator, origin, state, '
            "suggester, created, updated) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (op.doc_id, start, end, label, ctx.annotator, op.origin, PENDING, suggester)
            + (ctx.now, ctx.now),
        )
        added.append(int(cursor.lastrowid or 0))
    change = ChangeSet(doc_ids=frozenset({op.doc_id}), spans_added=tuple(added))
    return change, DeleteSpans(tuple(added))


def _relation_type(conn: sqlite3.Connection, name: str) -> RelationType:
    for rel in repo.read_schema(conn).relations:
        if rel.name == name:
            return rel
    raise SchemaError(f"unknown relation type {name!r}")


def add_relation(ctx: ApplyContext, op: AddRelation) -> Result:
    head = repo.read_span(ctx.conn, op.head)
    tail = repo.read_span(ctx.conn, op.tail)
    rel_type = _relation_type(ctx.conn, op.type)
    if head.doc_id != tail.doc_id:
        raise OperationError("a relation links two spans of the same document")
    if op.head == op.tail:
        raise OperationError("a relation links two different spans")
    if not rel_type.allows(head.label, tail.label):
        raise SchemaError(
            f"{op.type} does not link {head.label} to {tail.label}; it links "
            f"{list(rel_type.head_labels) or 'any label'} to "
            f"{list(rel_type.tail_labels) or 'any label'}"
        )
    duplicate = ctx.conn.execute(
        "SELECT id FROM relations WHERE head = ? AND tail = ? AND type = ?",
        (op.head, op.tail, op.type),
    ).fetchone()
    if duplicate is not None:
        raise OperationError(f"these two spans are already linked by {op.type}")
    relation = Relation(None, head.doc_id, op.head, op.tail, op.type, ctx.annotator, ctx.now)
    relation_id = insert_relation(ctx, relation)
    change = ChangeSet(doc_ids=frozenset({head.doc_id}), relations_added=(relation_id,))
    return change, DeleteRelation(relation_id)


def delete_relation(ctx: ApplyContext, op: DeleteRelation) -> Result:
    relation = repo.read_relation(ctx.conn, op.relation_id)
    ctx.conn.execute("DELETE FROM relations WHERE id = ?", (op.relation_id,))
    change = ChangeSet(doc_ids=frozenset({relation.doc_id}), relations_removed=(op.relation_id,))
    return change, RestoreSpans(spans=(), relations=(relation,))


def _document_field(ctx: ApplyContext, doc_id: int, column: str) -> str:
    row = ctx.conn.execute(
        f"SELECT {column} FROM documents WHERE id = ?",  # column is one of two constants
        (doc_id,),
    ).fetchone()
    if row is None:
        raise OperationError(f"document {doc_id} does not exist in this project")
    return str(row[0])


def set_status(ctx: ApplyContext, op: SetStatus) -> Result:
    check_value(op.status, STATUSES, "status")
    old = _document_field(ctx, op.doc_id, "status")
    ctx.conn.execute(
        "UPDATE documents SET status = ?, updated = ? WHERE id = ?",
        (op.status, ctx.now, op.doc_id),
    )
    change = ChangeSet(doc_ids=frozenset({op.doc_id}), status_changed=frozenset({op.doc_id}))
    return change, SetStatus(op.doc_id, old)


def set_note(ctx: ApplyContext, op: SetNote) -> Result:
    old = _document_field(ctx, op.doc_id, "note")
    ctx.conn.execute(
        "UPDATE documents SET note = ?, updated = ? WHERE id = ?", (op.note, ctx.now, op.doc_id)
    )
    change = ChangeSet(doc_ids=frozenset({op.doc_id}), note_changed=frozenset({op.doc_id}))
    return change, SetNote(op.doc_id, old)
