"""Item 17: while another program holds the write lock, we wait with progress, then say so clearly.

Before, "database is locked" came as a raw error after 5 s while another
process imported a large file.
"""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from click.testing import CliRunner

from annotator.cli import cli, failures
from annotator.core.operations import AddSpan
from annotator.store import open_project
from annotator.store.errors import ProjectLockedError
from annotator.store.lockwait import LockWait
from tests.reliability.processes import hold_write_lock, new_project, release


def _article(folder: Path) -> Path:
    folder.mkdir()
    (folder / "a.txt").write_text("Bí thư Tỉnh ủy Phan Việt Cường chủ trì hội nghị.\n", "utf-8")
    return folder


def test_a_command_waits_says_so_and_gives_up_clearly(tmp_path: Path, monkeypatch) -> None:
    path = new_project(tmp_path / "p.db")
    articles = _article(tmp_path / "articles")
    monkeypatch.setattr(failures, "LOCK_WAIT_SECONDS", 2.0)
    holder = hold_write_lock(path)
    try:
        result = CliRunner().invoke(cli, ["import", "--quiet", str(path), str(articles)])
    finally:
        release(holder)
    assert result.exit_code == 1 and isinstance(result.exception, SystemExit)
    assert "Traceback" not in result.output
    assert "Waiting for another program to finish writing" in result.output
    assert "kept" in result.output and "locked for 2 s" in result.output
    with open_project(path) as project:
        assert project.document_count() == 1  # nothing half-imported


def test_a_command_goes_on_once_the_lock_is_released(tmp_path: Path) -> None:
    path = new_project(tmp_path / "p.db")
    articles = _article(tmp_path / "articles")
    holder = hold_write_lock(path)
    threading.Timer(1.5, release, (holder,)).start()
    result = CliRunner().invoke(cli, ["import", "--quiet", str(path), str(articles)])
    assert result.exit_code == 0, result.output
    assert "Waiting for another program" in result.output
    with open_project(path) as project:
        assert project.document_count() == 2


def test_an_edit_reports_its_wait_and_can_be_cancelled(tmp_path: Path) -> None:
    path = new_project(tmp_path / "p.db")
    waits: list[float] = []

    def report(waited: float, limit: float) -> bool:
        waits.append(waited)
        return waited < 1.0  # the user presses Cancel after a second

    with open_project(path, wait=LockWait(limit=30, report=report)) as project:
        session = project.session()
        doc = project.document_ids()[0]
        holder = hold_write_lock(path)
        try:
            with pytest.raises(ProjectLockedError, match="not saved"):
                session.apply(AddSpan(doc, 0, 3, "PER"))
        finally:
            release(holder)
        assert len(waits) >= 2 and waits == sorted(waits)
        assert project.spans(doc) == []
        session.apply(AddSpan(doc, 0, 3, "PER"))  # and once it is free, edits go in
        assert len(project.spans(doc)) == 1
