"""End to end: select text in the real window, label it, and read the database."""

from __future__ import annotations

from PySide6.QtCore import Qt

from annotator.core.model import MANUAL
from tests.gui.helpers import (
    NAME,
    click_text,
    drag_select,
    seed_doc_id,
    show_cp,
    stored_spans,
)


def _open_seed(qtbot, window):
    doc_id = seed_doc_id(window.project)
    row = window.documents.model.row_of(doc_id)
    table = window.documents.table
    rect = table.visualRect(window.documents.model.index(row, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: window.editor.document_id() == doc_id)
    return doc_id, window.project.document(doc_id).text


def _only_span(path, doc_id):
    spans = stored_spans(path, doc_id)
    assert len(spans) == 1, spans
    return spans[0]


def test_mouse_drag_and_label_key_store_a_person(qtbot, make_window, demo_path):
    window = make_window(demo_path)
    doc_id, text = _open_seed(qtbot, window)
    start = text.index(NAME)
    drag_select(qtbot, window.editor, start, start + len(NAME))
    assert window.editor.selection_range() == (start, start + len(NAME))
    qtbot.keyClick(window.editor, "1")
    span = _only_span(demo_path, doc_id)
    assert (span.start, span.end, span.label) == (start, start + len(NAME), "PER")
    assert span.annotator == window.project.annotator
    assert span.origin == MANUAL


def test_keyboard_selection_labels_the_same_span(qtbot, make_window, demo_path):
    window = make_window(demo_path)
    doc_id, text = _open_seed(qtbot, window)
    editor = window.editor
    start = text.index(NAME)
    click_text(qtbot, editor, start)  # the caret lands before "Phan"
    assert editor.caret_cp() == start
    ctrl_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    for _ in range(3):  # three syllables: Phan, Việt, Cường
        qtbot.keyClick(editor, Qt.Key.Key_Right, ctrl_shift)
    assert editor.selection_range() == (start, start + len(NAME))
    qtbot.keyClick(editor, "1")
    span = _only_span(demo_path, doc_id)
    assert (span.start, span.end, span.label) == (start, start + len(NAME), "PER")


def test_shift_arrows_select_characters(qtbot, make_window, demo_path):
    window = make_window(demo_path)
    doc_id, text = _open_seed(qtbot, window)
    editor = window.editor
    start = text.index(NAME)
    show_cp(editor, start)
    for _ in range(len(NAME)):
        qtbot.keyClick(editor, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(editor, "1")
    span = _only_span(demo_path, doc_id)
    assert (span.start, span.end) == (start, start + len(NAME))
