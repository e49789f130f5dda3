"""The status line never speaks of a document no longer open: a suggestion's hint ("Enter
accepts") stayed for fifteen seconds after Ctrl+PgDown opened the next document."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.gui.review_support import review_window


def test_opening_another_document_clears_the_last_ones_hint(qtbot, make_window, demo_path):
    r = review_window(qtbot, make_window, demo_path)
    window = r.window
    r.editor.select_span(r.spans["Lê Trí Thanh"])
    assert "Lê Trí Thanh" in window.status.whole_message()
    qtbot.keyClick(r.editor, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert window.current_doc_id() != r.doc_id
    assert "Lê Trí Thanh" not in window.status.currentMessage()
    assert "Lê Trí Thanh" in window.status.log.as_text()  # still in the log


def test_a_step_to_the_next_document_still_says_where_it_went(qtbot, make_window, demo_path):
    r = review_window(qtbot, make_window, demo_path)
    window = r.window
    r.editor.select_span(r.spans["Lê Trí Thanh"])  # the last suggestion
    qtbot.keyClick(r.editor, Qt.Key.Key_Space)  # says there is no more here
    qtbot.keyClick(r.editor, Qt.Key.Key_Space)  # goes on to a document with suggestions
    if window.current_doc_id() != r.doc_id:
        assert window.status.whole_message()  # said after opening, so it stays
