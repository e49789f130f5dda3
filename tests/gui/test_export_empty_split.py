"""A split export warns when a part holds documents but not one span (unannotated dev or test)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from annotator.core.model import SourceDocument
from annotator.gui.export.dialog import ExportDialog
from annotator.store import create_project
from tests.formats.pipeline import build_project


def _preview_later(qtbot, seen: dict, *, split: str) -> None:
    def in_the_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ExportDialog)
        for box in dialog.status_checks.values():
            box.setChecked(True)
        dialog.split_edit.setText(split)
        qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "Press Export" in dialog.report.toPlainText(), timeout=30000)
        seen["report"] = dialog.report.toPlainText()
        dialog.reject()

    QTimer.singleShot(300, in_the_dialog)


def test_unannotated_parts_of_a_split_are_named(qtbot, make_window, tmp_path: Path) -> None:
    path = tmp_path / "p.db"
    project = create_project(path, annotator="tester")
    build_project(project)  # three annotated articles
    for n in range(27):  # and new articles nobody has annotated yet
        project.add_document(SourceDocument(text=f"Bài số {n} chưa ai đọc.", title=f"Bài {n}"))
    assert project.stats()["labels"]  # the spans are in the project
    project.close()
    window = make_window(path)
    seen: dict = {}
    _preview_later(qtbot, seen, split="8:1:1")
    window.commands.export.trigger()  # File ▸ Export…
    qtbot.waitUntil(lambda: "report" in seen, timeout=40000)
    warning = next(line for line in seen["report"].splitlines() if line.startswith("Warning"))
    assert "not one span" in warning and "dev" in warning and "test" in warning, warning
    seen.clear()
    _preview_later(qtbot, seen, split="")  # one part, with spans: nothing to warn of
    window.commands.export.trigger()  # File ▸ Export…
    qtbot.waitUntil(lambda: "report" in seen, timeout=40000)
    assert "Warning" not in seen["report"]
