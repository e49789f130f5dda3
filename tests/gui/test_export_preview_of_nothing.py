"""A preview that selects no document says so and why, whole, instead of "Nothing is lost".

On a project of new documents the dialog's default statuses (done, reviewed)
keep none: the preview read "Nothing is lost: every selected span and relation
is exported" above the hint, and the box cut its last line at 1366x768.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from annotator.gui.export.dialog import ExportDialog


def _preview_in_the_dialog(qtbot, seen: dict, *, tick_new: bool) -> None:
    def in_the_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ExportDialog)
        try:
            dialog.status_checks["new"].setChecked(tick_new)
            dialog.report.clear()
            qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
            qtbot.waitUntil(
                lambda: dialog.task is None and bool(dialog.report.toPlainText()), timeout=60000
            )
            qtbot.wait(50)
            seen["whole"] = dialog.report.verticalScrollBar().maximum() == 0  # nothing hidden
            seen["export"] = dialog.export_button.isEnabled()
        finally:
            seen["text"] = dialog.report.toPlainText()
            dialog.reject()

    QTimer.singleShot(300, in_the_dialog)


def _preview(qtbot, window, *, tick_new: bool) -> dict:
    seen: dict = {}
    _preview_in_the_dialog(qtbot, seen, tick_new=tick_new)
    window.commands.export.trigger()  # File ▸ Export…
    qtbot.waitUntil(lambda: "text" in seen, timeout=70000)
    return seen


def test_no_matching_document_is_said_with_the_statuses_chosen(
    qtbot, make_window, demo_path
) -> None:
    window = make_window(demo_path, size=(1366, 740))
    seen = _preview(qtbot, window, tick_new=False)  # every demo document is new
    assert "Nothing is lost" not in seen["text"], seen["text"]
    assert seen["text"].startswith("Nothing would be exported"), seen["text"]
    assert "(done, reviewed)" in seen["text"], seen["text"]
    assert not seen["export"]


def test_the_report_shows_its_last_line_at_1366(qtbot, make_window, demo_path) -> None:
    window = make_window(demo_path, size=(1366, 740))
    seen = _preview(qtbot, window, tick_new=True)
    assert seen["text"].splitlines()[-1].startswith("Press Export"), seen["text"]
    assert seen["whole"], seen["text"]
    assert seen["export"]
