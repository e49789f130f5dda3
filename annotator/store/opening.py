"""Opening project files. Every open (command line and window alike) comes here.

Creating a new file is store.creating.

The order matters: the header and the main file's own records are read
without trusting the file (store.filefacts); the `-wal` beside it is judged
before SQLite may apply it (store.wal); the connection is hardened and the
schema checked before any statement that could run code stored in the file
(store.gate); only then come pragmas, migrations and the first checkpoint.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Literal

from annotator.core.errors import NotAProjectError
from annotator.core.messages import Message, message, template
from annotator.store import gate, lockwait, wal
from annotator.store import migrations_storage as storage
from annotator.store.checkpoints import LogKeeper, checkpoint
from annotator.store.connection import (
    FORMAT_NAME,
    ProjectConnection,
    connect,
    connect_read_only,
    use_project_pragmas,
)
from annotator.store.errors import (
    ReadOnlyProjectError,
    disk_trouble,
    raise_translated,
)
from annotator.store.filefacts import FileFacts, read_file_facts
from annotator.store.fileguard import FileGuard
from annotator.store.migrations import (
    MIGRATIONS,
    Migration,
    backup_file,
    pending_migrations,
    remove_stale_backups,
    run_migrations,
)
from annotator.store.project import Project
from annotator.store.trial import broken_log_notice, judge_log, log_breaks_file

# write: edit the project (refused if the file cannot be written);
# read: only read it (info, export), never changing its bytes;
# auto: edit if the file can be written, else read and say so (the window).
Access = Literal["write", "read", "auto"]


def writable(path: Path) -> Message | None:
    """None if the file and its folder can be written, else why not (in words)."""
    folder = path.parent if str(path.parent) else Path(".")
    if not os.access(folder, os.W_OK):
        return message("its folder is read-only (or on a read-only disk)")
    if not os.access(path, os.W_OK):
        return message("the file is read-only")
    return None


def open_project(
    path: str | Path,
    annotator: str | None = None,
    *,
    migrations: Sequence[Migration] = MIGRATIONS,
    access: Access = "write",
    wait: lockwait.LockWait | None = None,
) -> Project:
    """Open an existing project; a foreign, unsafe or damaged file is refused untouched.

    If the file needs migrating, a backup copy is written beside it first
    (`Project.last_backup` names it). `Project.notices` lists what the user
    should be told (a log set aside, a read-only file opened for reading).
    """
    target = Path(path)
    facts = read_file_facts(target)
    reason = writable(target)
    if reason and access == "write":
        raise _not_editable(target, reason)
    notices: list[str | Message] = []
    ignore_log = _judge_log(target, facts, can_move=not reason, notices=notices)
    args = (tuple(migrations), wait)
    try:
        conn, backup = _connect(target, reason, ignore_log, access, notices, *args)
    except sqlite3.Error as exc:
        if not reason and log_breaks_file(target, exc):
            notices.append(broken_log_notice(target, wal.set_aside(target)))
            conn, backup = _connect(target, reason, False, access, notices, *args)
        elif access == "write" or not disk_trouble(exc) or wal.wal_path(target).exists():
            raise_translated(exc, target)
            raise
        else:
            # A full disk cannot take SQLite's working files; the file alone can still be read.
            notices.append(message(_FULL_DISK_READ, name=target.name))
            conn, backup = _connect(target, message("the disk is full"), True, "read", [], *args)
    project = Project(conn, target, annotator)
    project.last_backup = backup
    project.read_only = conn.read_only
    project.notices = notices
    return project


def _not_editable(target: Path, reason: Message) -> ReadOnlyProjectError:
    """Why a file that cannot be written to is not opened for editing, and what to do."""
    return ReadOnlyProjectError(
        "{target} cannot be opened for editing: {reason}. Nothing was changed. Copy it "
        "to a folder you can write to, or open it only to read and export.",
        target=target,
        reason=reason,
    )


_FULL_DISK_READ = template(
    "The disk holding {name} is full, so SQLite cannot create its working files beside it; "
    "the project is open for reading only, as its file says."
)


def _connect(
    target: Path,
    reason: Message | None,
    ignore_log: bool,
    access: Access,
    notices: list[str | Message],
    migrations: tuple[Migration, ...],
    wait: lockwait.LockWait | None,
) -> tuple[ProjectConnection, Path | None]:
    """Connect and prepare; on failure, nothing this attempt created is left beside the file."""
    before = {p for p in (wal.wal_path(target), wal.shm_path(target)) if p.exists()}
    conn = _open_reading(target, reason, ignore_log, notices) if reason else connect(target)
    conn.wait = wait or lockwait.DEFAULT
    wal.opened_here(target)
    try:
        return conn, _prepare(conn, target, migrations, access)
    except BaseException:
        conn.close()
        wal.closed_here(target)
        _remove_new_sidecars(target, before)
        raise


def _remove_new_sidecars(target: Path, before: set[Path]) -> None:
    """Remove an empty -wal and its -shm that a failed open created (nobody else uses them)."""
    log = wal.wal_path(target)
    if log in before or wal.in_use(target):
        return
    with contextlib.suppress(OSError):
        if log.stat().st_size == 0:
            log.unlink()
    if not log.exists() and wal.shm_path(target) not in before:
        with contextlib.suppress(FileNotFoundError):
            wal.shm_path(target).unlink()


def _judge_log(
    target: Path, facts: FileFacts, *, can_move: bool, notices: list[str | Message]
) -> bool:
    """Set a foreign log aside (or, where nothing can move, decide to ignore it)."""
    if wal.open_here(target):
        return False  # the live log of this program's own session (the guard watches it)
    verdict = judge_log(target, facts)
    if verdict.kind != "foreign":
        return False
    if wal.in_use(target):
        _look_again(target)
        return False
    if not can_move:
        notices.append(
            message(
                "The recovery log {log} beside {project} does not belong to it ({reason}); it was "
                "ignored, and the project is shown as its file says.",
                log=wal.wal_path(target).name,
                project=target.name,
                reason=verdict.reason,
            )
        )
        return True
    moved = wal.set_aside(target)
    notices.append(
        message(
            "The recovery log {log} beside {project} did not belong to it: {reason}. Applying "
            "it would have damaged the project, so it was moved to {moved} and not applied; "
            "{project} is exactly as its file says. If you restored this file from a copy on "
            "purpose, nothing more is needed.",
            log=wal.wal_path(target).name,
            project=target.name,
            reason=verdict.reason,
            moved=moved.name,
        )
    )
    return False


def _look_again(target: Path) -> None:
    """Another program is writing: its checkpoint may have been half-read, so judge the log
    again; refuse the project if it still looks foreign, as nothing may move under that program."""
    time.sleep(0.1)
    verdict = judge_log(target, read_file_facts(target))
    if verdict.kind == "foreign":
        raise ReadOnlyProjectError(
            "{target} is open in another program, but the recovery log beside it ({log}) "
            "does not belong to it: {reason}. Close the other program, then open the project "
            "again.",
            target=target,
            log=wal.wal_path(target).name,
            reason=verdict.reason,
        )


def _open_reading(
    target: Path, reason: Message | None, ignore_log: bool, notices: list[str | Message]
) -> ProjectConnection:
    """A read-only connection; ignores a log that cannot be read from a read-only folder."""
    has_log = wal.wal_path(target).exists() and not ignore_log
    conn = connect_read_only(target, immutable=not has_log)
    if has_log:
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlite3.Error:
            conn.close()
            conn = connect_read_only(target, immutable=True)
            notices.append(
                message(
                    "{project} has recent edits in {log} that cannot be read from a read-only folder; "
                    "the project is shown without them. Copy both files to a folder you can write "
                    "to, and open the copy, to get them back.",
                    project=target.name,
                    log=wal.wal_path(target).name,
                )
            )
    conn.read_only_reason = reason or ""
    notices.append(
        message(
            "{project} is open for reading only: {reason}. Edits cannot be saved; to edit, save "
            "a copy in a folder you can write to (in the window: File ▸ Save project as…).",
            project=target.name,
            reason=reason,
        )
    )
    return conn


def _prepare(
    conn: ProjectConnection, target: Path, migrations: tuple[Migration, ...], access: Access
) -> Path | None:
    """The gate, then pragmas, migrations and the first checkpoint of a writable file."""
    gate.harden(conn)
    with gate.time_limit(conn):
        gate.check_schema(conn, target, migrations)
        if conn.execute("SELECT value FROM project_meta WHERE key = 'format'").fetchone() != (
            FORMAT_NAME,
        ):
            raise NotAProjectError("{target} is not an annotation project.", target=target)
    if conn.read_only:
        gate.trust_checked(conn)
        conn.execute("PRAGMA trusted_schema = OFF")  # nothing of ours needs it to read
        if pending_migrations(conn, migrations, target):
            raise ReadOnlyProjectError(
                "{target} was made by an older version and must be upgraded before it can be "
                "read, which needs write access ({read_only_reason}). Copy it to a folder you "
                "can write to and open the copy.",
                target=target,
                read_only_reason=conn.read_only_reason,
            )
        return None
    gate.trust_checked(conn)
    use_project_pragmas(conn)
    backup = None
    if access != "read" or pending_migrations(conn, migrations, target):
        backup = _upgrade_and_guard(conn, target, migrations)
    if access == "read":  # info, export: nothing of the file changes (beyond an upgrade)
        conn.read_only = True
        conn.read_only_reason = message("it was opened only to read")
        conn.execute("PRAGMA query_only = ON")
    return backup


def _upgrade_and_guard(
    conn: ProjectConnection, target: Path, migrations: tuple[Migration, ...]
) -> Path | None:
    remove_stale_backups(target)
    pending = pending_migrations(conn, migrations, target)
    backup = backup_file(conn, target, pending[0].name) if pending else None
    run_migrations(conn, pending)
    storage.reclaim_space(conn, [m.name for m in pending])
    checkpoint(conn, truncate=True)
    number = int(conn.execute("PRAGMA user_version").fetchone()[0])
    conn.guard = FileGuard.of(target, number)
    conn.schema_watch = gate.SchemaWatch(conn, target, migrations)
    conn.after_commit = LogKeeper(conn, conn.lock)
    return backup
