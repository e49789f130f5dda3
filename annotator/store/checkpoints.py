"""Checkpoints the store runs itself, each followed by a new log stamp (see store.wal).

SQLite's own automatic checkpoints are off on every project connection
(`wal_autocheckpoint = 0`): after a checkpoint that copied the whole log into
the file, the next write starts a new log generation, and that generation
must begin from a stamp naming the file state it extends. So the store
checkpoints at open, when the log grows past `LOG_LIMIT` and at close, and
writes the stamp right after each complete one.
"""

from __future__ import annotations

import os
import sqlite3
import time

from annotator.store import lockwait
from annotator.store.wal import Stamp, wal_path

# About SQLite's default automatic checkpoint (1,000 pages of 4 KiB).
LOG_LIMIT = 4 * 1024 * 1024
# A checkpoint blocked by readers is not retried more often than this.
_RETRY_SECONDS = 1.0


def checkpoint(conn: sqlite3.Connection, *, truncate: bool) -> bool:
    """Copy the log into the file without waiting for anyone; True when all of it went.

    With `truncate`, a complete checkpoint also empties the log file. A new
    stamp is written after every complete checkpoint.
    """
    mode = "TRUNCATE" if truncate else "PASSIVE"
    conn.execute("PRAGMA busy_timeout = 0")
    try:
        busy, log, done = conn.execute(f"PRAGMA wal_checkpoint({mode})").fetchone()
    finally:
        conn.execute(f"PRAGMA busy_timeout = {lockwait.SLICE_MS}")
    complete = log >= 0 and log == done
    if complete:
        write_stamp(conn)
    return bool(complete and not busy)


def write_stamp(conn: sqlite3.Connection) -> bool:
    """Start the next log generation with a stamp; False if another writer was first.

    A file from before migration 0020 has no stamp to write: its logs are judged
    by a read-only trial (store.trial).
    """
    stamped = "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'wal_stamp'"
    if conn.execute(stamped).fetchone() is None:
        return False
    conn.execute("PRAGMA busy_timeout = 0")
    try:
        conn.execute("BEGIN IMMEDIATE")
    except sqlite3.OperationalError:
        return False  # busy: its writes continue the generation our stamp already names
    finally:
        conn.execute(f"PRAGMA busy_timeout = {lockwait.SLICE_MS}")
    try:
        row = conn.execute("SELECT value FROM wal_stamp WHERE id = 1").fetchone()
        current = Stamp.parse(None if row is None else str(row[0]))
        if current is not None:
            conn.execute(
                "UPDATE wal_stamp SET value = ? WHERE id = 1", (current.next().text(),)
            )
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    return True


class LogKeeper:
    """After each commit: checkpoint once the log has grown past `LOG_LIMIT`."""

    def __init__(self) -> None:
        self._last_try = 0.0

    def __call__(self, conn: sqlite3.Connection) -> None:
        path = getattr(conn, "path", None)
        if path is None:
            return
        try:
            size = os.stat(wal_path(path)).st_size
        except OSError:
            return
        now = time.monotonic()
        if size < LOG_LIMIT or now - self._last_try < _RETRY_SECONDS:
            return
        self._last_try = now
        try:
            checkpoint(conn, truncate=True)
        except sqlite3.Error:
            pass  # the commit is safe in the log; the next commit tries again
