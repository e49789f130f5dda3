"""Closing a project so it is one file again, and saving a copy elsewhere (Save as…).

A closed project is one file: the close checkpoints the log into it and
truncates it, after which SQLite removes `-wal` and `-shm`. A file that was
deleted, moved or replaced while open is closed without harming whatever is
now at its path (see `_close_lost`).
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import time
from pathlib import Path
from typing import Any

from annotator.core.errors import OperationError
from annotator.store import wal
from annotator.store.checkpoints import checkpoint
from annotator.store.errors import damaged, translate

# A file that cannot be read whole at close is looked at this many times.
_CLOSE_LOOKS = 3
_CLOSE_LOOK_SECONDS = 0.1


def close_connection(conn: sqlite3.Connection) -> None:
    """Close `conn`, leaving one file behind whenever that is safe."""
    path: Path | None = getattr(conn, "path", None)
    guard = getattr(conn, "guard", None)
    keeper: Any = getattr(conn, "after_commit", None)
    if keeper is not None and hasattr(keeper, "close"):
        keeper.close()
    try:
        if getattr(conn, "read_only", False) or path is None:
            conn.close()
            return
        fits = _provable(guard) if guard is not None else True
        problem = guard.problem() if guard is not None else ""
        if problem or not fits:
            _close_lost(conn, path, problem)
            wal.closed_here(path)
            lost, path = path, None  # unregistered already
            _clear_names(lost, overwritten="overwritten" in problem)
            return
        if getattr(conn, "commits", 0):  # statistics only where something changed
            with contextlib.suppress(sqlite3.Error):
                conn.execute("PRAGMA optimize")
        with contextlib.suppress(sqlite3.Error):
            checkpoint(conn, truncate=True)
        conn.close()
    finally:
        if path is not None:
            wal.closed_here(path)


def _provable(guard: Any) -> bool:
    """Whether the file at the path is proven this project's, looking a few times.

    A file that cannot be read whole (another program copying over it) may be
    whole a moment later; a file that is not ours is not looked at again.
    """
    for look in range(_CLOSE_LOOKS):
        if look:
            time.sleep(_CLOSE_LOOK_SECONDS)
        if guard.before_checkpoint():
            return True
        if guard.lost:
            return False
    return False


def _close_lost(conn: sqlite3.Connection, path: Path, problem: str) -> None:
    """Close a connection whose file is no longer (or not provably) the one at `path`.

    Deleted, moved or replaced by another file: the connection still holds
    the file it opened, so the log is copied into that file (a moved project
    keeps every edit) and emptied. Overwritten in place: copying the log
    would write this session's pages into the other file, so the connection
    closes without a checkpoint (a reader holding the lock stops SQLite from
    making one), and the next open sets that log aside. Not readable whole
    (`problem` empty: a copy over it still under way): the same, but the log
    stays beside the file for the next open to judge by its stamps.
    """
    if "overwritten" in problem or not problem:
        keeper = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            keeper.execute("BEGIN")
            with contextlib.suppress(sqlite3.Error):
                keeper.execute("SELECT 1 FROM sqlite_master LIMIT 1").fetchone()
            conn.close()
        finally:
            keeper.close()
        return
    with contextlib.suppress(sqlite3.Error):
        conn.execute("PRAGMA busy_timeout = 0")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()


def _clear_names(path: Path, *, overwritten: bool) -> None:
    """Leave nothing of this session beside whatever is now at `path`.

    The log names still point at this session's log: emptied (deleted,
    moved, replaced) it is removed; still full (overwritten in place) it is
    set aside, so no program applies it to the file now there.
    """
    if wal.in_use(path):
        return  # someone else has the new file open: its log is theirs to keep
    if overwritten and wal.wal_path(path).exists():
        wal.set_aside(path)
        return
    log = wal.wal_path(path)
    with contextlib.suppress(OSError):
        if log.stat().st_size == 0:
            log.unlink()
    if not log.exists():
        with contextlib.suppress(FileNotFoundError):
            wal.shm_path(path).unlink()


def save_as(conn: sqlite3.Connection, target: Path) -> Path:
    """Write everything `conn` can read to a new project file at `target`, and check it."""
    target = Path(target)
    if target.exists():
        raise OperationError("{target} already exists; choose a new file name.", target=target)
    dest = sqlite3.connect(str(target))
    try:
        conn.backup(dest)
        verdict = dest.execute("PRAGMA quick_check").fetchone()[0]
    except sqlite3.Error as exc:
        dest.close()
        _remove(target)
        friendly = translate(exc, target)
        if friendly is not None:
            raise friendly from exc
        raise
    dest.close()
    if verdict != "ok":
        raise damaged(target, f"the copy does not check out: {verdict}")
    return target


def _remove(path: Path) -> None:
    for name in (path, wal.wal_path(path), wal.shm_path(path)):
        with contextlib.suppress(FileNotFoundError):
            os.unlink(name)
