"""Session: applies operations for one annotator, with undo/redo read from the action log."""

from __future__ import annotations

import contextlib
import dataclasses
import json
import sqlite3
import threading
import time
import uuid
from collections.abc import Callable
from typing import Any

from annotator.core.changes import ChangeSet
from annotator.core.errors import AnnotatorError, OperationError
from annotator.core.operations import Operation, operation_from_dict
from annotator.store import instances
from annotator.store.applier import apply_operation
from annotator.store.apply_base import ApplyContext, ensure_annotator
from annotator.store.connection import transaction
from annotator.store.errors import ProjectFileError, translate_errors

_LOG = (
    "INSERT INTO action_log (time, annotator, doc_ids, op, inverse, kind, ref, session) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
)


class _Unchanged(Exception):
    """An operation applied with `if_changed` changed nothing: its transaction is undone."""


def _dumps(data: dict[str, Any]) -> str:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


@translate_errors
class Session:
    """The one write path for annotation edits by `annotator`.

    Undo and redo stacks are rebuilt from the action log (kinds do, undo, redo,
    discard), so history crosses documents and survives closing the project.
    Redo re-applies the inverse recorded by the undo, so restored spans keep
    their ids and later logged actions on them stay valid.

    Every log row names the session that wrote it. A session's history is its
    own rows, plus the rows this annotator wrote before it started in sessions
    that are no longer open (an earlier run, a closed window): Ctrl+Z in one
    window never takes back an edit of another window still open. A session
    made with `register` is such a window (see store.instances).
    """

    def __init__(
        self,
        conn: sqlite3.Connection,
        lock: threading.RLock,
        annotator: str,
        on_commit: Callable[[ChangeSet], None] | None = None,
        *,
        register: bool = False,
    ) -> None:
        self._conn = conn
        self._lock = lock
        self._on_commit = on_commit
        self.annotator = annotator
        self.id = uuid.uuid4().hex
        self.registered = register
        self._undo: list[int] = []
        self._redo: list[int] = []
        self._seen = 0
        with self._lock:
            last = conn.execute("SELECT coalesce(max(id), 0) FROM action_log").fetchone()
            self._adopt_upto = int(last[0])
            self._others = {s.id for s in instances.open_sessions(conn)}
            if getattr(conn, "read_only", False):
                self.registered = False  # a read-only project opens without any write
                return
            known = conn.execute("SELECT 1 FROM annotators WHERE name = ?", (annotator,))
            if known.fetchone() is None or register:
                with transaction(conn):
                    ensure_annotator(conn, annotator, time.time())
                    if register:
                        instances.register(conn, self.id, annotator)

    # -- public ---------------------------------------------------------------

    def apply(
        self,
        op: Operation,
        origin: object = None,
        *,
        undoable: bool = True,
        if_changed: bool = False,
    ) -> ChangeSet:
        """Apply `op` in one transaction with its action-log row; return what changed.

        `undoable=False` logs it as part of an import (as the imported
        documents are): it is in the log, but no undo step takes it back.
        `if_changed` rolls back an operation that changed nothing, so it
        leaves no row (suggesting again where every suggestion is already
        there logged a step of history that did nothing); the empty change
        set is returned.
        """
        with self._lock:
            try:
                change = self._run(
                    op, kind="do" if undoable else "import", ref=None, if_changed=if_changed
                )
            except _Unchanged:
                return ChangeSet(origin=origin)
            self._sync()
        return dataclasses.replace(change, origin=origin)

    def undo(self, origin: object = None) -> ChangeSet | None:
        """Revert this session's latest action not yet undone (any document)."""
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

    def step_operation(self, action_id: int | None) -> tuple[Operation, Operation] | None:
        """The edit (and its inverse) that the undo or redo logged as `action_id` stepped over.

        Undo and redo rows point (ref) at the row they took back or put again;
        following them leads to the row the user's own edit wrote, whose
        operation says what the step was, whatever inverse was replayed.
        """
        with self._lock:
            seen: set[int] = set()
            while action_id is not None and action_id not in seen:
                seen.add(action_id)
                row = self._conn.execute(
                    "SELECT kind, ref, op, inverse FROM action_log WHERE id = ?", (action_id,)
                ).fetchone()
                if row is None:
                    return None
                kind, action_id, op, inverse = row
                if kind == "do" and inverse is not None:
                    return operation_from_dict(json.loads(op)), operation_from_dict(
                        json.loads(inverse)
                    )
        return None

    def next_step(self, *, redo: bool = False) -> int | None:
        """The log row the next undo (or redo) would step over, None if there is none.

        With `step_operation` it says what that step is before taking it: the
        schema editor undoes only changes of the schema, never an edit of the
        text behind it.
        """
        with self._lock:
            self._sync()
            stack = self._redo if redo else self._undo
            return stack[-1] if stack else None

    def can_undo(self) -> bool:
        with self._lock:
            self._sync()
            return bool(self._undo)

    def can_redo(self) -> bool:
        with self._lock:
            self._sync()
            return bool(self._redo)

    def close(self) -> None:
        """Say this window has closed: a later session may adopt its history."""
        if not self.registered:
            return
        # A vanished, replaced or read-only file has no list of windows to update.
        with contextlib.suppress(ProjectFileError), self._lock, transaction(self._conn):
            instances.end(self._conn, self.id)
        self.registered = False

    def continue_from(self, other: Session) -> None:
        """Take over the history of `other` (the same window under a new annotator name)."""
        with self._lock:
            other._sync()
            self._sync()
            self._undo = other._undo + self._undo
            self._redo = other._redo + self._redo
            self._others.add(other.id)  # its rows are ours through the stacks, not the log

    def open_elsewhere(self) -> list[instances.OpenSession]:
        """Other windows (in any process) that have this project open now."""
        with self._lock:
            return instances.open_sessions(self._conn, besides=self.id)

    # -- internals ------------------------------------------------------------

    def _run(
        self, op: Operation, *, kind: str, ref: int | None, if_changed: bool = False
    ) -> ChangeSet:
        now = time.time()
        ctx = ApplyContext(self._conn, self.annotator, now)
        with transaction(self._conn):
            change, inverse = apply_operation(ctx, op)
            if if_changed and change.empty:
                raise _Unchanged  # rolls the transaction back: no row, no commit
            doc_ids = json.dumps(sorted(change.doc_ids))
            row = (now, self.annotator, doc_ids, _dumps(op.to_dict()), _dumps(inverse.to_dict()))
            cursor = self._conn.execute(_LOG, (*row, kind, ref, self.id))
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
            if what == "undo":
                raise OperationError("cannot undo this step any more: {exc}", exc=exc) from exc
            raise OperationError("cannot redo this step any more: {exc}", exc=exc) from exc
        self._sync()
        return change

    def _log_discard(self, target: int) -> None:
        with transaction(self._conn):
            values = (time.time(), self.annotator, "[]", "{}", None, "discard", target, self.id)
            self._conn.execute(_LOG, values)

    def _sync(self) -> None:
        """Fold log rows written since the last look into the undo/redo stacks."""
        rows = self._conn.execute(
            "SELECT id, kind, ref, session, inverse IS NULL FROM action_log "
            "WHERE annotator = ? AND id > ? ORDER BY id",
            (self.annotator, self._seen),
        ).fetchall()
        for row_id, kind, ref, session, irreversible in rows:
            self._seen = row_id
            mine = session == self.id or (
                row_id <= self._adopt_upto and session not in self._others
            )
            if not mine:
                # Another window stepped back over a step we share (both adopted
                # it): it is no longer ours to undo or redo.
                if kind in ("undo", "discard"):
                    _remove(self._undo, ref)
                if kind in ("redo", "discard"):
                    _remove(self._redo, ref)
                continue
            if kind == "do" and not irreversible:
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


def _remove(stack: list[int], value: int) -> None:
    if stack and stack[-1] == value:
        stack.pop()
    elif value in stack:
        stack.remove(value)
