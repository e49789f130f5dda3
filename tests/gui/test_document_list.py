"""The document list far from its top: the open document is found, shown and stepped from."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from annotator.core.model import SourceDocument
from annotator.store import create_project
from annotator.store.document_filter import DocumentFilter

COUNT = 1500  # more rows than the model reads in a few pages


@pytest.fixture
def long_project(tmp_path):
    path = tmp_path / "long.db"
    project = create_project(path)
    sources = (
        SourceDocument(text=f"Bài số {i}\nHội nghị lần {i} tại Hà Nội.\n", title=f"Bài số {i}")
        for i in range(COUNT)
    )
    ids = [doc_id for _source, doc_id in project.add_documents(sources)]
    project.close()
    return path, ids


def _selected_rows(panel):
    return [index.row() for index in panel.table.selectionModel().selectedRows()]


def test_open_document_deep_in_the_list_selects_and_shows_its_row(qtbot, make_window, long_project):
    path, ids = long_project
    window = make_window(path)
    panel = window.documents
    target = ids[1400]
    window.open_document(target)
    assert _selected_rows(panel) == [1400]
    # The page around it was read by id: its rows are the right ones, edges included.
    for row in (1200, 1399, 1400, 1401, 1499):
        assert panel.model.index(row, 0).data() == f"Bài số {row}"
    rect = panel.table.visualRect(panel.model.index(1400, 0))
    assert panel.table.viewport().rect().contains(rect.center())
    qtbot.keyClick(window.editor, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert window.current_doc_id() == ids[1401]
    assert _selected_rows(panel) == [1401]


def test_row_follows_the_title_filter(qtbot, make_window, long_project):
    path, ids = long_project
    window = make_window(path)
    panel = window.documents
    panel.title_filter.setText("Bài số 14")
    panel.flush_filter()
    # "Bài số 14", "Bài số 140".."149", "Bài số 1400".."1499": 1 + 10 + 100 rows.
    assert panel.model.rowCount() == 111
    window.open_document(ids[1450])
    row = _selected_rows(panel)[0]
    assert panel.model.index(row, 0).data() == "Bài số 1450"
    expected = [r.title for r in window.project.document_rows(DocumentFilter(title="Bài số 14"))]
    assert [panel.model.index(r, 0).data() for r in range(111)] == expected
    window.open_document(ids[7])  # filtered out: nothing is selected
    assert _selected_rows(panel) == []


def test_mark_done_and_next_stays_in_the_filtered_list(qtbot, make_window, demo_path):
    """Filtered to the afternoon articles, Ctrl+Enter goes on to the next one of them,
    and says when none is left instead of opening an article the list hides."""
    from annotator.gui.settings import CONFIRM_DONE_PENDING, set_preference
    from tests.gui.helpers import stored_document

    set_preference(CONFIRM_DONE_PENDING, False)
    window = make_window(demo_path)
    panel = window.documents
    qtbot.keyClicks(panel.title_filter, "chieu")  # accents optional, as the list matches
    panel.flush_filter()
    listed = panel.visible_doc_ids()
    assert len(listed) == 2
    window.open_document(listed[1])
    window.commands.mark_done.trigger()  # Document ▸ Mark done and go to next
    assert stored_document(demo_path, listed[1]).status == "done"
    assert window.current_doc_id() == listed[0]  # the list's other one, not the first article
    window.commands.mark_done.trigger()
    assert stored_document(demo_path, listed[0]).status == "done"
    assert window.current_doc_id() == listed[0]  # nothing left in the list: it stays
    assert "Every document in the list is done" in window.status.currentMessage()
