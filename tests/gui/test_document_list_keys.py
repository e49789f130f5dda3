"""The document list behaves as a file list: arrows, Page Up/Down, Home and End move and open.

Down highlighted the next row without opening it (Enter did), and End did
nothing (Ctrl+End went to the last row), so a linguist going through the
articles one by one pressed two keys per article.
"""

from __future__ import annotations

from PySide6.QtCore import Qt

from annotator.core.model import SourceDocument
from annotator.store import create_project

SHIFT = Qt.KeyboardModifier.ShiftModifier


def _project(tmp_path, count: int = 6):
    path = tmp_path / "keys.db"
    project = create_project(path)
    ids = [
        project.add_document(SourceDocument(text=f"Bài số {i}. Hà Nội.", title=f"Bài {i}"))
        for i in range(count)
    ]
    project.close()
    return path, ids


def _focused_list(qtbot, window):
    table = window.documents.table
    with qtbot.waitActive(window):
        window.activateWindow()
    table.setFocus()
    qtbot.waitUntil(table.hasFocus)
    return table


def test_arrows_home_and_end_move_and_open(qtbot, make_window, tmp_path) -> None:
    path, ids = _project(tmp_path)
    window = make_window(path)
    window.open_document(ids[0])
    table = _focused_list(qtbot, window)
    table.setCurrentIndex(window.documents.model.index(0, 0))
    qtbot.keyClick(table, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: window.current_doc_id() == ids[1])
    qtbot.keyClick(table, Qt.Key.Key_End)
    qtbot.waitUntil(lambda: window.current_doc_id() == ids[-1])
    assert table.currentIndex().row() == len(ids) - 1
    qtbot.keyClick(table, Qt.Key.Key_Up)
    qtbot.waitUntil(lambda: window.current_doc_id() == ids[-2])
    qtbot.keyClick(table, Qt.Key.Key_Home)
    qtbot.waitUntil(lambda: window.current_doc_id() == ids[0])
    assert table.currentIndex().row() == 0
    assert table.hasFocus()  # the next arrow still moves in the list
    selected = [i.row() for i in table.selectionModel().selectedRows()]
    assert selected == [0]


def test_shift_with_an_arrow_picks_rows_without_opening(qtbot, make_window, tmp_path) -> None:
    path, ids = _project(tmp_path)
    window = make_window(path)
    window.open_document(ids[0])
    table = _focused_list(qtbot, window)
    table.setCurrentIndex(window.documents.model.index(0, 0))
    qtbot.keyClick(table, Qt.Key.Key_Down, SHIFT)
    qtbot.keyClick(table, Qt.Key.Key_End, SHIFT)
    qtbot.wait(400)  # longer than the pause before a moved row opens
    assert window.current_doc_id() == ids[0]
    assert window.documents.selected_doc_ids() == ids
