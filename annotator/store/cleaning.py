"""A cleaned copy of a project file that the gate refused: its data, without foreign SQL.

The copy is made page by page (SQLite's backup API runs nothing stored in
the file). Then, in the copy only, every schema entry the migrations do not
create is deleted from sqlite_master directly (so no DROP runs a foreign
virtual-table module), entries of ours that were redefined get their own
definition back, the copy is rebuilt (VACUUM) and checked, and the gate must
accept it. A table of ours whose columns were changed cannot be cleaned this
way: the copy is refused.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Sequence
from pathlib import Path

from annotator.core.errors import OperationError
from annotator.store import gate
from annotator.store.errors import UnsafeProjectError, damaged
from annotator.store.filefacts import read_file_facts
from annotator.store.migrations import MIGRATIONS, Migration


def clean_copy(
    source: str | Path, target: str | Path, *, migrations: Sequence[Migration] = MIGRATIONS
) -> list[str]:
    """Write `source` without foreign SQL to the new file `target`; what was removed or restored."""
    source, target = Path(source), Path(target)
    read_file_facts(source)
    if target.exists():
        raise OperationError(
            "{target} already exists; choose a new file name for the copy.", target=target
        )
    try:
        _copy_pages(source, target)
        changes = _clean(target, source, tuple(migrations))
    except BaseException:
        for leftover in (
            target,
            Path(f"{target}-wal"),
            Path(f"{target}-shm"),
            Path(f"{target}-journal"),
        ):
            with contextlib.suppress(FileNotFoundError):
                os.unlink(leftover)
        raise
    return changes


def _copy_pages(source: Path, target: Path) -> None:
    src = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    dest = sqlite3.connect(str(target))
    try:
        gate.harden(src)
        src.backup(dest)
    finally:
        src.close()
        dest.close()


def _clean(target: Path, source: Path, known: tuple[Migration, ...]) -> list[str]:
    conn = sqlite3.connect(str(target), isolation_level=None)
    try:
        conn.execute("PRAGMA journal_mode = DELETE")
        conn.execute("PRAGMA trusted_schema = OFF")
        gate.check_bookkeeping(gate.read_master(conn), source)  # before `migrations` is read
        applied = gate.applied_migrations(conn, known, source)
        expected = {(k, n): (t, sql) for k, n, t, sql in gate.expected_definitions(applied)}
        changes = _rewrite_master(conn, expected, source)
        conn.execute("VACUUM")
        verdict = conn.execute("PRAGMA integrity_check").fetchone()[0]
        if verdict != "ok":
            raise damaged(target, f"the cleaned copy does not check out: {verdict}")
        conn.execute("PRAGMA journal_mode = WAL")
        gate.check_schema(conn, target, known)
    finally:
        conn.close()
    return changes


def _rewrite_master(
    conn: sqlite3.Connection, expected: dict[tuple[str, str], tuple[str, str]], source: Path
) -> list[str]:
    rows = conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master").fetchall()
    present = {(str(k), str(n)) for k, n, _, _ in rows}
    changes: list[str] = []
    conn.execute("PRAGMA writable_schema = ON")
    conn.execute("BEGIN")
    for kind, name, table, sql in rows:
        key = (str(kind), str(name))
        if str(name).startswith("sqlite_"):
            continue  # SQLite's own (statistics, sequences, automatic indexes)
        if key not in expected:
            conn.execute("DELETE FROM sqlite_master WHERE type = ? AND name = ?", key)
            changes.append(f"removed {kind} {name}")
        elif gate.normal((kind, name, table, sql)) != gate.normal((kind, name, *expected[key])):
            if kind == "table":
                conn.execute("ROLLBACK")
                raise UnsafeProjectError(
                    "{source}: the table {name} was redefined, so its data cannot be trusted to fit; "
                    "no clean copy can be made. Ask whoever sent the file for another copy.",
                    source=source,
                    name=name,
                )
            conn.execute(
                "UPDATE sqlite_master SET sql = ? WHERE type = ? AND name = ?",
                (expected[key][1], kind, name),
            )
            changes.append(f"restored {kind} {name} to its own definition")
    missing = [(k, n) for (k, n) in expected if (k, n) not in present and k != "table"]
    conn.execute("COMMIT")
    conn.execute("PRAGMA writable_schema = OFF")
    for kind, name in missing:
        conn.execute(expected[(kind, name)][1])
        changes.append(f"recreated missing {kind} {name}")
    return changes
