"""After Ctrl+W the start page has the keys on the project just closed: Enter opens it again.

Walking the window, the keys fell on the Open button after Ctrl+W, where
Enter does nothing; the project could only be reopened with the mouse.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication


def test_enter_reopens_the_project_just_closed(qtbot, make_window, demo_path):
    window = make_window(demo_path)
    qtbot.keyClick(window.editor, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)  # Close
    assert window.project is None
    keys = QApplication.focusWidget()
    assert keys is window.start_page.recent, keys
    qtbot.keyClick(keys, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.project is not None, timeout=5000)
    assert window.context.path == demo_path
