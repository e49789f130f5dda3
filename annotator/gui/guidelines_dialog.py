"""A read-only viewer for the annotation guidelines shipped with the tool."""

from __future__ import annotations

from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from annotator.core.resources import resource_path


class GuidelinesDialog(QDialog):
    """Shows resources/guidelines.md rendered as Markdown; links stay inert."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Annotation guidelines")
        self.resize(820, 640)
        self.browser = QTextBrowser(self)
        self.browser.setOpenExternalLinks(False)
        self.browser.setOpenLinks(False)
        features = (
            QTextDocument.MarkdownFeature.MarkdownDialectGitHub
            | QTextDocument.MarkdownFeature.MarkdownNoHTML
        )
        self.browser.document().setMarkdown(guidelines_text(), features)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)


def guidelines_text() -> str:
    path = resource_path("guidelines.md")
    try:
        return path.read_text(encoding="utf-8")
    except OSError:
        return f"The guidelines file {path} is missing."
