"""A list reached by the keyboard has a current row, so its keys act where the reviewer sees.

The annotations list read anew for another document had no current row,
and Qt makes one only the first time a view gets focus: Tab into it left
Down, Enter and Space doing nothing visible. The document list highlighted
the open document without making it current, so Tab into it made the
first row current and Down went from there, not from the open document.
"""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.gui.review_support import review_window
from tests.gui.test_review_key_focus import state_of


def test_the_annotations_list_reached_by_tab_has_a_current_span_and_enter_accepts_it(
    qtbot, make_window, demo_path
) -> None:
    review = review_window(qtbot, make_window, demo_path)
    window = review.window
    view = window.review.spans_panel.view
    view.clearSelection()
    view.selectionModel().clearCurrentIndex()  # as a list read anew for another document
    view.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: view.currentIndex().isValid())
    span_id = window.review.spans_panel.selected_span_id()
    assert span_id in review.spans.values()
    assert window.editor.selected_span().id == span_id  # shown where the reviewer reads
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert state_of(demo_path, span_id) == "accepted"


def test_the_document_list_reached_by_tab_moves_on_from_the_open_document(
    qtbot, make_window, demo_path
) -> None:
    window = make_window(demo_path)
    ids = window.project.document_ids()
    window.open_document(ids[1])
    table = window.documents.table
    table.setFocus(Qt.FocusReason.TabFocusReason)
    assert table.currentIndex().row() == 1
    qtbot.keyClick(table, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: window.current_doc_id() == ids[2])
