"""In the window: a search skips a text damaged after indexing, by name, and deleting it works."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from annotator.store import open_project
from tests.gui.helpers import search_corpus
from tests.store.test_delete_damaged_indexed import TITLES, damaged_project


def test_search_names_the_damaged_document_and_the_list_deletes_it(
    qtbot, make_window, tmp_path
) -> None:
    path, ids = damaged_project(tmp_path)
    window = make_window(path)
    summary = search_corpus(qtbot, window, "quốc hội")
    assert summary.startswith("2 hits in 2 documents")
    assert "1 document not searched, its text is damaged" in summary
    assert f"“{TITLES[1]}” ({ids[1]})" in summary
    assert TITLES[1] in window.corpus.search.summary.toolTip()
    qtbot.mouseClick(window.corpus.search.label_all_button, Qt.MouseButton.LeftButton)
    dialog = window.corpus.dialog
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=20000)
    assert dialog.plan.count == 2  # the two readable documents
    assert (
        f"Not looked in: 1 document whose stored text is damaged: “{TITLES[1]}” ({ids[1]})"
        in dialog.preview.text()
    )
    dialog.reject()
    panel = window.documents
    rect = panel.table.visualRect(panel.model.index(panel.model.row_of(ids[1]), 0))
    panel.table.customContextMenuRequested.emit(rect.center())
    menu = window._document_menu
    next(a for a in menu.actions() if a.text() == "Delete…").trigger()
    box = window.last_question
    qtbot.waitUntil(box.isVisible)
    assert TITLES[1] in box.text()
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 2)
    assert window.last_warning is None or not window.last_warning.isVisible()
    summary = search_corpus(qtbot, window, "quoc hoi")
    assert summary.startswith("2 hits in 2 documents") and "damaged" not in summary
    window.close()
    with open_project(path) as project:
        assert project.document_ids() == [ids[0], ids[2]]
        assert project.search_index_consistent()
