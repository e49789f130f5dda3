"""Creating and opening project files; foreign files are refused untouched."""

from __future__ import annotations

import hashlib
import os
import sqlite3
from pathlib import Path

import pytest

from annotator.core.errors import NotAProjectError, OperationError
from annotator.store import create_project, open_project
from annotator.store.connection import APPLICATION_ID, FORMAT_NAME


def _fingerprint(path: Path) -> tuple[str, int, list[str]]:
    """Bytes, mtime and the folder listing: anything a write would change."""
    digest = hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() else "dir"
    return digest, path.stat().st_mtime_ns, sorted(os.listdir(path.parent))


def _foreign_sqlite(path: Path, *, wal: bool) -> Path:
    conn = sqlite3.connect(path)
    if wal:
        conn.execute("PRAGMA journal_mode = DELETE")
    conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
    conn.execute("INSERT INTO notes (body) VALUES ('giữ nguyên')")
    conn.commit()
    conn.close()
    return path


def _sqlite_with_meta(path: Path) -> Path:
    """Another program's database that even has a project_meta table."""
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE project_meta (key TEXT PRIMARY KEY, value TEXT)")
    conn.execute("INSERT INTO project_meta VALUES ('format', 'something-else')")
    conn.commit()
    conn.close()
    return path


def _corrupt_project(path: Path) -> Path:
    create_project(path).close()
    data = bytearray(path.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)  # keep the header, wreck the schema page
    path.write_bytes(bytes(data))
    return path


FOREIGN = {
    "other_sqlite": lambda p: _foreign_sqlite(p, wal=False),
    "other_sqlite_same_table": _sqlite_with_meta,
    "text_file": lambda p: (p.write_text("Ông Nguyễn Văn A\n", encoding="utf-8"), p)[1],
    "empty_file": lambda p: (p.write_bytes(b""), p)[1],
    "short_header": lambda p: (p.write_bytes(b"SQLite format 3\x00abc"), p)[1],
    "garbage_after_header": lambda p: (p.write_bytes(b"SQLite format 3\x00" + b"\x01" * 5000), p)[
        1
    ],
    "corrupt_project": _corrupt_project,
}


@pytest.mark.parametrize("kind", sorted(FOREIGN))
def test_foreign_file_is_refused_and_left_unchanged(tmp_path: Path, kind: str) -> None:
    path = FOREIGN[kind](tmp_path / "input.db")
    before = _fingerprint(path)
    with pytest.raises(NotAProjectError) as caught:
        open_project(path)
    assert str(path) in str(caught.value)
    assert _fingerprint(path) == before


def test_directory_and_missing_path_are_refused(tmp_path: Path) -> None:
    folder = tmp_path / "folder.db"
    folder.mkdir()
    with pytest.raises(NotAProjectError, match="folder"):
        open_project(folder)
    assert os.listdir(folder) == []
    with pytest.raises(NotAProjectError, match="no project"):
        open_project(tmp_path / "missing.db")
    assert not (tmp_path / "missing.db").exists()


def test_create_refuses_an_existing_file(tmp_path: Path) -> None:
    path = tmp_path / "keep.txt"
    path.write_text("dữ liệu", encoding="utf-8")
    with pytest.raises(OperationError, match="already exists"):
        create_project(path)
    assert path.read_text(encoding="utf-8") == "dữ liệu"


def test_project_file_is_marked_and_uses_durable_pragmas(project, project_path: Path) -> None:
    with project_path.open("rb") as handle:
        header = handle.read(100)
    assert header.startswith(b"SQLite format 3\x00")
    assert int.from_bytes(header[68:72], "big") == APPLICATION_ID
    conn = project._conn
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    meta = dict(conn.execute("SELECT key, value FROM project_meta"))
    assert meta["format"] == FORMAT_NAME


def test_reopen_keeps_schema_and_annotator_override(project_path: Path) -> None:
    create_project(project_path, annotator="lan").close()
    reopened = open_project(project_path, annotator="minh")
    try:
        assert reopened.annotator == "minh"
        assert reopened.schema().label_names()[:2] == ["PER", "ROLE"]
        assert reopened.last_backup is None
    finally:
        reopened.close()


def test_default_annotator_is_the_os_user(project_path: Path) -> None:
    import getpass

    with create_project(project_path) as created:
        assert created.annotator == getpass.getuser()
