"""What the main file of a project says about itself, read without trusting it or its log.

Read before SQLite is allowed near the `-wal` beside the file: the header
bytes, then (through an immutable, hardened connection that sees the main
file alone and creates nothing beside it) the format record and the log stamp.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from annotator.core.errors import NotAProjectError
from annotator.store import gate
from annotator.store.connection import APPLICATION_ID, FORMAT_NAME, read_header
from annotator.store.errors import sqlite_detail
from annotator.store.logscan import Stamp


@dataclass(frozen=True)
class FileFacts:
    """What the main file alone says.

    `empty`: no tables yet (a new project whose log was never copied in).
    `partial`: unreadable alone while a log lies beside it (a checkpoint was
    cut short by a crash or a full disk): the file and its log must be read
    together to tell (store.trial).
    """

    stamp: Stamp | None
    empty: bool
    partial: bool = False


def read_file_facts(path: Path) -> FileFacts:
    """Refuse anything that is not one of our projects (NotAProjectError); never writes."""
    header = read_header(path)
    if int.from_bytes(header[68:72], "big") != APPLICATION_ID:
        raise NotAProjectError(
            "{path} is an SQLite database of another program, not an annotation project.", path=path
        )
    uri = f"{path.resolve().as_uri()}?mode=ro&immutable=1"
    try:
        conn = sqlite3.connect(uri, uri=True)
    except sqlite3.Error as exc:
        raise NotAProjectError(
            "{path} cannot be opened as a project: {exc}.", path=path, exc=sqlite_detail(exc)
        ) from exc
    try:
        gate.harden(conn)
        with gate.time_limit(conn):
            return _facts(conn, path)
    except sqlite3.Error as exc:
        if path.with_name(path.name + "-wal").exists() and _corrupt(exc):
            return FileFacts(None, empty=False, partial=True)
        raise NotAProjectError(
            "{path} is damaged or not a project: {exc}.", path=path, exc=sqlite_detail(exc)
        ) from exc
    finally:
        conn.close()


def _corrupt(exc: sqlite3.Error) -> bool:
    name = str(getattr(exc, "sqlite_errorname", "") or "")
    return name.startswith("SQLITE_CORRUPT") or name == "SQLITE_NOTADB"


def _facts(conn: sqlite3.Connection, path: Path) -> FileFacts:
    tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if not tables:
        return FileFacts(None, empty=True)
    if "project_meta" not in tables:
        raise NotAProjectError(
            "{path} is not an annotation project (it has no format record).", path=path
        )
    row = conn.execute("SELECT value FROM project_meta WHERE key = 'format'").fetchone()
    name = None if row is None else str(row[0])
    if name != FORMAT_NAME:
        raise NotAProjectError(
            "{path} is not an annotation project (format {name!r}).", path=path, name=name
        )
    stamp = None
    if "wal_stamp" in tables:
        row = conn.execute("SELECT value FROM wal_stamp WHERE id = 1").fetchone()
        stamp = Stamp.parse(None if row is None else str(row[0]))
    return FileFacts(stamp, empty=False)
