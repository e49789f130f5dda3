"""Ctrl+, opens Preferences right after the export dialog is closed.

Walking the window, Ctrl+, once did nothing just after the export dialog
closed: the keyboard was nowhere the window's shortcuts listen.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from annotator.gui.export.dialog import ExportDialog
from annotator.gui.preferences import PreferencesDialog

CTRL = Qt.KeyboardModifier.ControlModifier


def _close_export_later(qtbot, seen: list, key: Qt.Key) -> None:
    def close() -> None:
        dialog = QApplication.activeModalWidget()
        seen.append(dialog)
        assert isinstance(dialog, ExportDialog)
        if key == Qt.Key.Key_Escape:
            qtbot.keyClick(dialog, key)
        else:
            qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(200, close)


def _ctrl_comma_opens_preferences(qtbot, window) -> None:
    target = QApplication.focusWidget()
    assert target is window.editor, target  # the keys are back in the text
    qtbot.keyClick(target, Qt.Key.Key_Comma, CTRL)
    qtbot.waitUntil(lambda: isinstance(window.last_dialog, PreferencesDialog), timeout=3000)
    assert window.last_dialog.isVisible()
    qtbot.keyClick(window.last_dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)
    assert QApplication.focusWidget() is window.editor  # and back again after Preferences


def test_ctrl_comma_after_closing_the_export_dialog(qtbot, make_window, demo_path):
    window = make_window(demo_path)
    for key in (Qt.Key.Key_Escape, Qt.Key.Key_unknown):  # Escape, then the Close button
        seen: list = []
        _close_export_later(qtbot, seen, key)
        qtbot.keyClick(window.editor, Qt.Key.Key_E, CTRL)  # File ▸ Export…
        assert len(seen) == 1 and not seen[0].isVisible()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)
        _ctrl_comma_opens_preferences(qtbot, window)
