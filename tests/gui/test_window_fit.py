"""What the window says fits where it says it, at the 1280 px a small laptop gives it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from tests.gui.i18n_support import vietnamese_interface
from tests.gui.review_support import review_window


def _message_room(status) -> int:
    """Width left to the transient message: from the bar's left to its first shown field."""
    fields = [w for w in status.findChildren(QLabel) if w.isVisible() and w.x() > 0]
    return min(w.x() for w in fields) - 8  # QStatusBar's own margins around the message


def test_the_review_hint_fits_beside_the_fields_in_vietnamese(qtbot, make_window, demo_path):
    with vietnamese_interface():
        r = review_window(qtbot, make_window, demo_path, size=(1280, 820))
        qtbot.keyClick(r.editor, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClick(r.editor, Qt.Key.Key_Space)
        status = r.window.status
        message = status.currentMessage()
        keys = "Backspace từ chối"
        assert keys in message and "gợi ý ở đây" in message
        assert "(luật 90%)" in message  # the source, short, before the keys
        r.window.repaint()
        essential = message[: message.index(keys) + len(keys)]  # all of it, source and keys
        needed = status.fontMetrics().horizontalAdvance(essential)
        assert needed <= _message_room(status), (needed, _message_room(status), message)


def test_the_index_field_takes_room_only_while_it_has_something_to_say(
    qtbot, make_window, demo_path
):
    status = make_window(demo_path).status
    assert not status.index_label.isVisible()
    status.show_indexing(3, 9)
    assert status.index_label.isVisible()
    status.show_indexing(0, 0)
    assert not status.index_label.isVisible()
    status.show_left_out([(7, "incorrect header check")])
    assert status.index_label.isVisible()
