"""Session: applies operations for one annotator, with undo/redo read from the action log."""

from __future__ import annotations

import dataclasses
import json
import sqlite3
import threading
import time
from collections.abc import Callable
from typing import Any

from annotator.core.changes import ChangeSet
from annotator.core.errors import AnnotatorError, OperationError
from annotator.core.operations import Operation, operation_from_dict
from annotator.store.applier import apply_operation
from annotator.store.apply_base import ApplyContext, ensure_annotator
from annotator.store.connection import transaction
from annotator.store.errors import translate_errors


def _dumps(data: dict[str, Any]) -> str:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


@translate_errors
class Session:
    """The one write path for annotation edits by `annotator`.

    Undo and redo stacks are rebuilt from the action log (kinds do, undo, redo,
    discard), so history crosses documents and survives closing the project.
    Redo re-applies the inverse recorded by the undo, so restored spans keep
    their ids and later logged actions on them stay valid.
    """

    def __init__(
        self,
        conn: sqlite3.Connection,
        lock: threading.RLock,
        annotator: str,
        on_commit: Callable[[ChangeSet], None] | None = None,
    ) -> None:
        self._conn = conn
        self._lock = lock
        self._on_commit = on_commit
        self.annotator = annotator
        self._undo: list[int] = []
        self._redo: list[int] = []
        self._seen = 0
        with self._lock:
            # No write unless needed: a read-only or locked project still opens.
            known = conn.execute("SELECT 1 FROM annotators WHERE name = ?", (annotator,))
            if known.fetchone() is None and not getattr(conn, "read_only", False):
                with transaction(conn):
                    ensure_annotator(conn, annotator, time.time())

    # -- public ---------------------------------------------------------------

    def apply(self, op: Operation, origin: object = None) -> ChangeSet:
        """Apply `op` in one transaction with its action-log row; return what changed."""
        with self._lock:
            change = self._run(op, kind="do", ref=None)
            self._sync()
        return dataclasses.replace(change, origin=origin)

    def undo(self, origin: object = None) -> ChangeSet | None:
        """Revert this annotator's latest action not yet undone (any document)."""
        with self._lock:
            self._sync()
            if not self._undo:
                return None
            change = self._replay(self._undo[-1], kind="undo", what="undo")
        return dataclasses.replace(change, origin=origin)

    def redo(self, origin: object = None) -> ChangeSet | None:
        """Re-apply the most recently undone action, unless a new action came since."""
        with self._lock:
            self._sync()
            if not self._redo:
                return None
            change = self._replay(self._redo[-1], kind="redo", what="redo")
        return dataclasses.replace(change, origin=origin)

    def can_undo(self) -> bool:
        with self._lock:
            self._sync()
            return bool(self._undo)

    def can_redo(self) -> bool:
        with self._lock:
            self._sync()
            return bool(self._redo)

    # -- internals ------------------------------------------------------------

    def _run(self, op: Operation, *, kind: str, ref: int | None) -> ChangeSet:
        now = time.time()
        ctx = ApplyContext(self._conn, self.annotator, now)
        with transaction(self._conn):
            change, inverse = apply_operation(ctx, op)
            cursor = self._conn.execute(
                "INSERT INTO action_log (time, annotator, doc_ids, op, inverse, kind, ref) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                (
                    now,
                    self.annotator,
                    json.dumps(sorted(change.doc_ids)),
                    _dumps(op.to_dict()),
                    _dumps(inverse.to_dict()),
                    kind,
                    ref,
                ),
            )
        if self._on_commit is not None:
            self._on_commit(change)
        return dataclasses.replace(change, action_id=cursor.lastrowid)

    def _replay(self, target: int, *, kind: str, what: str) -> ChangeSet:
        row = self._conn.execute(
            "SELECT inverse FROM action_log WHERE id = ?", (target,)
        ).fetchone()
        op = operation_from_dict(json.loads(row[0]))
        try:
            change = self._run(op, kind=kind, ref=target)
        except AnnotatorError as exc:
            # The rows changed under this step (another annotator, say): drop
            # it from the history so the next undo can go on, and say why.
            self._log_discard(target)
            self._sync()
            raise OperationError(f"cannot {what} this step any more: {exc}") from exc
        self._sync()
        return change

    def _log_discard(self, target: int) -> None:
        with transaction(self._conn):
            self._conn.execute(
                "INSERT INTO action_log (time, annotator, doc_ids, op, inverse, kind, ref) "
                "VALUES (?, ?, '[]', '{}', NULL, 'discard', ?)",
                (time.time(), self.annotator, target),
            )

    def _sync(self) -> None:
        """Fold log rows written since the last look into the undo/redo stacks."""
        rows = self._conn.execute(
            "SELECT id, kind, ref FROM action_log WHERE annotator = ? AND id > ? ORDER BY id",
            (self.annotator, self._seen),
        ).fetchall()
        for row_id, kind, ref in rows:
            if kind == "do":
                self._undo.append(row_id)
                self._redo.clear()
            elif kind == "undo":
                _remove(self._undo, ref)
                self._redo.append(row_id)
            elif kind == "redo":
                _remove(self._redo, ref)
                self._undo.append(row_id)
            elif kind == "discard":
                _remove(self._undo, ref)
                _remove(self._redo, ref)
            self._seen = row_id


def _remove(stack: list[int], value: int) -> None:
    if stack and stack[-1] == value:
        stack.pop()
    elif value in stack:
        stack.remove(value)
