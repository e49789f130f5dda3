"""Opening project files: the foreign-file check, pragmas and transactions."""

from __future__ import annotations

import contextlib
import sqlite3
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from annotator.core.errors import NotAProjectError
from annotator.core.messages import message
from annotator.store import file_reads, lockwait, wal
from annotator.store.checkpoints import stamp_if_due
from annotator.store.errors import DiskFullError, ReadOnlyProjectError, translate
from annotator.store.fileguard import FileGuard

# Written into the SQLite header (offset 68) of every project file: "VNAN".
APPLICATION_ID = 0x564E414E
FORMAT_NAME = "vn-political-annotator"
SQLITE_HEADER = b"SQLite format 3\x00"
_HEADER_SIZE = 100
PAGE_SIZE = 8192


def read_header(path: Path) -> bytes:
    """The first 100 bytes of `path`, refusing anything that cannot be a project."""
    if not path.exists():
        raise NotAProjectError("There is no project at {path}.", path=path)
    if path.is_dir():
        raise NotAProjectError("{path} is a folder, not a project file.", path=path)
    try:
        # Never open() and close() a file this process holds SQLite locks on (store.file_reads).
        header = file_reads.read_prefix(path, _HEADER_SIZE, locks_here=wal.open_here(path))
    except OSError as exc:
        raise NotAProjectError(
            "{path} cannot be read: {strerror}.", path=path, strerror=exc.strerror
        ) from exc
    if not header:
        raise NotAProjectError("{path} is an empty file, not a project.", path=path)
    if len(header) < _HEADER_SIZE or not header.startswith(SQLITE_HEADER):
        raise NotAProjectError(
            "{path} is not a project file (it is not an SQLite database).", path=path
        )
    return header


def check_project_file(path: Path) -> None:
    """Raise NotAProjectError unless `path` is one of our projects; never writes."""
    from annotator.store.filefacts import read_file_facts

    read_file_facts(path)


class ProjectConnection(sqlite3.Connection):
    """A connection to one project file, with what the store needs to guard its writes.

    `read_only`: the file is open for reading (writes raise ReadOnlyProjectError
    before touching it). `guard`: checks before each write that the file at
    `path` is still the one opened. `wait`: how long to wait for another
    program's write lock, and whom to tell meanwhile. `after_commit`: run after
    each committed transaction (log maintenance).
    """

    path: Path | None = None
    lock: threading.RLock
    read_only: bool = False
    read_only_reason: str = ""
    guard: FileGuard | None = None
    schema_watch: Any = None  # gate.SchemaWatch, once the schema is checked
    wait: lockwait.LockWait = lockwait.DEFAULT
    stamp_due: bool = False  # the next write starts a log generation (store.checkpoints)
    commits: int = 0  # a session that saved nothing leaves the file's bytes as they were
    after_commit: Callable[[ProjectConnection], None] | None = None


def connect(path: Path, *, new: bool = False) -> ProjectConnection:
    """Open (or, with new=True, create) a project file with the pragmas every project uses.

    WAL plus synchronous=FULL: a committed edit survives a crash or power loss.
    Autocommit mode, so every transaction is explicit (see `transaction`).
    The store opens files through `store.opening`, which runs the gate first.
    """
    conn = sqlite3.connect(
        str(path), isolation_level=None, check_same_thread=False, factory=ProjectConnection
    )
    conn.path = path
    conn.lock = threading.RLock()
    if new:
        # 8 KB pages (SQLite's default is 4 KB): a compressed text of a news article
        # takes about 2 KB, and bigger pages leave less of each page and of each
        # overflow chain empty; a project of articles is about 8% smaller.
        conn.execute(f"PRAGMA page_size = {PAGE_SIZE:d}")
        # Written before WAL is on, so the mark is in the main file at once and
        # the header check finds it even if the program dies before a checkpoint.
        conn.execute(f"PRAGMA application_id = {APPLICATION_ID:d}")
    return conn


def use_project_pragmas(conn: sqlite3.Connection) -> None:
    """Durable WAL, foreign keys, a bigger cache; checkpoints are the store's (see wal)."""
    conn.execute(f"PRAGMA busy_timeout = {lockwait.SLICE_MS}")
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA cache_size = -32000")
    conn.execute("PRAGMA wal_autocheckpoint = 0")


def connect_read_only(path: Path, *, immutable: bool) -> ProjectConnection:
    """A connection that can only read `path` (a read-only file, folder or mount).

    `immutable` reads the main file alone, creating no -wal or -shm beside it:
    right for a folder nobody can write to, where no log can exist.
    """
    flags = "mode=ro&immutable=1" if immutable else "mode=ro"
    conn = sqlite3.connect(
        f"{path.resolve().as_uri()}?{flags}",
        uri=True,
        isolation_level=None,
        check_same_thread=False,
        factory=ProjectConnection,
    )
    conn.path = path
    conn.lock = threading.RLock()
    conn.read_only = True
    conn.execute(f"PRAGMA busy_timeout = {lockwait.SLICE_MS}")
    return conn


def _path_of(conn: sqlite3.Connection) -> Path | None:
    return getattr(conn, "path", None)


def _before_write(conn: sqlite3.Connection) -> None:
    """Refuse a write the file cannot take, before anything is written."""
    if getattr(conn, "read_only", False):
        reason = getattr(conn, "read_only_reason", "") or message("it is open only for reading")
        raise ReadOnlyProjectError(
            "{file} cannot be changed: {reason}. Nothing was changed; to edit, save a "
            "copy in a folder you can write to (in the window: File ▸ Save project as…).",
            file=_path_of(conn),
            reason=reason,
        )
    guard = getattr(conn, "guard", None)
    if guard is not None:
        guard.check()
    watch = getattr(conn, "schema_watch", None)
    if watch is not None:
        watch.check(conn)


@contextmanager
def transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """BEGIN IMMEDIATE ... COMMIT, or a SAVEPOINT when already inside one.

    Before it begins, the file is checked (read-only, deleted or replaced
    while open); a lock held by another program is waited for (see lockwait).
    A full disk, an I/O error or a damaged page during the transaction or its
    COMMIT rolls it back and raises the AnnotatorError that says so.
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
    _before_write(conn)
    lockwait.begin_immediate(conn, getattr(conn, "wait", lockwait.DEFAULT), _path_of(conn))
    try:
        stamp_if_due(conn)
        yield conn
        conn.execute("COMMIT")
        if isinstance(conn, ProjectConnection):
            conn.stamp_due = False
            conn.commits += 1
    except BaseException as exc:
        _roll_back(conn, exc)
        raise
    after = getattr(conn, "after_commit", None)
    if after is not None:
        after(conn)


def _roll_back(conn: sqlite3.Connection, exc: BaseException) -> None:
    """Undo the transaction; raise what a user should see for an error about the file."""
    if conn.in_transaction:
        # The error says what happened; SQLite rolls back on its own after some.
        with contextlib.suppress(sqlite3.Error):
            conn.execute("ROLLBACK")
    if isinstance(exc, sqlite3.Error):
        friendly = translate(exc, _path_of(conn))
        if friendly is not None:
            raise friendly from exc


__all__ = ["DiskFullError", "ProjectConnection", "connect", "transaction"]
