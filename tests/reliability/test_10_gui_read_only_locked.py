# ruff: noqa: F811 (the GUI fixtures are imported by name, then requested as arguments)
"""Item 10: the window opens a read-only or a locked project, and says what is going on.

Before, the GUI failed to start or open a project with an uncaught
`sqlite3.OperationalError` when the file or folder was read-only, or while
another process held the write lock. These tests start the real main window.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from PySide6.QtWidgets import QPushButton

from annotator.core.operations import SetStatus
from annotator.gui import file_safety
from annotator.store import open_project
from tests.gui.conftest import make_window, private_settings  # noqa: F401 (fixtures)
from tests.gui.helpers import drag_select, stop_waiting_for_the_lock, visible_message_box
from tests.reliability.filesystems import read_only
from tests.reliability.processes import hold_write_lock, new_project, release


def _count(path: Path, sql: str) -> int:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    try:
        return int(conn.execute(sql).fetchone()[0])
    finally:
        conn.close()


def _label_first_word(qtbot, window) -> None:
    doc_id = window.project.document_ids()[0]
    window.open_document(doc_id)
    qtbot.waitUntil(lambda: window.editor.document_id() == doc_id)
    drag_select(qtbot, window.editor, 0, 3)
    qtbot.keyClick(window.editor, "1")  # PER


def test_a_read_only_project_opens_for_reading_and_refuses_edits_clearly(
    qtbot, make_window, tmp_path
) -> None:
    folder = tmp_path / "cd"
    folder.mkdir()
    path = new_project(folder / "p.db", documents=2)
    with read_only(folder):
        window = make_window(path)
        assert window.context is not None and window.project.read_only
        assert "(read-only)" in window.windowTitle()
        box = visible_message_box(qtbot, "open for reading only")
        box.accept()
        assert window.documents.model.rowCount() == 2
        _label_first_word(qtbot, window)
        refused = visible_message_box(qtbot, "cannot be changed")
        assert refused.windowTitle() == "Your change was not saved"
        assert any(b.text() == "Save as…" for b in refused.findChildren(QPushButton))
        refused.reject()
        window.close_project()
    assert _count(path, "SELECT count(*) FROM annotations") == 0
    assert sorted(p.name for p in folder.iterdir()) == ["p.db"]


def test_a_locked_project_shows_the_wait_and_a_clear_message(qtbot, make_window, tmp_path) -> None:
    path = new_project(tmp_path / "p.db")  # made by annotator "t": the window's user is new
    holder = hold_write_lock(path)
    try:
        window = make_window(None)
        from PySide6.QtCore import QTimer

        waits: list = []
        QTimer.singleShot(
            0, lambda: waits.append(stop_waiting_for_the_lock(qtbot, "Stop waiting").labelText())
        )
        assert window.open_project_path(path) is False
        assert waits and "Another program is writing" in waits[0]
        box = visible_message_box(qtbot, "locked")
        assert "was not saved" in box.text() and window.context is None
        box.accept()
    finally:
        release(holder)
    assert window.open_project_path(path) is True  # once the other program is done
    window.close_project()


def test_an_edit_on_a_locked_project_waits_then_says_so(qtbot, make_window, tmp_path, monkeypatch):
    path = new_project(tmp_path / "p.db")
    with open_project(path) as project:  # the window's user has worked here before
        project.session().apply(SetStatus(project.document_ids()[0], "in_progress"))
    monkeypatch.setattr(file_safety, "LOCK_WAIT_SECONDS", 2.0)
    window = make_window(path)
    holder = hold_write_lock(path)
    try:
        _label_first_word(qtbot, window)
        box = visible_message_box(qtbot, "locked for 2 s")
        assert box.windowTitle() == "Your change was not saved"
        box.accept()
    finally:
        release(holder)
    assert _count(path, "SELECT count(*) FROM annotations") == 0
    _label_first_word(qtbot, window)  # free again: the same edit is saved
    qtbot.waitUntil(lambda: _count(path, "SELECT count(*) FROM annotations") == 1)
    window.close_project()
