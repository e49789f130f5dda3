"""File ▸ Save a copy…: a consistent copy of the open project, and the window stays on it.

A byte copy of the open file taken while edits go on can catch a checkpoint
mid-write; the copy the window makes goes through SQLite's backup API.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from annotator.core.model import SourceDocument
from annotator.core.operations import AddSpan
from annotator.gui import file_safety
from annotator.store import create_project


def _count(path: Path) -> int:
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro&immutable=1", uri=True)
    try:
        return int(conn.execute("SELECT count(*) FROM annotations").fetchone()[0])
    finally:
        conn.close()


def test_save_a_copy_holds_the_last_edit_and_the_window_stays(make_window, tmp_path):
    path = tmp_path / "p.db"
    with create_project(path, annotator="t") as project:
        project.add_document(SourceDocument(text="Ông Phan Việt Cường chủ trì hội nghị."))
    window = make_window(path)
    doc = window.project.document_ids()[0]
    window.project.session().apply(AddSpan(doc, 4, 19, "PER"))
    copy = tmp_path / "usb" / "p-copy.db"
    copy.parent.mkdir()
    assert file_safety.save_copy(window, copy)
    assert _count(copy) == 1  # the copy alone, without any log, holds the edit
    assert sorted(p.name for p in copy.parent.iterdir()) == ["p-copy.db"]
    assert window.context is not None and window.context.path == path
    assert window.status.currentMessage().startswith("Copy saved; you are still working")
    window.project.session().apply(AddSpan(doc, 0, 3, "ROLE"))  # the window still edits its own
    assert _count(copy) == 1


def test_save_a_copy_never_overwrites_a_file(make_window, tmp_path):
    path = tmp_path / "p.db"
    create_project(path, annotator="t").close()
    window = make_window(path)
    taken = tmp_path / "taken.db"
    taken.write_bytes(b"someone's file")
    assert not file_safety.save_copy(window, taken)
    assert taken.read_bytes() == b"someone's file"


def test_the_file_menu_offers_save_a_copy(make_window, tmp_path):
    path = tmp_path / "p.db"
    create_project(path, annotator="t").close()
    window = make_window(path)
    file_menu = window.menuBar().actions()[0].menu()
    texts = [a.text() for a in file_menu.actions()]
    assert "Save a &copy…" in texts and window.commands.save_copy.isEnabled()
