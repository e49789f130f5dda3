"""Waiting for another program's write lock, with progress, then a clear message.

SQLite lets one writer at a time change a file. Instead of failing after a
fixed busy timeout with "database is locked", a transaction retries in short
slices, tells whoever listens how long it has waited (the command line
prints it, the window shows a progress dialog with Cancel), and after
`LockWait.limit` seconds raises ProjectLockedError, saying nothing was saved.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from annotator.store.errors import locked, translate

# One slice of SQLite's own busy handler; the loop below adds the progress.
SLICE_MS = 250

# Called with (seconds waited, limit); returning False stops waiting at once.
WaitReport = Callable[[float, float], bool]


@dataclass(frozen=True)
class LockWait:
    """How long a write waits for another program's lock, and who hears about it."""

    limit: float = 60.0
    report: WaitReport | None = None


DEFAULT = LockWait()


def _busy(exc: sqlite3.Error) -> bool:
    name = str(getattr(exc, "sqlite_errorname", "") or "")
    return name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED"))


def begin_immediate(conn: sqlite3.Connection, wait: LockWait, path: Path | None) -> None:
    """BEGIN IMMEDIATE, waiting up to `wait.limit` seconds for the write lock."""
    started = time.monotonic()
    while True:
        try:
            conn.execute("BEGIN IMMEDIATE")
            return
        except sqlite3.Error as exc:
            if not _busy(exc):
                friendly = translate(exc, path)
                if friendly is not None:
                    raise friendly from exc
                raise
            waited = time.monotonic() - started
            if waited >= wait.limit:
                raise locked(path, waited) from exc
            if wait.report is not None and wait.report(waited, wait.limit) is False:
                raise locked(path, waited) from exc
