"""Every tool dialog closes with a button: where no window manager draws a title bar,
Esc was the only way out of statistics, the consistency check and curation."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from tests.gui.helpers import document_of, merged_team_window


def _closes_with_its_button(qtbot, dialog) -> None:
    qtbot.waitExposed(dialog)
    box = dialog.findChild(QDialogButtonBox)
    close = box.button(QDialogButtonBox.StandardButton.Close)
    assert close.isVisible()
    qtbot.mouseClick(close, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())


def test_statistics_and_consistency_close_with_a_button(qtbot, make_window, demo_path) -> None:
    window = make_window(demo_path)
    for name in ("statistics", "consistency"):
        window.corpus.actions[name].trigger()
        _closes_with_its_button(qtbot, window.corpus.dialog)


def test_curation_closes_with_a_button(qtbot, make_window, tmp_path: Path) -> None:
    window = merged_team_window(make_window, tmp_path)
    window.open_document(document_of(window.project, {"an", "binh"}))
    _closes_with_its_button(qtbot, window.team.curate_current())
    assert window.project.document_count() == 30  # closing changed nothing
