"""The editor's text document: plain text that never loads a resource."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, QUrl
from PySide6.QtGui import QTextDocument

from annotator.gui.editor.layout import RoomyLayout

# Room above the first line for relation arrows.
DOCUMENT_MARGIN = 14


class PlainDocument(QTextDocument):
    """Article text is shown with setPlainText, so nothing should ever ask for a
    resource; if anything does (an image, a stylesheet), it gets nothing and
    the request is recorded. Its layout leaves room above lines for relation
    arcs (editor.layout)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setDocumentLayout(RoomyLayout(self))
        self.setDocumentMargin(DOCUMENT_MARGIN)
        self.setUndoRedoEnabled(False)
        self.resource_requests: list[str] = []

    def loadResource(self, kind: int, name: QUrl) -> Any:  # noqa: N802 (Qt override)
        self.resource_requests.append(name.toString())
        return None
