"""The export dialog groups its counts as the window does, and fits a 1280×720 screen."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRect, Qt

from annotator.gui.export.dialog import ExportDialog
from annotator.store import open_project
from tests.gui.test_number_grouping import _big_project

TITLE_BAR = 40  # what a window manager adds above a dialog, outside its own size


def _previewed(qtbot, dialog: ExportDialog) -> str:
    dialog.report.clear()
    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: dialog.task is None and bool(dialog.report.toPlainText()), timeout=60000
    )
    return dialog.report.toPlainText()


def test_the_preview_groups_document_and_span_counts(vietnamese, qtbot, tmp_path: Path) -> None:
    _big_project(tmp_path / "big.db")
    with open_project(tmp_path / "big.db") as project:
        dialog = ExportDialog(project)
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.out_edit.setText(str(tmp_path / "ds"))
        said = _previewed(qtbot, dialog)  # done and reviewed only: none of the 1.235 new ones
        assert "1.235 trong 1.235 tài liệu" in said and "1235" not in said
        dialog.status_checks["new"].setChecked(True)
        said = _previewed(qtbot, dialog)
        assert "1.500" in said and "1500" not in said  # pending suggestions not exported


def test_the_dialog_fits_a_1280_by_720_screen(vietnamese, qtbot, project) -> None:
    dialog = ExportDialog(project)
    qtbot.addWidget(dialog)
    area = QRect(0, 0, 1280, 720 - 30)  # less a panel
    dialog.fit_to(area)
    dialog.show()
    assert dialog.height() + TITLE_BAR <= area.height()
    assert dialog.sizeHint().height() + TITLE_BAR <= area.height()
    assert dialog.minimumSizeHint().height() + TITLE_BAR <= area.height()
    bottom = dialog.close_button.mapTo(dialog, dialog.close_button.rect().bottomLeft()).y()
    assert bottom < dialog.height()  # the buttons are on the dialog, not below the screen
