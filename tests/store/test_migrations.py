"""Upgrading older project files: named migrations, one transaction each, backup first."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from annotator.core.errors import NotAProjectError
from annotator.store import create_project, open_project
from annotator.store.migrations import MIGRATIONS, Migration
from tests.store.helpers import article, write_first_version_article


def _names(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return [row[0] for row in conn.execute("SELECT name FROM migrations ORDER BY id")]
    finally:
        conn.close()


def test_a_first_version_file_is_upgraded_after_a_backup(project_path: Path) -> None:
    with create_project(project_path, migrations=MIGRATIONS[:1]) as old:
        doc = write_first_version_article(old._conn)
        counts = old._conn.execute("SELECT span_count FROM documents").fetchall()
        assert counts == [(0,)]  # v1 had no span counts
    with open_project(project_path) as upgraded:
        assert upgraded.last_backup is not None and upgraded.last_backup.exists()
        assert upgraded.document_rows()[0].span_count == 2
        assert [d for d, _ in upgraded.search("Phan Viet Cuong")] == [doc]
    assert _names(project_path) == [m.name for m in MIGRATIONS]
    assert _names(upgraded.last_backup) == [MIGRATIONS[0].name]
    with open_project(project_path) as again:
        assert again.last_backup is None  # nothing left to migrate, no new backup


def test_a_later_migration_runs_once_and_is_recorded(project_path: Path) -> None:
    calls: list[str] = []

    def add_column(conn: sqlite3.Connection) -> None:
        # The gate also applies applied migrations to an in-memory database to
        # know the schema they make; count only the runs on the file itself.
        if conn.execute("PRAGMA database_list").fetchone()[2]:
            calls.append("ran")
        conn.execute("ALTER TABLE documents ADD COLUMN reviewer TEXT")

    newer = (*MIGRATIONS, Migration("0099_document_reviewer", add_column))
    create_project(project_path).close()
    with open_project(project_path, migrations=newer) as upgraded:
        columns = [row[1] for row in upgraded._conn.execute("PRAGMA table_info(documents)")]
        assert "reviewer" in columns and upgraded.last_backup is not None
    open_project(project_path, migrations=newer).close()
    assert calls == ["ran"]
    with pytest.raises(NotAProjectError, match="newer version"):
        open_project(project_path)  # this program does not know 0099


def test_a_failing_migration_leaves_the_project_as_it_was(project_path: Path) -> None:
    def broken(conn: sqlite3.Connection) -> None:
        conn.execute("ALTER TABLE documents ADD COLUMN half_done TEXT")
        raise sqlite3.OperationalError("disk full in the middle")

    with create_project(project_path) as created:
        created.add_document(article())
    with pytest.raises(sqlite3.OperationalError):
        open_project(project_path, migrations=(*MIGRATIONS, Migration("0099_broken", broken)))
    with open_project(project_path) as reopened:
        columns = [row[1] for row in reopened._conn.execute("PRAGMA table_info(documents)")]
        assert "half_done" not in columns
        assert reopened.document_count() == 1
    assert _names(project_path) == [m.name for m in MIGRATIONS]
