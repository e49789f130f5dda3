"""Item 3, the moments around a checkpoint: a file being copied over the open project.

A copy over the open file (`cp`, a backup restored in place) truncates it and
writes it from the start, with no lock SQLite would see. The log keeper used
to take a file it could not read whole for "cannot tell" and copy the log
into it: a checkpoint landing on a copy just begun wrote this session's pages
into the file being put in place (the last round's flaky
`test_03_replaced_while_open[cp]`). Each test forces one interleaving
deterministically, by doing the other program's step at the exact moment.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from annotator.core.model import SourceDocument
from annotator.core.operations import AddSpan
from annotator.store import checkpoints, open_project
from annotator.store.errors import ProjectGoneError
from tests.reliability.processes import digest, integrity, new_project, open_and_edit


@pytest.fixture(autouse=True)
def no_timer(monkeypatch):
    """Only the checkpoints a test asks for: the keeper's timer would fire an hour later."""
    monkeypatch.setattr(checkpoints, "SETTLE_SECONDS", 3600.0)


def _grow(path: Path, documents: int) -> None:
    with open_project(path) as project:
        for i in range(documents):
            text = " ".join(f"Câu {i}.{j} về Quốc hội." for j in range(40))
            project.add_document(SourceDocument(text=text, title=f"bài thêm {i}"))


def _refused_and_closed(project, session, doc) -> None:
    with pytest.raises(ProjectGoneError, match="overwritten"):
        session.apply(AddSpan(doc, 50, 54, "PER"))
    project.close()


def test_a_file_cut_to_nothing_by_a_copy_just_begun_receives_nothing(tmp_path: Path) -> None:
    path = new_project(tmp_path / "p.db", documents=3)
    other = new_project(tmp_path / "other.db")
    data, expected = other.read_bytes(), digest(other)
    project, session, doc = open_and_edit(path)
    with open(path, "r+b") as copying:  # cp: open with truncation, then write from the start
        copying.truncate(0)
        copying.flush()
        assert not project.settle()  # the keeper's checkpoint at that moment
        assert path.stat().st_size == 0
        copying.write(data)
    _refused_and_closed(project, session, doc)
    assert digest(path) == expected
    assert integrity(path) == "ok"


def _before_its_stamp(older: Path) -> int:
    """How many bytes of `older` a copy has written when it is just short of the stamp's page."""
    conn = sqlite3.connect(f"{older.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    try:
        root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'wal_stamp'")
        size = conn.execute("PRAGMA page_size").fetchone()[0]
        return (int(root.fetchone()[0]) - 1) * int(size)
    finally:
        conn.close()


def test_an_older_copy_caught_before_its_stamp_receives_nothing(tmp_path: Path) -> None:
    path = new_project(tmp_path / "p.db")
    older = tmp_path / "older.db"
    older.write_bytes(path.read_bytes())
    _grow(path, 5)  # the project grew a little since that backup
    data, expected, cut = older.read_bytes(), digest(older), _before_its_stamp(older)
    project, session, doc = open_and_edit(path)
    with open(path, "r+b") as copying:
        copying.truncate(0)
        copying.write(data[:cut])  # its header says this project: only the stamp can tell
        copying.flush()
        assert not project.settle()
        assert path.read_bytes() == data[:cut]
        copying.write(data[cut:])
    _refused_and_closed(project, session, doc)
    assert digest(path) == expected
    assert integrity(path) == "ok"
    with open_project(path) as now:
        assert now.document_count() == 1 and now.spans(doc) == []


def test_a_close_during_a_copy_leaves_the_log_for_the_next_open_to_judge(tmp_path: Path) -> None:
    """Closing while the file is cut short: no checkpoint into it, the log kept beside it."""
    path = new_project(tmp_path / "p.db")
    older = tmp_path / "older.db"
    older.write_bytes(path.read_bytes())
    _grow(path, 5)
    data, cut = older.read_bytes(), _before_its_stamp(older)
    project, _session, _doc = open_and_edit(path)
    with open(path, "r+b") as copying:
        copying.truncate(0)
        copying.write(data[:cut])
        copying.flush()
        project.close()
        assert path.read_bytes() == data[:cut]
        copying.write(data[cut:])
    assert digest(path) == digest(older)
    assert path.with_name("p.db-wal").stat().st_size > 0  # this session's edits, kept
    with open_project(path) as now:  # the log extends a newer state: set aside, not applied
        assert now.document_count() == 1
    assert list(tmp_path.glob("p.db-wal.set-aside-*"))
    assert integrity(path) == "ok"


def test_a_file_moved_in_between_the_check_and_the_checkpoint_receives_nothing(
    tmp_path: Path, monkeypatch
) -> None:
    """SQLite writes through the descriptor it opened: a file renamed onto the path is never it."""
    path = new_project(tmp_path / "p.db")
    other = new_project(tmp_path / "other.db", documents=4)
    expected = digest(other)
    project, session, doc = open_and_edit(path)
    real = checkpoints.checkpoint

    def after_the_check(*args, **kwargs):
        os.replace(other, path)
        return real(*args, **kwargs)

    monkeypatch.setattr(checkpoints, "checkpoint", after_the_check)
    project.settle()
    monkeypatch.setattr(checkpoints, "checkpoint", real)
    assert digest(path) == expected
    with pytest.raises(ProjectGoneError, match="replaced"):
        session.apply(AddSpan(doc, 50, 54, "PER"))
    rescued = project.save_as(tmp_path / "rescued.db")
    project.close()
    assert digest(path) == expected
    with open_project(rescued) as copy:
        assert len(copy.spans(doc)) == 10
