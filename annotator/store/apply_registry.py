"""Registry operations as SQL: entities, their names and mention links, each with its inverse.

Links name spans by id and entities by uid, so an operation means the same
thing in every copy of a project. A change to the registry touches no
document: its ChangeSet says only `registry_changed`, for the registry's views.
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from collections.abc import Iterable

from annotator.core.changes import ChangeSet
from annotator.core.errors import OperationError
from annotator.core.operations import (
    AddEntity,
    AddEntityNames,
    Batch,
    DeleteEntity,
    LinkMentions,
    MergeEntities,
    Operation,
    RemoveEntityNames,
    RenameEntity,
    RestoreEntity,
)
from annotator.core.registry import ENTITY_KINDS, LINK_STATUSES, clean_name, entity_key
from annotator.store.apply_base import ApplyContext, Result, check_value


def entity_row(conn: sqlite3.Connection, uid: str) -> tuple[int, str, str]:
    """(row id, type, name) of the entity `uid`; OperationError when it is gone."""
    row = conn.execute(
        "SELECT id, type, name FROM registry_entities WHERE uid = ?", (uid,)
    ).fetchone()
    if row is None:
        raise OperationError("the registry has no entity {uid} (it may have been removed)", uid=uid)
    return int(row[0]), str(row[1]), str(row[2])


def _names(conn: sqlite3.Connection, entity_id: int) -> list[str]:
    rows = conn.execute(
        "SELECT name FROM registry_names WHERE entity_id = ? ORDER BY rowid", (entity_id,)
    )
    return [row[0] for row in rows]


def _insert_names(
    ctx: ApplyContext, entity_id: int, entity_type: str, names: Iterable[str]
) -> list[str]:
    """Add the names the entity lacks (by key); return the ones added."""
    added = []
    for name in names:
        clean = clean_name(name)
        if not clean:
            continue
        cursor = ctx.conn.execute(
            "INSERT OR IGNORE INTO registry_names (entity_id, name, key) VALUES (?, ?, ?)",
            (entity_id, clean, entity_key(entity_type, clean)),
        )
        if cursor.rowcount:
            added.append(clean)
    return added


def _changed() -> ChangeSet:
    # No document ids: a link changes no text or span, and views of documents
    # need not redraw (nor undo jump to a document) for it.
    return ChangeSet(registry_changed=True)


def _set_links(
    ctx: ApplyContext, span_ids: tuple[int, ...], entity_id: int | None, status: str
) -> Operation:
    """Point `span_ids` at `entity_id` (None: unlink); return the operation that undoes it."""
    ids = tuple(dict.fromkeys(span_ids))
    previous: dict[tuple[str | None, str], list[int]] = defaultdict(list)
    for i in range(0, len(ids), 500):
        part = ids[i : i + 500]
        marks = ", ".join("?" for _ in part)
        found = dict.fromkeys(part, (None, status))
        for span_id, uid, old_status in ctx.conn.execute(
            "SELECT l.span_id, e.uid, l.status FROM registry_links l "
            f"JOIN registry_entities e ON e.id = l.entity_id WHERE l.span_id IN ({marks})",
            part,
        ):
            found[span_id] = (uid, old_status)
        for span_id, key in found.items():
            previous[key].append(span_id)
    unlinked = set(previous.get((None, status), ()))
    linked = [i for i in ids if i not in unlinked]
    if linked:
        ctx.conn.executemany("DELETE FROM registry_links WHERE span_id = ?", [(i,) for i in linked])
    if entity_id is not None:
        ctx.conn.executemany(
            "INSERT INTO registry_links (span_id, entity_id, status, annotator, updated) "
            "VALUES (?, ?, ?, ?, ?)",
            [(i, entity_id, status, ctx.annotator, ctx.now) for i in ids],
        )
    parts = [LinkMentions(uid, tuple(group), old) for (uid, old), group in previous.items()]
    return parts[0] if len(parts) == 1 else Batch(tuple(parts))


def add_entity(ctx: ApplyContext, op: AddEntity) -> Result:
    check_value(op.entity_type, ENTITY_KINDS, "entity type")
    check_value(op.status, LINK_STATUSES, "link status")
    name = clean_name(op.name)
    if not name:
        raise OperationError("an entity needs a name")
    if ctx.conn.execute("SELECT 1 FROM registry_entities WHERE uid = ?", (op.uid,)).fetchone():
        raise OperationError("the registry already has an entity {uid}", uid=op.uid)
    cursor = ctx.conn.execute(
        "INSERT INTO registry_entities (uid, type, name, annotator, created, updated) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        (op.uid, op.entity_type, name, ctx.annotator, ctx.now, ctx.now),
    )
    entity_id = int(cursor.lastrowid or 0)
    _insert_names(ctx, entity_id, op.entity_type, (name, *op.names))
    inverse: Operation = DeleteEntity(op.uid)
    if op.span_ids:
        relink = _set_links(ctx, op.span_ids, entity_id, op.status)
        inverse = Batch((inverse, relink))
    return _changed(), inverse


def delete_entity(ctx: ApplyContext, op: DeleteEntity) -> Result:
    entity_id, entity_type, name = entity_row(ctx.conn, op.uid)
    names = tuple(_names(ctx.conn, entity_id))
    links = tuple(
        (int(span_id), str(status))
        for span_id, status in ctx.conn.execute(
            "SELECT span_id, status FROM registry_links WHERE entity_id = ? ORDER BY span_id",
            (entity_id,),
        )
    )
    ctx.conn.execute("DELETE FROM registry_links WHERE entity_id = ?", (entity_id,))
    ctx.conn.execute("DELETE FROM registry_names WHERE entity_id = ?", (entity_id,))
    ctx.conn.execute("DELETE FROM registry_entities WHERE id = ?", (entity_id,))
    inverse = RestoreEntity(entity_id, op.uid, entity_type, name, names, links)
    return _changed(), inverse


def restore_entity(ctx: ApplyContext, op: RestoreEntity) -> Result:
    try:
        ctx.conn.execute(
            "INSERT INTO registry_entities (id, uid, type, name, annotator, created, updated) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            (op.entity_id, op.uid, op.entity_type, op.name, ctx.annotator, ctx.now, ctx.now),
        )
    except sqlite3.IntegrityError as exc:
        raise OperationError(
            "cannot restore {name}: the registry changed ({exc})", name=op.name, exc=exc
        ) from exc
    _insert_names(ctx, op.entity_id, op.entity_type, op.names)
    undo_links: list[Operation] = []
    by_status: dict[str, list[int]] = defaultdict(list)
    for span_id, status in op.links:
        by_status[status].append(span_id)
    for status, ids in by_status.items():
        undo_links.append(_set_links(ctx, tuple(ids), op.entity_id, status))
    inverse: Operation = DeleteEntity(op.uid)
    if undo_links:
        inverse = Batch((inverse, *undo_links))
    return _changed(), inverse


def link_mentions(ctx: ApplyContext, op: LinkMentions) -> Result:
    check_value(op.status, LINK_STATUSES, "link status")
    entity_id = None if op.uid is None else entity_row(ctx.conn, op.uid)[0]
    inverse = _set_links(ctx, op.span_ids, entity_id, op.status)
    return _changed(), inverse


def rename_entity(ctx: ApplyContext, op: RenameEntity) -> Result:
    entity_id, entity_type, old = entity_row(ctx.conn, op.uid)
    name = clean_name(op.name)
    if not name:
        raise OperationError("an entity needs a name")
    ctx.conn.execute(
        "UPDATE registry_entities SET name = ?, updated = ? WHERE id = ?",
        (name, ctx.now, entity_id),
    )
    added = _insert_names(ctx, entity_id, entity_type, (name,))
    inverse: Operation = RenameEntity(op.uid, old)
    if added:
        inverse = Batch((RemoveEntityNames(op.uid, tuple(added)), inverse))
    return ChangeSet(registry_changed=True), inverse


def add_entity_names(ctx: ApplyContext, op: AddEntityNames) -> Result:
    entity_id, entity_type, _ = entity_row(ctx.conn, op.uid)
    added = _insert_names(ctx, entity_id, entity_type, op.names)
    return ChangeSet(registry_changed=True), RemoveEntityNames(op.uid, tuple(added))


def remove_entity_names(ctx: ApplyContext, op: RemoveEntityNames) -> Result:
    entity_id, entity_type, canonical = entity_row(ctx.conn, op.uid)
    keep = entity_key(entity_type, canonical)
    removed = []
    for name in op.names:
        key = entity_key(entity_type, name)
        if key == keep:
            continue  # the canonical name is always one of the names
        row = ctx.conn.execute(
            "SELECT name FROM registry_names WHERE entity_id = ? AND key = ?", (entity_id, key)
        ).fetchone()
        if row is not None:
            ctx.conn.execute(
                "DELETE FROM registry_names WHERE entity_id = ? AND key = ?", (entity_id, key)
            )
            removed.append(row[0])
    return ChangeSet(registry_changed=True), AddEntityNames(op.uid, tuple(removed))


def merge_entities(ctx: ApplyContext, op: MergeEntities) -> Result:
    """Move the source's links and names to the target, then delete the source."""
    if op.source_uid == op.target_uid:
        raise OperationError("an entity cannot be merged into itself")
    source_id, source_type, _ = entity_row(ctx.conn, op.source_uid)
    target_id, target_type, _ = entity_row(ctx.conn, op.target_uid)
    if source_type != target_type:
        raise OperationError(
            "a {source_type} cannot be merged into an {target_type}",
            source_type=source_type,
            target_type=target_type,
        )
    names = _names(ctx.conn, source_id)
    change, restore = delete_entity(ctx, DeleteEntity(op.source_uid))
    assert isinstance(restore, RestoreEntity)
    parts: list[Operation] = [restore]
    added = _insert_names(ctx, target_id, target_type, names)
    if added:
        parts.append(RemoveEntityNames(op.target_uid, tuple(added)))
    by_status: dict[str, list[int]] = defaultdict(list)
    for span_id, status in restore.links:
        by_status[status].append(span_id)
    for status, ids in by_status.items():
        ctx.conn.executemany(
            "INSERT INTO registry_links (span_id, entity_id, status, annotator, updated) "
            "VALUES (?, ?, ?, ?, ?)",
            [(i, target_id, status, ctx.annotator, ctx.now) for i in ids],
        )
    # Undo: take the moved links off the target first, then restore the source with them.
    moved = tuple(span_id for span_id, _ in restore.links)
    undo: list[Operation] = [LinkMentions(None, moved)] if moved else []
    return change, Batch((*undo, *reversed(parts)))
