"""Relabel, delete, undo and redo with the keyboard; history and place survive a restart."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.gui.helpers import NAME, drag_select, seed_doc_id, stored_document, stored_spans

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = CTRL | Qt.KeyboardModifier.ShiftModifier


def _label_name(qtbot, window):
    doc_id = seed_doc_id(window.project)
    window.open_document(doc_id)
    text = window.project.document(doc_id).text
    start = text.index(NAME)
    drag_select(qtbot, window.editor, start, start + len(NAME))
    qtbot.keyClick(window.editor, "1")
    return doc_id, start


def _labels(path, doc_id):
    return [(s.start, s.label) for s in stored_spans(path, doc_id)]


def test_relabel_delete_undo_redo_reach_the_database(qtbot, make_window, demo_path):
    window = make_window(demo_path)
    editor = window.editor
    doc_id, start = _label_name(qtbot, window)
    assert _labels(demo_path, doc_id) == [(start, "PER")]
    qtbot.keyClick(editor, "2")
    assert _labels(demo_path, doc_id) == [(start, "ROLE")]
    qtbot.keyClick(editor, Qt.Key.Key_Delete)
    assert _labels(demo_path, doc_id) == []
    qtbot.keyClick(editor, Qt.Key.Key_Z, CTRL)
    assert _labels(demo_path, doc_id) == [(start, "ROLE")]
    qtbot.keyClick(editor, Qt.Key.Key_Z, CTRL)
    assert _labels(demo_path, doc_id) == [(start, "PER")]
    qtbot.keyClick(editor, Qt.Key.Key_Z, CTRL_SHIFT)
    assert _labels(demo_path, doc_id) == [(start, "ROLE")]
    qtbot.keyClick(editor, Qt.Key.Key_Y, CTRL)
    assert _labels(demo_path, doc_id) == []
    # The editor and the annotation list follow every step.
    qtbot.waitUntil(lambda: window.annotations.span_texts() == [])
    qtbot.keyClick(editor, Qt.Key.Key_Z, CTRL)
    qtbot.waitUntil(lambda: len(window.annotations.span_texts()) == 1)


def test_first_edit_starts_a_document_and_one_undo_takes_both_back(qtbot, make_window, demo_path):
    window = make_window(demo_path)
    doc_id, _start = _label_name(qtbot, window)
    assert stored_document(demo_path, doc_id).status == "in_progress"
    qtbot.keyClick(window.editor, Qt.Key.Key_Z, CTRL)
    assert stored_spans(demo_path, doc_id) == []
    assert stored_document(demo_path, doc_id).status == "new"


def test_undo_switches_to_the_document_of_the_change(qtbot, make_window, demo_path):
    window = make_window(demo_path)
    doc_id, start = _label_name(qtbot, window)
    other = next(i for i in window.project.document_ids() if i != doc_id)
    window.open_document(other)
    assert window.editor.document_id() == other
    qtbot.keyClick(window.editor, Qt.Key.Key_Z, CTRL)
    assert window.editor.document_id() == doc_id
    assert stored_spans(demo_path, doc_id) == []


def test_reopening_restores_document_scroll_and_history(qtbot, make_window, demo_path):
    window = make_window(demo_path, size=(900, 360))
    doc_id, start = _label_name(qtbot, window)
    editor = window.editor
    text = window.project.document(doc_id).text
    target = text.index("Theo Kế hoạch 107")
    editor.scroll_to_position(target)
    qtbot.waitUntil(lambda: editor.first_visible_position() > 0)
    position = editor.first_visible_position()
    window.close()
    assert window.context is None

    again = make_window(None, size=(900, 360))  # reopens the last project
    assert again.context is not None and again.context.path == demo_path
    assert again.editor.document_id() == doc_id
    qtbot.waitUntil(lambda: again.editor.first_visible_position() == position)
    qtbot.keyClick(again.editor, Qt.Key.Key_Z, CTRL)
    assert stored_spans(demo_path, doc_id) == []
    qtbot.keyClick(again.editor, Qt.Key.Key_Y, CTRL)
    assert [s.label for s in stored_spans(demo_path, doc_id)] == ["PER"]


def test_the_status_bar_says_a_step_was_undone_instead_of_keeping_its_message(
    qtbot, make_window, demo_path
):
    window = make_window(demo_path)
    doc_id = seed_doc_id(window.project)
    window.delete_document(doc_id)
    assert "deleted" in window.status.currentMessage()
    qtbot.keyClick(window.editor, Qt.Key.Key_Z, CTRL)
    assert stored_document(demo_path, doc_id) is not None
    deleted = f"deleting the document “{stored_document(demo_path, doc_id).title[:30]}"
    assert window.status.currentMessage().startswith(f"Undone: {deleted}")
    assert window.current_doc_id() == doc_id  # the document brought back is shown
    qtbot.keyClick(window.editor, Qt.Key.Key_Z, CTRL_SHIFT)  # deleting it again does not open it
    assert window.status.currentMessage().startswith(f"Redone: {deleted}")
    assert window.current_doc_id() != doc_id
