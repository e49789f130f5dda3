"""Status bar: who annotates, how far the project is, when it was last saved."""

from __future__ import annotations

import time

from PySide6.QtWidgets import QStatusBar, QWidget

from annotator.gui.plaintext import plain_label


class AnnotatorStatusBar(QStatusBar):
    """Three permanent fields; transient messages use showMessage."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.annotator_label = plain_label("", self)
        self.progress_label = plain_label("", self)
        self.saved_label = plain_label("", self)
        for label, sample in (
            (self.annotator_label, "Annotator: xxxxxxxx"),
            (self.progress_label, "00000 of 00000 done"),
            (self.saved_label, "Saved 00:00:00"),
        ):
            label.setMinimumWidth(label.fontMetrics().horizontalAdvance(sample) + 12)
            self.addPermanentWidget(label)

    def show_project(self, project) -> None:
        if project is None:
            self.annotator_label.setText("No project")
            self.progress_label.setText("")
            self.saved_label.setText("")
            return
        self.annotator_label.setText(f"Annotator: {project.annotator}")
        self.update_progress(project)

    def update_progress(self, project) -> None:
        total = project.document_count()
        done = project.document_count(status=("done", "reviewed"))
        self.progress_label.setText(f"{done} of {total} done")

    def mark_saved(self, when: float | None = None) -> None:
        stamp = time.strftime("%H:%M:%S", time.localtime(when or time.time()))
        self.saved_label.setText(f"Saved {stamp}")
