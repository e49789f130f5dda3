"""End to end: select text in the real window, label it, and read the database."""

from __future__ import annotations

from PySide6.QtCore import Qt

from annotator.core.model import MANUAL
from tests.gui.helpers import (
    NAME,
    click_text,
    drag_select,
    point_of,
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
    assert (span.annotator, span.origin, span.state) == (
        window.project.annotator,
        MANUAL,
        "accepted",
    )
    assert text[span.start : span.end] == NAME


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


def test_word_mode_from_the_menu_labels_whole_words(qtbot, make_window, demo_path):
    from annotator.nlp.units import word_spans

    window = make_window(demo_path)
    doc_id, text = _open_seed(qtbot, window)
    editor = window.editor
    start = text.index(NAME)
    viet = start + NAME.index("Việt")
    word = next((s, e) for s, e in word_spans(text) if s <= viet < e)
    assert word[1] - word[0] > len("Việt")  # the segmentation joins syllables here
    qtbot.keyClick(
        editor,
        Qt.Key.Key_W,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert window.commands.word_mode.isChecked()
    show_cp(editor, viet)
    qtbot.mouseDClick(editor.viewport(), Qt.MouseButton.LeftButton, pos=point_of(editor, viet + 1))
    assert editor.selection_range() == word
    qtbot.keyClick(editor, "1")
    span = _only_span(demo_path, doc_id)
    assert (span.start, span.end, span.label) == (*word, "PER")
    window.commands.word_mode.trigger()  # back to syllables
    assert not window.commands.word_mode.isChecked()
    show_cp(editor, viet)
    qtbot.mouseDClick(editor.viewport(), Qt.MouseButton.LeftButton, pos=point_of(editor, viet + 1))
    assert editor.selection_range() == (viet, viet + len("Việt"))
