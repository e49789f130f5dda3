"""Schema operations (labels, relation types) as SQL, each returning its inverse."""

from __future__ import annotations

import json
import sqlite3

from annotator.core.changes import ChangeSet
from annotator.core.errors import SchemaError
from annotator.core.keys import check_label_key
from annotator.core.operations import (
    Batch,
    DeleteSpans,
    Operation,
    PutLabel,
    PutRelationType,
    RelabelSpan,
    RemoveLabel,
    RemoveRelationType,
    RenameLabel,
    RestoreSpans,
)
from annotator.core.schema import check_name
from annotator.store import repository as repo
from annotator.store.apply_base import ApplyContext, Result, check_label
from annotator.store.apply_spans import delete_spans
from annotator.store.live_spans import live_twin, move_relations

_LABEL_ROW = (
    "SELECT name, color, key, description, ord, crosses_paragraphs FROM labels WHERE name = ?"
)
_TYPE_ROW = (
    "SELECT name, head_labels, tail_labels, description, key, ord "
    "FROM relation_types WHERE name = ?"
)


def _next_order(conn: sqlite3.Connection, table: str) -> int:
    row = conn.execute(f"SELECT coalesce(max(ord), -1) + 1 FROM {table}").fetchone()
    return int(row[0])


def _old_label(conn: sqlite3.Connection, name: str) -> PutLabel | None:
    row = conn.execute(_LABEL_ROW, (name,)).fetchone()
    if row is None:
        return None
    return PutLabel(
        name=row[0],
        color=row[1],
        key=row[2],
        description=row[3],
        order=row[4],
        crosses_paragraphs=bool(row[5]),
    )


def _old_type(conn: sqlite3.Connection, name: str) -> PutRelationType | None:
    row = conn.execute(_TYPE_ROW, (name,)).fetchone()
    if row is None:
        return None
    return PutRelationType(
        name=row[0],
        head_labels=tuple(json.loads(row[1])),
        tail_labels=tuple(json.loads(row[2])),
        description=row[3],
        key=row[4],
        order=row[5],
    )


def put_label(ctx: ApplyContext, op: PutLabel) -> Result:
    name = check_name(op.name, "label")
    check_label_key(op.key, name)
    if op.key:
        clash = ctx.conn.execute(
            "SELECT name FROM labels WHERE lower(key) = lower(?) AND name != ?", (op.key, name)
        ).fetchone()
        if clash is not None:
            raise SchemaError(
                "the key {key!r} is already used by label {clash}", key=op.key, clash=clash[0]
            )
    old = _old_label(ctx.conn, name)
    order = op.order if op.order is not None else (old.order if old else None)
    if order is None:
        order = _next_order(ctx.conn, "labels")
    ctx.conn.execute(
        "INSERT INTO labels (name, color, key, description, ord, crosses_paragraphs) "
        "VALUES (?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (name) DO UPDATE SET color = excluded.color, key = excluded.key, "
        "description = excluded.description, ord = excluded.ord, "
        "crosses_paragraphs = excluded.crosses_paragraphs",
        (name, op.color, op.key, op.description, order, int(op.crosses_paragraphs)),
    )
    inverse: Operation = old if old is not None else RemoveLabel(name)
    return ChangeSet(schema_changed=True), inverse


def _rewrite_type_labels(ctx: ApplyContext, old: str, new: str | None) -> list[PutRelationType]:
    """Replace (or drop, when new is None) a label in relation-type lists."""
    changed: list[PutRelationType] = []
    for name in [row[0] for row in ctx.conn.execute("SELECT name FROM relation_types")]:
        before = _old_type(ctx.conn, name)
        assert before is not None
        heads = _replace(before.head_labels, old, new)
        tails = _replace(before.tail_labels, old, new)
        if (heads, tails) == (before.head_labels, before.tail_labels):
            continue
        changed.append(before)
        ctx.conn.execute(
            "UPDATE relation_types SET head_labels = ?, tail_labels = ? WHERE name = ?",
            (json.dumps(list(heads)), json.dumps(list(tails)), name),
        )
    return changed


def _replace(labels: tuple[str, ...], old: str, new: str | None) -> tuple[str, ...]:
    out: list[str] = []
    for label in labels:
        value = new if label == old else label
        if value is not None and value not in out:
            out.append(value)
    return tuple(out)


def _affected_docs(ctx: ApplyContext, label: str) -> tuple[list[int], frozenset[int]]:
    rows = ctx.conn.execute("SELECT id, doc_id FROM annotations WHERE label = ?", (label,))
    pairs = rows.fetchall()
    return [p[0] for p in pairs], frozenset(p[1] for p in pairs)


def rename_label(ctx: ApplyContext, op: RenameLabel) -> Result:
    check_label(ctx.conn, op.old)
    new = check_name(op.new, "label")
    if ctx.conn.execute(_LABEL_ROW, (new,)).fetchone() is not None:
        raise SchemaError("there is already a label named {new}", new=new)
    span_ids, doc_ids = _affected_docs(ctx, op.old)
    ctx.conn.execute("UPDATE labels SET name = ? WHERE name = ?", (new, op.old))
    ctx.conn.execute("UPDATE annotations SET label = ? WHERE label = ?", (new, op.old))
    _rewrite_type_labels(ctx, op.old, new)
    change = ChangeSet(doc_ids=doc_ids, spans_changed=tuple(span_ids), schema_changed=True)
    return change, RenameLabel(new, op.old)


def remove_label(ctx: ApplyContext, op: RemoveLabel) -> Result:
    """Drop a label: its spans go (or are relabelled); inverse restores everything."""
    old = _old_label(ctx.conn, op.name)
    if old is None:
        raise SchemaError("there is no label named {name}", name=op.name)
    if op.relabel_to == op.name:
        raise SchemaError("a label cannot be relabelled to itself")
    if op.relabel_to is not None:
        check_label(ctx.conn, op.relabel_to)
    span_ids, doc_ids = _affected_docs(ctx, op.name)
    undo: list[Operation] = [old]
    change = ChangeSet(doc_ids=doc_ids, schema_changed=True)
    if op.relabel_to is not None:
        merged, undo_merges, span_ids = _merge_into_twins(ctx, op.name, op.relabel_to, span_ids)
        ctx.conn.execute(
            "UPDATE annotations SET label = ?, updated = ? WHERE label = ?",
            (op.relabel_to, ctx.now, op.name),
        )
        change = change.merge(merged).merge(ChangeSet(spans_changed=tuple(span_ids)))
        undo_spans: list[Operation] = [RelabelSpan(span_id, op.name) for span_id in span_ids]
        undo_spans += undo_merges
    else:
        deleted, restore = delete_spans(ctx, DeleteSpans(tuple(span_ids)))
        change = change.merge(deleted)
        undo_spans = [restore]
    types_before = _rewrite_type_labels(ctx, op.name, op.relabel_to)
    emptied = [t for t in types_before if _now_unbounded(ctx, t)]
    for rel_type in emptied:
        type_change, type_undo = remove_relation_type(ctx, RemoveRelationType(rel_type.name))
        change = change.merge(type_change)
        undo.append(type_undo)
    undo.extend(types_before)  # after the emptied types are back, with their old lists
    ctx.conn.execute("DELETE FROM labels WHERE name = ?", (op.name,))
    return change, Batch(tuple(undo + undo_spans))


def _merge_into_twins(
    ctx: ApplyContext, name: str, target: str, span_ids: list[int]
) -> tuple[ChangeSet, list[Operation], list[int]]:
    """Spans of `name` with a live `target` twin at the same place are merged into it.

    Relabelling them would make two identical spans; instead each one's
    relations move to the twin and the span is deleted (undo restores both).
    Returns the change, its inverse parts and the span ids left to relabel.
    """
    change, undo, rest = ChangeSet(), [], []
    for span_id in span_ids:
        span = repo.read_span(ctx.conn, span_id)
        twin = None
        if span.state != "rejected":
            twin = live_twin(ctx.conn, span.doc_id, span.start, span.end, target, span.annotator)
        if twin is None:
            rest.append(span_id)
            continue
        moved, undo_moves = move_relations(ctx, twin[0], span_id)
        deleted, restore = delete_spans(ctx, DeleteSpans((span_id,)))
        change = change.merge(moved).merge(deleted)
        undo += [restore, *undo_moves]
    return change, undo, rest


def _now_unbounded(ctx: ApplyContext, before: PutRelationType) -> bool:
    """A type whose head or tail list lost its only label would allow anything."""
    after = _old_type(ctx.conn, before.name)
    assert after is not None
    return (bool(before.head_labels) and not after.head_labels) or (
        bool(before.tail_labels) and not after.tail_labels
    )


def put_relation_type(ctx: ApplyContext, op: PutRelationType) -> Result:
    name = check_name(op.name, "relation type")
    for label in op.head_labels + op.tail_labels:
        check_label(ctx.conn, label)
    old = _old_type(ctx.conn, name)
    order = op.order if op.order is not None else (old.order if old else None)
    if order is None:
        order = _next_order(ctx.conn, "relation_types")
    ctx.conn.execute(
        "INSERT INTO relation_types (name, head_labels, tail_labels, description, key, ord) "
        "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (name) DO UPDATE SET "
        "head_labels = excluded.head_labels, tail_labels = excluded.tail_labels, "
        "description = excluded.description, key = excluded.key, ord = excluded.ord",
        (
            name,
            json.dumps(list(op.head_labels)),
            json.dumps(list(op.tail_labels)),
            op.description,
            op.key,
            order,
        ),
    )
    inverse: Operation = old if old is not None else RemoveRelationType(name)
    return ChangeSet(schema_changed=True), inverse


def remove_relation_type(ctx: ApplyContext, op: RemoveRelationType) -> Result:
    old = _old_type(ctx.conn, op.name)
    if old is None:
        raise SchemaError("there is no relation type named {name}", name=op.name)
    relations = [
        repo.relation_from_row(row)
        for row in ctx.conn.execute(
            f"SELECT {repo.RELATION_COLUMNS} FROM relations WHERE type = ? ORDER BY id",
            (op.name,),
        )
    ]
    ctx.conn.execute("DELETE FROM relations WHERE type = ?", (op.name,))
    ctx.conn.execute("DELETE FROM relation_types WHERE name = ?", (op.name,))
    change = ChangeSet(
        doc_ids=frozenset(r.doc_id for r in relations),
        relations_removed=tuple(r.id for r in relations if r.id is not None),
        schema_changed=True,
    )
    inverse = Batch((old, RestoreSpans(spans=(), relations=tuple(relations))))
    return change, inverse
