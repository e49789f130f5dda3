"""Scrolling the Export dialog's form with the wheel scrolls it, and changes no choice on the way."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, QPointF, Qt, QTimer
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QScrollArea

from annotator.gui.export.dialog import ExportDialog
from annotator.store import create_project


def _wheel_down(widget) -> None:
    """One notch of the wheel, down, with the pointer over the middle of `widget`."""
    centre = QPointF(widget.rect().center())
    event = QWheelEvent(
        centre,
        QPointF(widget.mapToGlobal(centre.toPoint())),
        QPoint(0, 0),
        QPoint(0, -120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)


def test_the_wheel_over_a_box_scrolls_the_form_and_keeps_the_choice(
    qtbot, make_window, tmp_path: Path
) -> None:
    path = tmp_path / "p.db"
    project = create_project(path, annotator="tester")
    project.close()
    window = make_window(path)
    seen: dict = {}

    def in_the_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ExportDialog)
        dialog.resize(700, 420)  # a small screen: the form scrolls
        bar = dialog.findChild(QScrollArea).verticalScrollBar()
        qtbot.waitUntil(lambda: bar.maximum() > 0)
        seen["before"] = (dialog.layer_box.currentData(), bar.value())
        for box in (dialog.layer_box, dialog.block_box, dialog.seed_spin):
            _wheel_down(box)
        seen["after"] = (dialog.layer_box.currentData(), bar.value())
        seen["options"] = dialog.options()
        seen["seed"] = dialog.seed_spin.value()
        dialog.reject()

    QTimer.singleShot(300, in_the_dialog)
    window.commands.export.trigger()  # File ▸ Export…
    qtbot.waitUntil(lambda: "options" in seen, timeout=10000)
    (layer, top), (layer_after, scrolled) = seen["before"], seen["after"]
    assert layer_after == layer == "auto" and seen["options"].selection.layer == "auto"
    assert seen["options"].tokens.block == "sentence"
    assert seen["seed"] == 13
    assert scrolled > top  # the wheel scrolled the form instead
