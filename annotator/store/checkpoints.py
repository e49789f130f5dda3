"""Checkpoints the store runs itself, each followed by a new log stamp (see store.wal).

SQLite's own automatic checkpoints are off on every project connection
(`wal_autocheckpoint = 0`): after a checkpoint that copied the whole log into
the file, the next write starts a new log generation, and that generation
must begin from a stamp naming the file state it extends. So the store
checkpoints at open, within a second of each commit (LogKeeper) and at
close, each only into a file proven to be the project's (store.fileguard),
and writes the stamp right after each complete checkpoint.
"""

from __future__ import annotations

import os
import sqlite3
import threading
import time

from annotator.store import lockwait
from annotator.store.logscan import Stamp

# The file itself lags the log by at most this (see LogKeeper).
SETTLE_SECONDS = 1.0


def checkpoint(
    conn: sqlite3.Connection, *, truncate: bool, via: sqlite3.Connection | None = None
) -> bool:
    """Copy the log into the file without waiting for anyone; True when all of it went.

    With `truncate`, a complete checkpoint also empties the log file. After a
    complete one the next write transaction starts a new log generation, so
    it must carry a new stamp (`stamp_if_due`). `via`: another connection to
    the same file that runs it (the one LogKeeper's timer thread uses).
    """
    mode = "TRUNCATE" if truncate else "PASSIVE"
    runner = conn if via is None else via
    runner.execute("PRAGMA busy_timeout = 0")
    try:
        busy, log, done = runner.execute(f"PRAGMA wal_checkpoint({mode})").fetchone()
    finally:
        runner.execute(f"PRAGMA busy_timeout = {lockwait.SLICE_MS}")
    complete = log >= 0 and log == done
    if complete and hasattr(conn, "stamp_due"):
        setattr(conn, "stamp_due", True)  # noqa: B010 (a ProjectConnection attribute)
        guard = getattr(conn, "guard", None)
        if guard is not None:
            guard.after_checkpoint()
    return bool(complete and not busy)


# Each migration commits into the write-ahead log, which only a checkpoint
# copies into the file: creating a project wrote 1.6 MB of log beside its
# 0.5 MB file, enough to fail on a nearly full disk. Between migrations the
# log is copied out and emptied whenever it grows past this.
LOG_LIMIT = 256 * 1024


def keep_log_small(conn: sqlite3.Connection) -> None:
    """Checkpoint (and empty) the file's log when it has grown past `LOG_LIMIT`."""
    path = getattr(conn, "path", None)
    if path is None or conn.in_transaction:
        return
    try:
        size = os.path.getsize(f"{path}-wal")
    except OSError:
        return  # no log (an in-memory replay, a file not in WAL mode)
    if size > LOG_LIMIT:
        checkpoint(conn, truncate=True)


def stamp_if_due(conn: sqlite3.Connection) -> None:
    """Inside a write transaction: the new stamp, if a complete checkpoint came before it.

    It is written in the same transaction as the change that follows the
    checkpoint, so it costs no commit of its own. A file from before migration
    0020 has no stamp to write: its logs are judged by a read-only trial.
    """
    if not getattr(conn, "stamp_due", False):
        return
    try:
        row = conn.execute("SELECT value FROM wal_stamp WHERE id = 1").fetchone()
    except sqlite3.OperationalError:
        return  # no such table
    current = Stamp.parse(None if row is None else str(row[0]))
    if current is not None:
        conn.execute("UPDATE wal_stamp SET value = ? WHERE id = 1", (current.next().text(),))


class LogKeeper:
    """Keeps the file itself holding every acknowledged edit, within `SETTLE_SECONDS`.

    After a commit the log is copied into the file at once if the last copy
    is `SETTLE_SECONDS` old, else by a timer that many seconds later; so a
    burst of edits pays for one checkpoint, and a project file copied while
    open, or after a crash, lacks at most the last second of edits. A
    checkpoint that readers hold back (an export reading) is tried again.
    `lock` is the lock every use of the connection holds. Not after every
    commit: no check can keep a copy written over the open file in place
    from beginning during a checkpoint, so each checkpoint is such a moment
    (docs/ARCHITECTURE.md, "The log keeper's check").

    The timer's thread checkpoints through a connection of its own to the
    same file, opened with the project (so it is the file the gate checked),
    never through the project's: that one has a Python authorizer (store.gate),
    and a thread that used it without the lock (a test reading it directly)
    while the timer's thread ran on it deadlocked both, each holding what the
    other waited for (SQLite's connection mutex inside the authorizer, the
    GIL inside `sqlite3_column_name`).
    """

    def __init__(self, conn: sqlite3.Connection, lock: threading.RLock) -> None:
        self._conn = conn
        self._lock = lock
        self._timer: threading.Timer | None = None
        self._last = 0.0
        self._closed = False
        self._side = _side_connection(conn)

    def __call__(self, conn: sqlite3.Connection) -> None:
        if time.monotonic() - self._last >= SETTLE_SECONDS:
            self._settle()
        else:
            self._schedule()

    def settle(self) -> bool:
        """Copy the log into the file now; True if all of it went in."""
        with self._lock:
            return self._settle()

    def close(self) -> None:
        with self._lock:
            self._closed = True
            if self._timer is not None:
                self._timer.cancel()
                self._timer = None
            side, self._side = self._side, None
            if side is not None:
                side.close()

    def _schedule(self) -> None:
        if self._timer is None and not self._closed:
            self._timer = threading.Timer(SETTLE_SECONDS, self._on_timer)
            self._timer.daemon = True
            self._timer.start()

    def _on_timer(self) -> None:
        with self._lock:
            self._timer = None
            if not self._closed:
                self._settle(via=self._side)

    def _settle(self, via: sqlite3.Connection | None = None) -> bool:
        self._last = time.monotonic()
        guard = getattr(self._conn, "guard", None)
        if guard is not None and not guard.before_checkpoint():
            if not guard.lost:
                self._schedule()  # not readable whole now (a copy under way): look again later
            return False  # not (provably) this project's file: nothing goes into it now
        if self._conn.in_transaction:
            complete = False
        else:
            try:
                complete = checkpoint(self._conn, truncate=False, via=via)
            except sqlite3.Error:
                complete = False  # the commits are safe in the log; try again later
        if not complete:
            self._schedule()
        return complete


def _side_connection(conn: sqlite3.Connection) -> sqlite3.Connection | None:
    """A plain connection to `conn`'s file for checkpoints only (None: use `conn` itself)."""
    path = getattr(conn, "path", None)
    if path is None:
        return None
    try:
        side = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False)
    except sqlite3.Error:
        return None
    side.execute(f"PRAGMA busy_timeout = {lockwait.SLICE_MS}")
    return side
