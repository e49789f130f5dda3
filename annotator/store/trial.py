"""Judging the `-wal` beside a project before opening it, with a read-only trial when unstamped.

A log without a stamp (written by another program, or by a version of this
one older than the stamps) cannot be matched to its file by identity. It is
read together with the file through a read-only connection, which never
copies anything into the file; if the result reads back whole, the log is
applied as SQLite would, otherwise it is set aside as foreign.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from annotator.core.messages import Message, message
from annotator.store import gate, wal
from annotator.store.connection import connect_read_only
from annotator.store.filefacts import FileFacts

# An unstamped log is rare (a crash of a version before the stamps, or another
# program's writes); reading a large file through it may take a while.
TRIAL_TIME_LIMIT = 120.0


def judge_log(path: Path, facts: FileFacts) -> wal.Verdict:
    """`none`, `ours` or `foreign` for the log beside `path` (`unknown` only if untestable)."""
    verdict = wal.UNKNOWN if facts.partial else wal.judge(path, facts.stamp, empty=facts.empty)
    if verdict.kind != "unknown":
        return verdict
    try:
        conn = connect_read_only(path, immutable=False)
    except sqlite3.Error:
        return verdict
    try:
        result = _quick_check(conn)
    except sqlite3.Error as exc:
        name = str(getattr(exc, "sqlite_errorname", "") or "")
        if name.startswith(("SQLITE_CANTOPEN", "SQLITE_INTERRUPT", "SQLITE_BUSY")):
            return verdict  # cannot tell from here: SQLite's own recovery decides
        result = str(exc)
    finally:
        conn.close()
    if result == "ok":
        return wal.OURS
    return wal.Verdict(
        "foreign",
        f"read together with the file it gives a damaged database ({result}), so it was "
        "written for another file or another copy of this one",
    )


def log_breaks_file(path: Path, exc: sqlite3.Error) -> bool:
    """Whether opening `path` failed (`exc`) because of its log: the file alone reads back whole.

    A log can carry the right stamps and still describe another file: a window
    that kept the project open while an older copy was copied onto it (same
    name, same inode) wrote its next edit over pages it had cached from the
    file before. SQLite then calls the project damaged, though the file alone
    is exactly the copy put there. Such a log can only destroy the project; it
    is set aside (never deleted) rather than the file refused.
    """
    name = str(getattr(exc, "sqlite_errorname", "") or "")
    if not (name.startswith("SQLITE_CORRUPT") or name == "SQLITE_NOTADB"):
        return False
    if not wal.wal_path(path).exists() or wal.in_use(path):
        return False
    try:
        conn = connect_read_only(path, immutable=True)
    except sqlite3.Error:
        return False
    try:
        return _quick_check(conn) == "ok"
    except sqlite3.Error:
        return False
    finally:
        conn.close()


def broken_log_notice(target: Path, moved: Path) -> Message:
    """What opening says after setting aside a log that `log_breaks_file` found harmful."""
    return message(
        "The recovery log {log} beside {project} would have damaged it: it was written over "
        "another state of the file (an older copy put in place of the project while it was "
        "open, say). It was moved to {moved} and not applied; {project} is exactly as its "
        "file says. Edits made after the copy was put in place are not in it.",
        log=wal.wal_path(target).name,
        project=target.name,
        moved=moved.name,
    )


def _quick_check(conn: sqlite3.Connection) -> str:
    """SQLite's own check of a file it cannot be sure of, hardened and time-limited."""
    gate.harden(conn)
    with gate.time_limit(conn, TRIAL_TIME_LIMIT):
        return str(conn.execute("PRAGMA quick_check").fetchone()[0])
