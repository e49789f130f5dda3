"""Lifting a hold-back of the project's memory, and putting it back.

A lift is kept as the rejections it stopped counting (`memory_lifts`, one
row per rejected span): a rejection made after the lift is a new row of
`annotations` and counts again, so a surface lifted is held back again
once it has been rejected twice more. The rejected spans themselves stay
as they are.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence

from annotator.core.changes import ChangeSet
from annotator.core.errors import OperationError
from annotator.core.operations import LiftHoldBack, RestoreHoldBack
from annotator.store.apply_base import ApplyContext, Result


def lift_hold_back(ctx: ApplyContext, op: LiftHoldBack) -> Result:
    """Stop counting these rejections; the inverse counts again only those this lift added."""
    _check_spans(ctx.conn, op.span_ids)
    before = lifted_among(ctx.conn, op.span_ids)
    added = tuple(i for i in dict.fromkeys(op.span_ids) if i not in before)
    ctx.conn.executemany(
        "INSERT INTO memory_lifts (span_id, lifted) VALUES (?, ?)", [(i, ctx.now) for i in added]
    )
    return ChangeSet(memory_changed=True), RestoreHoldBack(added)


def restore_hold_back(ctx: ApplyContext, op: RestoreHoldBack) -> Result:
    """Count these rejections again."""
    present = lifted_among(ctx.conn, op.span_ids)
    removed = tuple(i for i in dict.fromkeys(op.span_ids) if i in present)
    ctx.conn.executemany("DELETE FROM memory_lifts WHERE span_id = ?", [(i,) for i in removed])
    return ChangeSet(memory_changed=True), LiftHoldBack(removed)


def lifted_among(conn: sqlite3.Connection, span_ids: Sequence[int]) -> set[int]:
    """Those of `span_ids` whose rejection the memory no longer counts."""
    found: set[int] = set()
    ids = list(span_ids)
    for i in range(0, len(ids), 500):
        part = ids[i : i + 500]
        marks = ", ".join("?" for _ in part)
        rows = conn.execute(f"SELECT span_id FROM memory_lifts WHERE span_id IN ({marks})", part)
        found.update(int(row[0]) for row in rows)
    return found


def _check_spans(conn: sqlite3.Connection, span_ids: Sequence[int]) -> None:
    """Refuse a lift of a span that is gone or not rejected (another window undid it)."""
    ids = list(dict.fromkeys(span_ids))
    for i in range(0, len(ids), 500):
        part = ids[i : i + 500]
        marks = ", ".join("?" for _ in part)
        rows = conn.execute(
            f"SELECT count(*) FROM annotations WHERE state = 'rejected' AND id IN ({marks})", part
        ).fetchone()
        if int(rows[0]) != len(part):
            raise OperationError(
                "some of these rejections are no longer in the project (undone or deleted "
                "meanwhile); open the list of held-back suggestions again"
            )
