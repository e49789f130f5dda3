"""Relation operations as SQL, each returning its inverse.

Relations are reviewed like spans: a suggested one is pending, accepting it
accepts its pending spans, and rejecting a span rejects the relations that
hang on it, so no relation ever points at a rejected span unseen.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence

from annotator.core.changes import ChangeSet
from annotator.core.errors import OperationError, SchemaError
from annotator.core.messages import message
from annotator.core.model import ACCEPTED, PENDING, REJECTED, STATES, Relation
from annotator.core.operations import (
    AddRelation,
    AddSuggestions,
    Batch,
    DeleteRelation,
    Operation,
    RestoreSpans,
    SetRelationStates,
    SetSpanStates,
)
from annotator.core.schema import RelationType
from annotator.store import repository as repo
from annotator.store.apply_base import ApplyContext, Result, check_value

_INSERT = (
    "INSERT INTO relations (id, doc_id, head, tail, type, annotator, created, state, origin, "
    "suggester, confidence, updated) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)


def insert_relation(ctx: ApplyContext, relation: Relation) -> int:
    check_value(relation.state, STATES, "relation state")
    cursor = ctx.conn.execute(
        _INSERT,
        (
            relation.id,
            relation.doc_id,
            relation.head,
            relation.tail,
            relation.type,
            relation.annotator,
            relation.created,
            relation.state,
            relation.origin,
            relation.suggester,
            relation.confidence,
            relation.updated or relation.created,
        ),
    )
    return int(cursor.lastrowid or 0)


def relation_type(conn: sqlite3.Connection, name: str) -> RelationType:
    for rel in repo.read_schema(conn).relations:
        if rel.name == name:
            return rel
    raise SchemaError("unknown relation type {name!r}", name=name)


def add_relation(ctx: ApplyContext, op: AddRelation) -> Result:
    """Link two spans by hand; an identical pending or rejected suggestion is accepted instead."""
    head = repo.read_span(ctx.conn, op.head)
    tail = repo.read_span(ctx.conn, op.tail)
    rel_type = relation_type(ctx.conn, op.type)
    if head.doc_id != tail.doc_id:
        raise OperationError("a relation links two spans of the same document")
    if op.head == op.tail:
        raise OperationError("a relation links two different spans")
    if not rel_type.allows(head.label, tail.label):
        raise SchemaError(
            "{relation_type} does not link {head} to {tail}; it links {heads} to {tails}",
            relation_type=op.type,
            head=head.label,
            tail=tail.label,
            heads=list(rel_type.head_labels) or message("any label"),
            tails=list(rel_type.tail_labels) or message("any label"),
        )
    duplicate = ctx.conn.execute(
        "SELECT id, state FROM relations WHERE head = ? AND tail = ? AND type = ?",
        (op.head, op.tail, op.type),
    ).fetchone()
    if duplicate is not None and duplicate[1] == ACCEPTED:
        raise OperationError(
            "these two spans are already linked by {relation_type}", relation_type=op.type
        )
    if duplicate is not None:
        return set_relation_states(ctx, SetRelationStates((duplicate[0],), ACCEPTED))
    relation = Relation(None, head.doc_id, op.head, op.tail, op.type, ctx.annotator, ctx.now)
    relation_id = insert_relation(ctx, relation)
    change = ChangeSet(doc_ids=frozenset({head.doc_id}), relations_added=(relation_id,))
    return change, DeleteRelation(relation_id)


def delete_relation(ctx: ApplyContext, op: DeleteRelation) -> Result:
    relation = repo.read_relation(ctx.conn, op.relation_id)
    ctx.conn.execute("DELETE FROM relations WHERE id = ?", (op.relation_id,))
    change = ChangeSet(doc_ids=frozenset({relation.doc_id}), relations_removed=(op.relation_id,))
    return change, RestoreSpans(spans=(), relations=(relation,))


def _update_states(
    ctx: ApplyContext, relations: Sequence[Relation], state: str
) -> tuple[ChangeSet, list[Operation]]:
    """Set `state` on relations; the inverse parts put each old state back."""
    ctx.conn.executemany(
        "UPDATE relations SET state = ?, updated = ? WHERE id = ?",
        [(state, ctx.now, r.id) for r in relations],
    )
    by_old: dict[str, list[int]] = {}
    for relation in relations:
        by_old.setdefault(relation.state, []).append(relation.id or 0)
    undo: list[Operation] = [
        SetRelationStates(tuple(ids), old, with_ends=False) for old, ids in by_old.items()
    ]
    change = ChangeSet(
        doc_ids=frozenset(r.doc_id for r in relations),
        relations_changed=tuple(r.id for r in relations if r.id is not None),
    )
    return change, undo


def set_relation_states(ctx: ApplyContext, op: SetRelationStates) -> Result:
    """Accept, reject or reopen relations; accepting also accepts their pending spans."""
    check_value(op.state, STATES, "relation state")
    relations = [repo.read_relation(ctx.conn, rid) for rid in dict.fromkeys(op.relation_ids)]
    if not relations:
        return ChangeSet(), Batch(())
    change, undo = _update_states(ctx, relations, op.state)
    if op.state == ACCEPTED and op.with_ends:
        ends = dict.fromkeys(i for r in relations for i in (r.head, r.tail))
        pending = [i for i in ends if repo.read_span(ctx.conn, i).state == PENDING]
        if pending:
            ctx.conn.executemany(
                "UPDATE annotations SET state = ?, updated = ? WHERE id = ?",
                [(ACCEPTED, ctx.now, span_id) for span_id in pending],
            )
            change = change.merge(ChangeSet(spans_changed=tuple(pending)))
            undo.append(SetSpanStates(tuple(pending), PENDING))
    inverse: Operation = undo[0] if len(undo) == 1 else Batch(tuple(undo))
    return change, inverse


def reject_relations_of(
    ctx: ApplyContext, span_ids: Sequence[int]
) -> tuple[ChangeSet, Operation | None]:
    """Reject the relations (not yet rejected) whose head or tail is one of `span_ids`."""
    live = [r for r in repo.relations_touching(ctx.conn, list(span_ids)) if r.state != REJECTED]
    if not live:
        return ChangeSet(), None
    change, undo = _update_states(ctx, live, REJECTED)
    return change, undo[0] if len(undo) == 1 else Batch(tuple(undo))


def add_suggested_relations(
    ctx: ApplyContext, op: AddSuggestions, refs: Sequence[int | None]
) -> tuple[int, ...]:
    """Insert the operation's suggested relations as pending; returns their ids.

    Skipped: an end that is a rejected span, a type the schema lacks or that
    does not link those labels, and a link the document already has in any
    state (so a rejected relation is never proposed again).
    """
    if not op.relations:
        return ()
    types = {t.name: t for t in repo.read_schema(ctx.conn).relations}
    labels = {i: entry[2] for i, entry in enumerate(op.spans)}
    added: list[int] = []
    for head_ref, tail_ref, type_name, suggester, confidence in op.relations:
        head, tail = refs[head_ref], refs[tail_ref]
        rel_type = types.get(type_name)
        if head is None or tail is None or head == tail or rel_type is None:
            continue
        if not rel_type.allows(labels[head_ref], labels[tail_ref]):
            continue
        known = ctx.conn.execute(
            "SELECT 1 FROM relations WHERE head = ? AND tail = ? AND type = ?",
            (head, tail, type_name),
        ).fetchone()
        if known is not None:
            continue
        relation = _pending(ctx, op, (head, tail, type_name), suggester, confidence)
        added.append(insert_relation(ctx, relation))
    return tuple(added)


def _pending(
    ctx: ApplyContext,
    op: AddSuggestions,
    link: tuple[int, int, str],
    suggester: str,
    confidence: float | None,
) -> Relation:
    """A suggested relation (head, tail, type) as the pending, not yet stored row it becomes."""
    head, tail, type_name = link
    return Relation(
        None,
        op.doc_id,
        head,
        tail,
        type_name,
        ctx.annotator,
        ctx.now,
        state=PENDING,
        origin=op.origin,
        suggester=suggester,
        confidence=confidence,
    )


def drop_unfitting(
    ctx: ApplyContext, span_id: int, label: str
) -> tuple[ChangeSet, Operation | None]:
    """Delete the live relations of `span_id` whose type does not link it once it is `label`.

    Relabelling a PER that HOLDS a ROLE to ROLE left a ROLE HOLDS ROLE that
    adding it by hand refuses, and exports wrote it as it stood. Rejected
    relations stay: they only keep a suggestion from coming back.
    """
    unfitting = []
    for relation in repo.relations_touching(ctx.conn, [span_id]):
        if relation.state == REJECTED:
            continue
        head, tail = (
            label if end == span_id else repo.read_span(ctx.conn, end).label
            for end in (relation.head, relation.tail)
        )
        if not relation_type(ctx.conn, relation.type).allows(head, tail):
            unfitting.append(relation)
    if not unfitting:
        return ChangeSet(), None
    ids = tuple(r.id or 0 for r in unfitting)
    ctx.conn.executemany("DELETE FROM relations WHERE id = ?", [(i,) for i in ids])
    change = ChangeSet(doc_ids=frozenset(r.doc_id for r in unfitting), relations_removed=ids)
    return change, RestoreSpans(spans=(), relations=tuple(unfitting))
