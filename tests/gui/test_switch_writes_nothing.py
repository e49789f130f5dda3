"""Going through documents reads the project file and writes nothing.

Every document opened used to save itself as the place to come back to: a
committed transaction per arrow key, a wait on another program's lock, and,
when a backup had been restored over the open project, a refused write that
used up the window's one notice of it without showing it. The place is now
saved with the linguist's next edit of the document (so a crash still comes
back to the document last worked on) and on closing.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from annotator.gui.reading_position import READING_KEY
from tests.gui.helpers import drag_select


def _file_version(reader: sqlite3.Connection) -> int:
    """Changes whenever another connection commits to the file."""
    return reader.execute("PRAGMA data_version").fetchone()[0]


def _saved_place(path: Path) -> dict:
    reader = sqlite3.connect(path)
    try:
        row = reader.execute("SELECT value FROM settings WHERE key = ?", (READING_KEY,)).fetchone()
    finally:
        reader.close()
    return {} if row is None else json.loads(row[0])


def _down_to(qtbot, window, ids: list[int]) -> None:
    table = window.documents.table
    table.setFocus()
    for doc_id in ids:
        qtbot.keyClick(table, Qt.Key.Key_Down)
        qtbot.waitUntil(lambda doc_id=doc_id: window.current_doc_id() == doc_id)


def test_arrow_keys_through_documents_write_nothing(qtbot, make_window, demo_path) -> None:
    window = make_window(demo_path)
    ids = window.project.document_ids()
    window.open_document(ids[0])
    reader = sqlite3.connect(demo_path)
    try:
        before = _file_version(reader)
        _down_to(qtbot, window, ids[1:4])
        assert _file_version(reader) == before  # nothing committed while passing through
    finally:
        reader.close()


def test_the_document_edited_is_saved_as_the_place_with_the_edit(
    qtbot, make_window, demo_path
) -> None:
    window = make_window(demo_path)
    ids = window.project.document_ids()
    window.open_document(ids[0])
    _down_to(qtbot, window, ids[1:3])
    window.editor.setFocus()
    drag_select(qtbot, window.editor, 0, 3)
    qtbot.keyClick(window.editor, Qt.Key.Key_4)  # LOC
    assert _saved_place(demo_path)["doc_id"] == ids[2]  # a crash now comes back here
    _down_to(qtbot, window, ids[3:4])
    assert _saved_place(demo_path)["doc_id"] == ids[2]  # passing on writes nothing
    window.close()  # closing saves the place at once
    assert _saved_place(demo_path)["doc_id"] == ids[3]
    again = make_window(demo_path)
    assert again.current_doc_id() == ids[3]


def _lost_box() -> QMessageBox | None:
    boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)]
    words = "no further change will be saved"
    return next((b for b in boxes if b.isVisible() and words in b.text()), None)


def test_a_backup_restored_and_then_read_on_is_said(
    qtbot, make_window, demo_path, tmp_path
) -> None:
    """The linguist restores last week's copy and goes to the next document: told at once."""
    path = demo_path
    backup = tmp_path / "backup.db"
    shutil.copyfile(path, backup)
    window = make_window(path)
    ids = window.project.document_ids()
    window.open_document(ids[0])
    window.editor.setFocus()
    drag_select(qtbot, window.editor, 0, 3)
    qtbot.keyClick(window.editor, Qt.Key.Key_4)
    assert window.project.settle()
    shutil.copyfile(backup, path)  # restored over the open project
    _down_to(qtbot, window, ids[1:3])
    qtbot.waitUntil(lambda: _lost_box() is not None, timeout=10_000)
    box = _lost_box()
    assert box is not None and "overwritten by another copy" in box.text()
    box.reject()
