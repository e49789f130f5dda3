"""The window's shortcuts work right after a modal question is answered or dismissed.

The export, schema, Preferences and shortcuts dialogs gave the keys back when
they closed; the other modal questions (file dialogs, the schema editor's
questions, a confirmation box) did not: once one closed, no window was
active and Ctrl+, and every other shortcut did nothing until a click.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QInputDialog

from annotator.gui.preferences import PreferencesDialog

CTRL = Qt.KeyboardModifier.ControlModifier


def _dismiss_later(qtbot, kind: type, seen: list) -> None:
    """Escape on the modal dialog of `kind` once it is up (it runs its own loop)."""

    def dismiss() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, kind):
            QTimer.singleShot(50, dismiss)
            return
        seen.append(type(dialog))
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    QTimer.singleShot(100, dismiss)


def test_ctrl_comma_works_after_the_open_project_dialog_is_dismissed(qtbot, make_window, demo_path):
    window = make_window(demo_path)
    seen: list = []
    _dismiss_later(qtbot, QFileDialog, seen)
    qtbot.keyClick(window.editor, Qt.Key.Key_O, CTRL)  # File ▸ Open project…, Escape
    assert seen == [QFileDialog] and QApplication.activeModalWidget() is None
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)
    assert QApplication.focusWidget() is window.editor  # the keys are back in the text
    qtbot.keyClick(window.editor, Qt.Key.Key_Comma, CTRL)
    qtbot.waitUntil(lambda: isinstance(window.last_dialog, PreferencesDialog), timeout=3000)
    assert window.last_dialog.isVisible()
    qtbot.keyClick(window.last_dialog, Qt.Key.Key_Escape)


def test_the_schema_editor_has_the_keys_after_its_question_is_dismissed(
    qtbot, make_window, demo_path
):
    window = make_window(demo_path)
    dialog = window.make_schema_dialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=3000)
    dialog.labels.setFocus()
    seen: list = []
    _dismiss_later(qtbot, QInputDialog, seen)
    dialog._ask_add_label()  # Add label…: "Name:", dismissed
    assert seen == [QInputDialog] and QApplication.activeModalWidget() is None
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=3000)
    assert QApplication.focusWidget() is dialog.labels


def test_the_text_has_the_keys_after_a_question_that_leaves_the_window_running(
    qtbot, make_window, demo_path
):
    """Rename document… and a warning are opened without blocking the window (open())."""
    window = make_window(demo_path)
    qtbot.waitUntil(lambda: window.current_doc_id() is not None, timeout=3000)
    for ask in (window.ask_rename_document, lambda: window.warn("Import", "Nothing to import")):
        ask()
        question = QApplication.activeModalWidget()
        assert question is not None
        qtbot.waitUntil(lambda q=question: QApplication.activeWindow() is q, timeout=3000)
        qtbot.keyClick(question, Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)
        assert QApplication.focusWidget() is window.editor
