"""Which windows have a project open: registered sessions, ended on close or by a dead process.

A window registers its session when it opens the project and ends it when
it closes. Another window (or process) reads the table to say "this project
is also open elsewhere", and a new session adopts the undo history of the
sessions no longer open, never of one still open (Session).
"""

from __future__ import annotations

import os
import socket
import sqlite3
import time
from dataclasses import dataclass


@dataclass(frozen=True)
class OpenSession:
    """A window with the project open: who, on which machine and process, since when."""

    id: str
    annotator: str
    host: str
    pid: int
    started: float

    @property
    def here(self) -> bool:
        """Whether it runs on this machine (its process can be checked)."""
        return self.host == socket.gethostname()


def register(conn: sqlite3.Connection, session_id: str, annotator: str) -> None:
    """Record an open window (inside the caller's transaction)."""
    conn.execute(
        "INSERT INTO sessions (id, annotator, host, pid, started) VALUES (?, ?, ?, ?, ?)",
        (session_id, annotator, socket.gethostname(), os.getpid(), time.time()),
    )


def end(conn: sqlite3.Connection, session_id: str) -> None:
    conn.execute(
        "UPDATE sessions SET ended = ? WHERE id = ? AND ended IS NULL", (time.time(), session_id)
    )


def open_sessions(conn: sqlite3.Connection, *, besides: str | None = None) -> list[OpenSession]:
    """Registered sessions not ended whose process still has this file open (or runs elsewhere).

    A copy of the project carries the session rows of the windows open on the
    original when it was copied: their processes run, but hold the original,
    not this file, so the copy is not "also open in another window" and their
    history is the copy's own.
    """
    rows = conn.execute(
        "SELECT id, annotator, host, pid, started FROM sessions WHERE ended IS NULL "
        "AND id != ? ORDER BY started",
        (besides or "",),
    ).fetchall()
    found = [OpenSession(*row) for row in rows]
    path = getattr(conn, "path", None)
    return [s for s in found if not s.here or (_running(s.pid) and _holds(s.pid, path))]


def _running(pid: int) -> bool:
    if os.name == "nt":  # signal 0 is CTRL_C_EVENT there: never send it
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True  # it exists, under another user
    return True


def _holds(pid: int, path: object) -> bool:
    """Whether process `pid` has the file at `path` open; True when this cannot be told.

    Read from /proc (Linux): elsewhere, or for another user's process, a
    running process is taken to hold it, as before.
    """
    if path is None:
        return True
    folder = f"/proc/{pid}/fd"
    try:
        names = os.listdir(folder)
    except OSError:
        return True
    target = os.path.realpath(str(path))
    for name in names:
        try:
            if os.readlink(os.path.join(folder, name)) == target:
                return True
        except OSError:
            continue
    return False
