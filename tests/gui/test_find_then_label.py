"""Find, Escape, a label key: the match the find bar closed on is labelled, no mouse.

Escape closed the bar and left only the caret at the match, so the label
key said "select some text first"; a text editor's find leaves the match
selected, and so does this one now.
"""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.gui.helpers import NAME, seed_doc_id, stored_spans

CTRL = Qt.KeyboardModifier.ControlModifier


def test_find_escape_and_a_label_key_label_the_match(qtbot, make_window, demo_path):
    window = make_window(demo_path)
    doc_id = seed_doc_id(window.project)
    window.open_document(doc_id)
    text = window.project.document(doc_id).text
    editor = window.editor
    editor.setFocus()
    qtbot.keyClick(editor, Qt.Key.Key_F, CTRL)
    query = window.find_bar.query
    assert query.hasFocus()
    qtbot.keyClicks(query, "Phan Viet Cuong")  # without its marks: the bar folds them
    qtbot.keyClick(query, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.find_bar.current is not None)
    start, end = window.find_bar.matches[window.find_bar.current]
    assert text[start:end] == NAME
    qtbot.keyClick(query, Qt.Key.Key_Escape)
    assert not window.find_bar.isVisible() and editor.hasFocus()
    assert editor.selection_range() == (start, end)
    qtbot.keyClick(editor, "1")
    (span,) = [s for s in stored_spans(demo_path, doc_id) if s.start == start]
    assert (span.end, span.label) == (end, "PER")


def test_closing_on_no_match_leaves_no_selection(qtbot, make_window, demo_path):
    window = make_window(demo_path)
    window.open_document(seed_doc_id(window.project))
    editor = window.editor
    editor.setFocus()
    qtbot.keyClick(editor, Qt.Key.Key_F, CTRL)
    qtbot.keyClicks(window.find_bar.query, "zzzq")
    qtbot.keyClick(window.find_bar.query, Qt.Key.Key_Return)
    qtbot.keyClick(window.find_bar.query, Qt.Key.Key_Escape)
    assert not editor.textCursor().hasSelection()
