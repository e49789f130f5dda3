"""Answering the window's next folder dialog from a test, as a linguist would."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog


def answer_folder_dialog(
    choose: Path | None,
    before_choosing: Callable[[QFileDialog, dict[str, str]], None] | None = None,
) -> dict[str, str]:
    """Note where the next folder dialog opens, let `before_choosing` look at it (and tick
    its boxes), then choose `choose` (None: cancel). What was seen is filled in later."""
    seen: dict[str, str] = {}

    def in_the_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog):
            QTimer.singleShot(100, in_the_dialog)
            return
        seen["opened in"] = dialog.directory().absolutePath()
        if before_choosing is not None:
            before_choosing(dialog, seen)
        if choose is None:
            dialog.reject()
            return
        dialog.setDirectory(str(choose))  # inside the folder, as after double-clicking it
        dialog.accept()

    QTimer.singleShot(100, in_the_dialog)
    return seen
