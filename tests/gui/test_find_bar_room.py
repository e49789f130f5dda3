"""The find bar leaves its query box room for a name at 1366×768 in Vietnamese, and its arrow
buttons step through the matches as Enter and Shift+Enter do."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QToolButton

from annotator.gui.window_size import FRAME_HEIGHT, FRAME_WIDTH
from tests.gui.helpers import seed_doc_id, type_text

CTRL = Qt.KeyboardModifier.ControlModifier


def test_the_query_box_holds_a_long_name_and_the_arrows_step(
    vietnamese, qtbot, make_window, demo_path
):
    window = make_window(demo_path, size=(1366 - FRAME_WIDTH, 768 - FRAME_HEIGHT))
    window.open_document(seed_doc_id(window.project))
    qtbot.keyClick(window.editor, Qt.Key.Key_F, CTRL)
    bar = window.find_bar
    qtbot.waitUntil(bar.query.hasFocus)
    type_text(bar.query, "tinh uy")
    qtbot.waitUntil(lambda: len(bar.matches) > 1)
    # "ờng sắt" was all a three-word query showed beside three worded buttons.
    name = bar.query.fontMetrics().horizontalAdvance("Bộ trưởng Bộ Ngoại giao")
    assert bar.query.width() >= name + 30, bar.query.width()
    buttons = {b.toolTip(): b for b in bar.findChildren(QToolButton) if b.toolTip()}
    total = len(bar.matches)
    qtbot.mouseClick(buttons["Kết quả tiếp theo (Enter)"], Qt.MouseButton.LeftButton)
    assert bar.count_label.text() == f"2/{total}"
    qtbot.mouseClick(buttons["Kết quả trước (Shift+Enter)"], Qt.MouseButton.LeftButton)
    assert bar.count_label.text() == f"1/{total}"
    qtbot.mouseClick(buttons["Đóng (Esc)"], Qt.MouseButton.LeftButton)
    assert not bar.isVisible()
