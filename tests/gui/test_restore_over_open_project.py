# ruff: noqa: F811 (the GUI fixtures are imported by name, then requested as arguments)
"""A recovery log that would damage its project is set aside, and the project opens as its file is.

In the real window: a lead copied last week's backup over the project while
the window was open (same name, same inode). The window's last write went
into a log built on pages it had read from the file before, whose stamp
named the restored file as its parent. The next opening applied that log and
refused the project as damaged ("restore it from a backup"), though the file
itself was exactly the backup. Here such a log is made from another
project's log, with the stamp check answering "ours", as it did then.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from annotator.core.model import SourceDocument
from annotator.store import create_project, wal
from tests.gui.conftest import make_window, private_settings  # noqa: F401 (fixtures)


def _article(i: int) -> SourceDocument:
    body = " ".join(f"Câu số {i}.{j} nói về Quốc hội và Chính phủ." for j in range(60))
    return SourceDocument(text=f"Bài {i}\n{body}", title=f"Bài {i}")


def _project(path: Path, count: int) -> Path:
    project = create_project(path)
    for i in range(count):
        project.add_document(_article(i))
    project.close()
    return path


def _log_of_other_state(other: Path) -> bytes:
    """A committed log of `other`, taken before any checkpoint copies it into the file."""
    conn = sqlite3.connect(other, isolation_level=None)
    conn.execute("PRAGMA wal_autocheckpoint=0")
    conn.execute("BEGIN IMMEDIATE")
    conn.execute("DELETE FROM documents WHERE id > 3")
    conn.execute("UPDATE settings SET value = value")
    conn.execute("COMMIT")
    data = wal.wal_path(other).read_bytes()
    conn.close()
    return data


def test_a_log_that_would_damage_the_project_is_set_aside(
    qtbot, make_window, tmp_path: Path, monkeypatch
) -> None:
    path = _project(tmp_path / "project.db", 2)
    log = _log_of_other_state(_project(tmp_path / "other.db", 120))
    assert log
    wal.wal_path(path).write_bytes(log)
    monkeypatch.setattr("annotator.store.opening.judge_log", lambda *_args: wal.OURS)
    window = make_window(path)
    assert window.project is not None and window.project.document_count() == 2
    warning = window.last_warning.text()
    assert "project.db-wal" in warning and "moved to" in warning, warning
    window.close()
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
        assert conn.execute("SELECT count(*) FROM documents").fetchone()[0] == 2
    kept = list(tmp_path.glob("project.db-wal.set-aside-*"))
    assert len(kept) == 1 and kept[0].read_bytes() == log
