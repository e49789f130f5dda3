"""Opening project files: the foreign-file check, pragmas and transactions."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from annotator.core.errors import AnnotatorError, NotAProjectError

# Written into the SQLite header (offset 68) of every project file: "VNAN".
APPLICATION_ID = 0x564E414E
FORMAT_NAME = "vn-political-annotator"
SQLITE_HEADER = b"SQLite format 3\x00"
_HEADER_SIZE = 100


def read_header(path: Path) -> bytes:
    """The first 100 bytes of `path`, refusing anything that cannot be a project."""
    if not path.exists():
        raise NotAProjectError(f"There is no project at {path}.")
    if path.is_dir():
        raise NotAProjectError(f"{path} is a folder, not a project file.")
    try:
        with path.open("rb") as handle:
            header = handle.read(_HEADER_SIZE)
    except OSError as exc:
        raise NotAProjectError(f"{path} cannot be read: {exc.strerror}.") from exc
    if not header:
        raise NotAProjectError(f"{path} is an empty file, not a project.")
    if len(header) < _HEADER_SIZE or not header.startswith(SQLITE_HEADER):
        raise NotAProjectError(f"{path} is not a project file (it is not an SQLite database).")
    return header


def check_project_file(path: Path) -> None:
    """Raise NotAProjectError unless `path` is one of our projects; never writes.

    The header is read as bytes first, so a foreign SQLite database is refused
    without SQLite ever opening it (no WAL or journal files are created).
    """
    header = read_header(path)
    app_id = int.from_bytes(header[68:72], "big")
    if app_id != APPLICATION_ID:
        raise NotAProjectError(
            f"{path} is an SQLite database of another program, not an annotation project."
        )
    name = _read_format_name(path)
    if name != FORMAT_NAME:
        raise NotAProjectError(f"{path} is not an annotation project (format {name!r}).")


def _read_format_name(path: Path) -> str | None:
    # Without a -wal file the main file holds everything: open it immutable so
    # SQLite creates no -wal/-shm beside a file that may not be ours.
    wal = path.with_name(path.name + "-wal")
    flags = "mode=ro" if wal.exists() else "mode=ro&immutable=1"
    uri = f"{path.resolve().as_uri()}?{flags}"
    try:
        conn = sqlite3.connect(uri, uri=True)
    except sqlite3.Error as exc:
        raise NotAProjectError(f"{path} cannot be opened as a project: {exc}.") from exc
    try:
        row = conn.execute("SELECT value FROM project_meta WHERE key = 'format'").fetchone()
    except sqlite3.Error as exc:
        raise NotAProjectError(f"{path} is damaged or not a project: {exc}.") from exc
    finally:
        conn.close()
    return None if row is None else str(row[0])


def connect(path: Path, *, new: bool = False) -> sqlite3.Connection:
    """Open (or, with new=True, create) a project file with the pragmas every project uses.

    WAL plus synchronous=FULL: a committed edit survives a crash or power loss.
    Autocommit mode, so every transaction is explicit (see `transaction`).
    """
    conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False)
    if new:
        # Written before WAL is on, so the mark is in the main file at once and
        # the header check finds it even if the program dies before a checkpoint.
        conn.execute(f"PRAGMA application_id = {APPLICATION_ID:d}")
    conn.execute("PRAGMA busy_timeout = 5000")
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA cache_size = -32000")
    return conn


class DiskFullError(AnnotatorError):
    """The disk (or the file's size limit) is full; the change was rolled back whole."""


def _disk_full(exc: sqlite3.Error) -> DiskFullError | None:
    """A DiskFullError for SQLite's "database or disk is full", else None."""
    if getattr(exc, "sqlite_errorname", "") != "SQLITE_FULL":
        return None
    return DiskFullError(
        "The disk is full, so the last change could not be saved; it was undone whole and "
        "everything saved before it is intact. Free some disk space and do it again."
    )


@contextmanager
def transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """BEGIN IMMEDIATE ... COMMIT, or a SAVEPOINT when already inside one.

    A full disk during the transaction or its COMMIT rolls it back and raises
    DiskFullError, whose message a user can act on.
    """
    if conn.in_transaction:
        conn.execute("SAVEPOINT nested")
        try:
            yield conn
        except BaseException:
            if conn.in_transaction:  # an I/O error may have ended it already
                conn.execute("ROLLBACK TO nested")
                conn.execute("RELEASE nested")
            raise
        conn.execute("RELEASE nested")
        return
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
        conn.execute("COMMIT")
    except BaseException as exc:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        full = _disk_full(exc) if isinstance(exc, sqlite3.Error) else None
        if full is not None:
            raise full from exc
        raise
