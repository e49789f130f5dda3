"""Creating a project file: refuse to overwrite anything, build it whole or leave nothing.

Apart from opening (store.opening) because a new file is trusted from the start:
it has no log to judge and no schema to gate, only a folder to check and, on
failure, leftovers to remove so the retry is not blocked.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import time
from collections.abc import Sequence
from pathlib import Path

from annotator.core.errors import OperationError
from annotator.core.resources import default_schema
from annotator.core.schema import LabelSchema
from annotator.store import gate, wal
from annotator.store.checkpoints import LogKeeper, checkpoint
from annotator.store.connection import (
    FORMAT_NAME,
    ProjectConnection,
    connect,
    transaction,
    use_project_pragmas,
)
from annotator.store.errors import (
    DiskError,
    DiskFullError,
    ReadOnlyProjectError,
    disk_trouble,
    raise_translated,
)
from annotator.store.fileguard import FileGuard
from annotator.store.migrations import MIGRATIONS, Migration, ensure_bookkeeping, run_migrations
from annotator.store.project import Project, put_schema


def create_project(
    path: str | Path,
    schema: LabelSchema | None = None,
    annotator: str | None = None,
    *,
    migrations: Sequence[Migration] = MIGRATIONS,
) -> Project:
    """Create a new project file; refuses to overwrite anything and leaves nothing on failure."""
    target = Path(path)
    schema = schema or default_schema()
    schema.check()
    if target.exists():
        raise OperationError(
            "{target} already exists; choose a new file name for the project.", target=target
        )
    if not target.parent.is_dir():
        raise OperationError("the folder {parent} does not exist.", parent=target.parent)
    if not os.access(target.parent, os.W_OK):
        raise ReadOnlyProjectError(
            "{target} cannot be created: its folder is read-only (or on a read-only disk).",
            target=target,
        )
    notices = _clear_orphan_log(target)
    conn: ProjectConnection | None = None
    try:
        conn = connect(target, new=True)
        wal.opened_here(target)
        project = _build(conn, target, schema, annotator, tuple(migrations))
    except BaseException as exc:
        _abandon(conn, target, exc)
        raise
    project.notices = notices
    return project


def _abandon(conn: ProjectConnection | None, target: Path, exc: BaseException) -> None:
    """A project that could not be made whole leaves nothing (it would block the retry)."""
    if conn is not None:
        conn.close()
        wal.closed_here(target)
    for leftover in (target, wal.wal_path(target), wal.shm_path(target)):
        with contextlib.suppress(FileNotFoundError):
            os.unlink(leftover)
    if isinstance(exc, DiskFullError | DiskError) or (
        isinstance(exc, sqlite3.Error) and disk_trouble(exc)
    ):
        raise DiskFullError(
            "{target} could not be created: the disk is full (or a file size limit was "
            "reached). Nothing was left behind; free some space and create it again.",
            target=target,
        ) from exc
    raise_translated(exc, target)


def _build(
    conn: ProjectConnection,
    target: Path,
    schema: LabelSchema,
    annotator: str | None,
    migrations: tuple[Migration, ...],
) -> Project:
    gate.trust_checked(conn)
    use_project_pragmas(conn)
    with transaction(conn):
        ensure_bookkeeping(conn)
        conn.executemany(
            "INSERT INTO project_meta (key, value) VALUES (?, ?)",
            [("format", FORMAT_NAME), ("created", str(time.time())), ("format_version", "0")],
        )
    run_migrations(conn, migrations)
    put_schema(conn, schema)
    checkpoint(conn, truncate=True)  # the file holds everything from the start
    number = int(conn.execute("PRAGMA user_version").fetchone()[0])
    conn.guard = FileGuard.of(target, number)
    conn.schema_watch = gate.SchemaWatch(conn, target, migrations)
    conn.after_commit = LogKeeper(conn, conn.lock)
    return Project(conn, target, annotator)


def _clear_orphan_log(target: Path) -> list[str]:
    """A `-wal` left where no project file is (the project was deleted) is set aside."""
    if not wal.wal_path(target).exists() or wal.in_use(target):
        return []
    moved = wal.set_aside(target)
    return [
        f"An old recovery log {wal.wal_path(target).name} was left where no project file was "
        f"(its project was deleted or moved); it was moved to {moved.name} so the new project "
        "starts clean."
    ]
