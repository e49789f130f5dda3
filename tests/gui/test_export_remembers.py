"""File ▸ Export offers the statuses, format and folder chosen last time in this project;
another project keeps its own folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from annotator.app.demo import create_demo_project
from annotator.gui.export.dialog import ExportDialog
from annotator.gui.export.form import value

CTRL = Qt.KeyboardModifier.ControlModifier


def _through_ctrl_e(qtbot, window, act) -> dict:
    """Ctrl+E from the text; `act(dialog)` returns what to keep; the dialog is closed."""
    kept: dict = {}

    def inside() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ExportDialog)
        try:
            kept.update(act(dialog) or {})
        finally:
            dialog.reject()
            kept["closed"] = True

    window.activateWindow()  # the last dialog has gone: the shortcut needs the window active
    qtbot.waitUntil(window.isActiveWindow)
    window.editor.setFocus()
    QTimer.singleShot(200, inside)
    qtbot.keyClick(window.editor, Qt.Key.Key_E, CTRL)
    qtbot.waitUntil(lambda: "closed" in kept, timeout=40_000)
    return kept


def _shown(dialog: ExportDialog) -> dict:
    return {
        "format": value(dialog.format_box),
        "statuses": [s for s, box in dialog.status_checks.items() if box.isChecked()],
        "out": dialog.out_edit.text(),
    }


def _preview_with(qtbot, dialog: ExportDialog, out: Path) -> dict:
    dialog.format_box.setCurrentText("brat")
    dialog.status_checks["done"].setChecked(False)
    dialog.status_checks["new"].setChecked(True)
    dialog.out_edit.setText(str(out))
    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Press Export" in dialog.report.toPlainText(), timeout=30_000)
    return {}


def test_the_last_choices_of_a_project_come_back_in_it(qtbot, make_window, demo_path, tmp_path):
    window = make_window(demo_path)
    first = _through_ctrl_e(qtbot, window, _shown)
    assert first["format"] == "conll" and first["statuses"] == ["done", "reviewed"]
    out = tmp_path / "my-brat"
    _through_ctrl_e(qtbot, window, lambda d: _preview_with(qtbot, d, out))
    again = _through_ctrl_e(qtbot, window, _shown)
    assert again["format"] == "brat"
    assert again["statuses"] == ["new", "reviewed"]
    assert again["out"] == str(out)
    other_path = tmp_path / "other" / "other.db"
    other_path.parent.mkdir()
    create_demo_project(other_path).close()
    window.open_project_path(other_path)
    qtbot.waitUntil(lambda: window.project is not None and window.project.path == other_path)
    other = _through_ctrl_e(qtbot, window, _shown)
    assert other["format"] == "brat"  # a project never exported starts from the last choices
    assert Path(other["out"]).parent == other_path.parent / "exports"  # but not their folder
    window.open_project_path(demo_path)
    qtbot.waitUntil(lambda: window.project is not None and window.project.path == demo_path)
    back = _through_ctrl_e(qtbot, window, _shown)
    assert back["out"] == str(out)
