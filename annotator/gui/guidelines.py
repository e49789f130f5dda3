"""The annotation guidelines, shown in a dock beside the text.

The project's own guidelines when it has them (a work package carries the
guidelines of the project it came from), else those shipped with the tool.
"""

from __future__ import annotations

from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QTextBrowser, QWidget

from annotator.core.resources import resource_path
from annotator.gui.i18n import _tr


def guidelines_browser(parent: QWidget | None = None) -> QTextBrowser:
    """resources/guidelines.md rendered as Markdown; links stay inert, HTML is not run."""
    browser = QTextBrowser(parent)
    browser.setOpenExternalLinks(False)
    browser.setOpenLinks(False)
    show_guidelines(browser, guidelines_text())
    return browser


def show_guidelines(browser: QTextBrowser, text: str) -> None:
    """Show `text` (Markdown) in the browser."""
    features = (
        QTextDocument.MarkdownFeature.MarkdownDialectGitHub
        | QTextDocument.MarkdownFeature.MarkdownNoHTML
    )
    browser.document().setMarkdown(text, features)


def guidelines_text() -> str:
    path = resource_path("guidelines.md")
    try:
        return path.read_text(encoding="utf-8")
    except OSError:
        return _tr("The guidelines file {path} is missing.").format(path=path)
