"""Space goes on from where the reviewer moved the caret (Ctrl+Home: the first suggestion),
not from a span still selected further down."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.gui.review_support import review_window

CTRL = Qt.KeyboardModifier.ControlModifier


def test_ctrl_home_then_space_goes_to_the_first_suggestion(qtbot, make_window, demo_path):
    r = review_window(qtbot, make_window, demo_path)
    r.editor.select_span(r.spans["Lê Văn Dũng"])
    qtbot.keyClick(r.editor, Qt.Key.Key_Home, CTRL)
    qtbot.keyClick(r.editor, Qt.Key.Key_Space)
    assert r.editor.selected_span().id == r.spans["Ban Thường vụ Tỉnh ủy"]


def test_space_still_goes_on_from_a_selected_span(qtbot, make_window, demo_path):
    r = review_window(qtbot, make_window, demo_path)
    r.editor.select_span(r.spans["Lê Văn Dũng"])
    qtbot.keyClick(r.editor, Qt.Key.Key_Space)
    assert r.editor.selected_span().id == r.spans["Lê Trí Thanh"]
    qtbot.keyClick(r.editor, Qt.Key.Key_Space, Qt.KeyboardModifier.ShiftModifier)
    assert r.editor.selected_span().id == r.spans["Lê Văn Dũng"]
