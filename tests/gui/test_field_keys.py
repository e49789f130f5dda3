"""Window shortcuts pressed in a text field: the field keeps its editing keys, and a
command that changes the document never runs from there behind the linguist's back."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.gui.helpers import (
    NAME,
    drag_select,
    seed_doc_id,
    stored_document,
    stored_spans,
    type_text,
)

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = CTRL | Qt.KeyboardModifier.ShiftModifier


def _labelled_then_undone(qtbot, window) -> int:
    """Label NAME in the seed article from the keyboard, then undo it in the text."""
    doc_id = seed_doc_id(window.project)
    window.open_document(doc_id)
    start = window.project.document(doc_id).text.index(NAME)
    drag_select(qtbot, window.editor, start, start + len(NAME))
    before = len(stored_spans(window.project.path, doc_id))
    qtbot.keyClick(window.editor, Qt.Key.Key_1)
    assert len(stored_spans(window.project.path, doc_id)) == before + 1
    qtbot.keyClick(window.editor, Qt.Key.Key_Z, CTRL)
    assert len(stored_spans(window.project.path, doc_id)) == before
    return before


def test_redo_key_in_the_search_box_leaves_the_document(qtbot, make_window, demo_path):
    window = make_window(demo_path)
    before = _labelled_then_undone(qtbot, window)
    doc_id = window.editor.document_id()
    window.corpus.show_search()
    box = window.corpus.search.query_edit
    box.setFocus()
    qtbot.keyClicks(box, "1")  # a label key is a letter here
    assert box.text() == "1"
    # Ctrl+Y is the field's redo on some platforms, not under X11, where it went to Redo.
    qtbot.keyClick(box, Qt.Key.Key_Y, CTRL)
    said = window.status.currentMessage()
    assert said.startswith(("Ctrl+Y (Redo) works on the document", "Ctrl+Y edits this field"))
    qtbot.keyClick(box, Qt.Key.Key_Z, CTRL_SHIFT)  # the field's own redo
    assert window.status.currentMessage().startswith("Ctrl+Shift+Z edits this field")
    assert len(stored_spans(demo_path, doc_id)) == before
    window.editor.setFocus()
    qtbot.keyClick(window.editor, Qt.Key.Key_Y, CTRL)  # in the text, Redo as ever
    assert len(stored_spans(demo_path, doc_id)) == before + 1


def test_mark_done_and_suggest_keys_stay_in_the_note(qtbot, make_window, demo_path):
    window = make_window(demo_path)
    doc_id = seed_doc_id(window.project)
    window.open_document(doc_id)
    pending = len(window.project.spans(doc_id, states=("pending",)))
    note = window.info.note
    note.setFocus()
    type_text(note, "xem lại")
    qtbot.keyClick(note, Qt.Key.Key_Return, CTRL)
    qtbot.keyClick(note, Qt.Key.Key_G, CTRL)
    qtbot.wait(200)
    assert window.editor.document_id() == doc_id  # not moved to the next one
    assert stored_document(demo_path, doc_id).status == "new"
    assert len(window.project.spans(doc_id, states=("pending",))) == pending
    assert window.status.currentMessage().startswith("Ctrl+G (Suggest for this document) works")


def test_label_all_key_in_the_document_filter_labels_nothing(qtbot, make_window, demo_path):
    window = make_window(demo_path)
    doc_id = seed_doc_id(window.project)
    window.open_document(doc_id)
    start = window.project.document(doc_id).text.index(NAME)
    drag_select(qtbot, window.editor, start, start + len(NAME))
    field = window.documents.title_filter
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_L, CTRL_SHIFT)
    assert window.corpus.dialog is None  # Label all occurrences did not open
    assert "works on the document" in window.status.currentMessage()


def test_commands_that_only_open_something_work_from_a_field(qtbot, make_window, demo_path):
    window = make_window(demo_path)
    window.open_document(seed_doc_id(window.project))
    note = window.info.note
    note.setFocus()
    qtbot.keyClick(note, Qt.Key.Key_F, CTRL_SHIFT)
    qtbot.waitUntil(window.corpus.search_dock.isVisible)
    field = window.documents.title_filter
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_P, CTRL_SHIFT)
    qtbot.waitUntil(window.corpus.registry_dock.isVisible)


def test_a_field_of_a_floating_panel_keeps_the_keys_too(qtbot, make_window, demo_path):
    window = make_window(demo_path)
    doc_id = seed_doc_id(window.project)
    window.open_document(doc_id)
    window.corpus.show_search()
    window.corpus.search_dock.setFloating(True)  # a window of its own, still the window's panel
    box = window.corpus.search.query_edit
    box.activateWindow()
    box.setFocus()
    qtbot.waitUntil(box.hasFocus)
    qtbot.keyClick(box, Qt.Key.Key_Return, CTRL)
    assert window.editor.document_id() == doc_id
    assert stored_document(demo_path, doc_id).status == "new"
