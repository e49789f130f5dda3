"""F8 from anywhere in the window: the keys the status bar then offers decide the suggestion.

A linguist opens a document from the list with Enter, presses F8 (Annotate ▸
Next suggestion) and reads "Enter to accept, Backspace to reject". Those keys
must reach the suggestion, not the widget that had the focus before.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from annotator.store import open_project
from tests.gui.review_support import review_window


def focused():
    return QApplication.focusWidget()


def state_of(path, span_id: int) -> str:
    project = open_project(path)
    try:
        return project.span(span_id).state
    finally:
        project.close()


def relation_state_of(path, relation_id: int) -> str:
    project = open_project(path)
    try:
        return project.relation(relation_id).state
    finally:
        project.close()


def test_enter_after_f8_from_the_document_list_accepts_the_suggestion(
    qtbot, make_window, demo_path
):
    review = review_window(qtbot, make_window, demo_path)
    window = review.window
    table = window.documents.table
    table.setFocus()
    qtbot.waitUntil(lambda: focused() is table)
    qtbot.keyClick(table, Qt.Key.Key_F8)
    first = review.spans["Ban Thường vụ Tỉnh ủy"]
    assert window.editor.selected_span().id == first
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert state_of(demo_path, first) == "accepted"


def test_backspace_after_f8_from_the_title_filter_rejects_and_leaves_the_filter_alone(
    qtbot, make_window, demo_path
):
    review = review_window(qtbot, make_window, demo_path)
    window = review.window
    field = window.documents.title_filter
    field.setFocus()
    qtbot.keyClicks(field, "Quang")
    qtbot.keyClick(field, Qt.Key.Key_F8)
    first = review.spans["Ban Thường vụ Tỉnh ủy"]
    assert window.editor.selected_span().id == first
    qtbot.keyClick(focused(), Qt.Key.Key_Backspace)
    assert state_of(demo_path, first) == "rejected"
    assert field.text() == "Quang"


def test_f8_in_the_annotation_list_keeps_the_focus_there(qtbot, make_window, demo_path):
    review = review_window(qtbot, make_window, demo_path)
    window = review.window
    view = window.annotations.view
    view.setFocus()
    qtbot.waitUntil(lambda: focused() is view)
    qtbot.keyClick(view, Qt.Key.Key_F8)
    assert window.editor.selected_span() is not None
    assert focused() is view


def test_f8_after_the_last_document_with_suggestions_goes_round_to_the_first(
    qtbot, make_window, demo_path
):
    """The seed article (the first document) holds suggestions; the last one none."""
    review = review_window(qtbot, make_window, demo_path)
    window = review.window
    last = max(window.project.document_ids())
    window.open_document(last)
    window.editor.setFocus()
    qtbot.keyClick(window.editor, Qt.Key.Key_F8)
    assert window.editor.document_id() == review.doc_id
    assert window.editor.selected_span().id == review.spans["Ban Thường vụ Tỉnh ủy"]
    said = window.status.toolTip() or window.status.currentMessage()
    assert "No more suggestions in unfinished documents" not in said
    assert "back to the first document with suggestions" in said


def test_f8_from_the_relation_list_to_a_span_lets_enter_accept_it(qtbot, make_window, demo_path):
    """The Relations list has no row for a span: Enter there decided nothing, or its own row."""
    review = review_window(qtbot, make_window, demo_path)
    window = review.window
    tree = window.relations.tree
    tree.setFocus()
    qtbot.waitUntil(lambda: focused() is tree)
    qtbot.keyClick(tree, Qt.Key.Key_F8)
    span = window.editor.selected_span()
    assert span is not None and span.id in review.spans.values()
    assert state_of(demo_path, span.id) == "pending"
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert state_of(demo_path, span.id) == "accepted"
    assert relation_state_of(demo_path, review.relation) == "pending"  # not the list's row


def test_enter_after_accepting_a_relation_in_its_list_decides_the_next_span(
    qtbot, make_window, demo_path
):
    """Accepting a relation with Enter moves on to a span: the next Enter must decide it."""
    review = review_window(qtbot, make_window, demo_path)
    window = review.window
    tree = window.relations.tree
    window.editor.select_relation(review.relation)
    tree.setFocus()
    qtbot.waitUntil(lambda: focused() is tree)
    qtbot.keyClick(tree, Qt.Key.Key_Return)
    assert relation_state_of(demo_path, review.relation) == "accepted"
    span = window.editor.selected_span()
    assert span is not None and state_of(demo_path, span.id) == "pending"
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert state_of(demo_path, span.id) == "accepted"
