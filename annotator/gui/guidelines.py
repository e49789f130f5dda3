"""The annotation guidelines shipped with the tool, shown in a dock beside the text."""

from __future__ import annotations

from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QTextBrowser, QWidget

from annotator.core.resources import resource_path


def guidelines_browser(parent: QWidget | None = None) -> QTextBrowser:
    """resources/guidelines.md rendered as Markdown; links stay inert, HTML is not run."""
    browser = QTextBrowser(parent)
    browser.setOpenExternalLinks(False)
    browser.setOpenLinks(False)
    features = (
        QTextDocument.MarkdownFeature.MarkdownDialectGitHub
        | QTextDocument.MarkdownFeature.MarkdownNoHTML
    )
    browser.document().setMarkdown(guidelines_text(), features)
    return browser


def guidelines_text() -> str:
    path = resource_path("guidelines.md")
    try:
        return path.read_text(encoding="utf-8")
    except OSError:
        return f"The guidelines file {path} is missing."
