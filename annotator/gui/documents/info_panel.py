"""Document metadata (read-only) and the per-document note, saved as it is typed."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TR_NOOP, QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QPlainTextEdit, QVBoxLayout, QWidget

from annotator.gui.documents.model import STATUS_TEXT
from annotator.gui.i18n import _tr, number
from annotator.gui.messages import recognised, shown
from annotator.gui.plaintext import plain_label

NOTE_DELAY_MS = 500

# Metadata an import records, named in the interface language: shown as stored,
# "import_warnings: ['composed 10 accent marks…']" and "regions: [[0, 74, 'title'], …]"
# read as a program's insides in a Vietnamese window.
META_NAMES = {
    "date": QT_TR_NOOP("Date"),
    "doc_id": QT_TR_NOOP("Id in its corpus"),
    "url": QT_TR_NOOP("Web address"),
    "encoding": QT_TR_NOOP("Encoding"),
    "regions": QT_TR_NOOP("Regions"),
    "import_warnings": QT_TR_NOOP("Import warnings"),
}
REGION_NAMES = {
    "body": QT_TR_NOOP("body"),
    "title": QT_TR_NOOP("title"),
    "byline": QT_TR_NOOP("byline"),
    "caption": QT_TR_NOOP("caption"),
    "tags": QT_TR_NOOP("tags"),
    "source": QT_TR_NOOP("source line"),
}


class DocumentInfoPanel(QWidget):
    """Emits `noteEdited(doc_id, text)` after a pause in typing or on focus-out."""

    noteEdited = Signal(int, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._doc_id: int | None = None
        self._saved_note = ""
        self.meta = QPlainTextEdit(self)
        self.meta.setReadOnly(True)
        self.note = QPlainTextEdit(self)
        self.note.setPlaceholderText(_tr("Note about this document (saved automatically)"))
        self.note.installEventFilter(self)
        self._timer = QTimer(self, singleShot=True, interval=NOTE_DELAY_MS)
        self._timer.timeout.connect(self.flush)
        self.note.textChanged.connect(self._on_text_changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(plain_label(_tr("Metadata"), self))
        layout.addWidget(self.meta, 2)
        layout.addWidget(plain_label(_tr("Note"), self))
        layout.addWidget(self.note, 1)
        self.setEnabled(False)

    def show_document(self, document) -> None:
        """Show `document` (None clears); saves the previous note first."""
        self.flush()
        self._doc_id = None if document is None else document.id
        self.setEnabled(document is not None)
        self.show_meta(document)
        self._set_note("" if document is None else document.note)

    def show_meta(self, document) -> None:
        self.meta.setPlainText("" if document is None else _meta_text(document))

    def show_note(self, note: str) -> None:
        """Show a note changed elsewhere (undo) without saving it again."""
        if note != self.note.toPlainText():
            self._set_note(note)
        self._saved_note = note

    def _set_note(self, note: str) -> None:
        self._timer.stop()
        self.note.blockSignals(True)
        self.note.setPlainText(note)
        self.note.blockSignals(False)
        self._saved_note = note

    def _on_text_changed(self) -> None:
        self._timer.start()

    def flush(self) -> None:
        """Save the note now if it changed since it was last saved."""
        self._timer.stop()
        text = self.note.toPlainText()
        if self._doc_id is not None and text != self._saved_note:
            self._saved_note = text
            self.noteEdited.emit(self._doc_id, text)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.note and event.type() == QEvent.Type.FocusOut:
            self.flush()
        return super().eventFilter(watched, event)


def _meta_text(document) -> str:
    status = _tr(STATUS_TEXT.get(document.status, document.status))
    lines = [
        _tr("Title: {title}").format(title=document.title),
        _tr("Status: {status}").format(status=status),
    ]
    if document.source:
        lines.append(_tr("Source: {source}").format(source=document.source))
    lines.append(_tr("Characters: {count}").format(count=number(len(document.text))))
    for key, value in sorted(document.meta.items()):
        lines += _meta_lines(key, value)
    return "\n".join(lines)


def _meta_lines(key: str, value: Any) -> list[str]:
    """One metadata entry: a list one item a line, regions by kind and extent."""
    name = _tr(META_NAMES[key]) if key in META_NAMES else key
    if key == "regions" and isinstance(value, list):
        return [f"{name}: " + ", ".join(_region(item) for item in value)]
    if key == "import_warnings" and isinstance(value, list):
        return [f"{name}:", *(f"  • {shown(recognised(str(item)))}" for item in value)]
    if isinstance(value, list):
        return [f"{name}:", *(f"  • {item}" for item in value)]
    if isinstance(value, dict):
        return [f"{name}: " + ", ".join(f"{k} = {v}" for k, v in value.items())]
    return [f"{name}: {value}"]


def _region(item: Any) -> str:
    """A region stored as [start, end, kind]: "title 0–74"."""
    if not (isinstance(item, list | tuple) and len(item) == 3):
        return str(item)
    start, end, kind = item
    named = _tr(REGION_NAMES[kind]) if kind in REGION_NAMES else str(kind)
    return f"{named} {number(start)}–{number(end)}"
