"""Showing user text safely: labels and tooltips that never interpret HTML."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget


def plain_label(text: str = "", parent: QWidget | None = None) -> QLabel:
    """A QLabel that shows `text` literally, whatever characters it holds."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)
    return label


def tooltip(text: str) -> str:
    """Tooltip markup that shows `text` literally.

    Qt guesses whether a tooltip is rich text, so plain text holding `<b>`
    would be rendered; escaping it inside an explicit paragraph cannot be.
    """
    if not text:
        return ""
    return f"<p style='white-space:pre-wrap'>{html.escape(text)}</p>"


def excerpt(text: str, limit: int = 60) -> str:
    """One line of at most `limit` characters for lists and trees."""
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def named_documents(items: list[tuple[int, str]], shown: int = 3) -> str:
    """A few documents by title and id (“Title” (12), …) for a one-line summary."""
    names = ", ".join(f"“{excerpt(title, 40)}” ({doc_id})" for doc_id, title in items[:shown])
    return names + (", …" if len(items) > shown else "")


def swatch(color: str, size: int = 14) -> QIcon:
    """A square icon filled with `color` (grey when it is not a colour)."""
    qcolor = QColor(color)
    if not qcolor.isValid():
        qcolor = QColor("#888888")
    pixmap = QPixmap(size, size)
    pixmap.fill(qcolor)
    return QIcon(pixmap)


def message_box(parent: QWidget | None, title: str, text: str, *, ask: bool) -> QMessageBox:
    """A warning (ask=False) or a yes/no question whose text is shown literally."""
    icon = QMessageBox.Icon.Question if ask else QMessageBox.Icon.Warning
    buttons = (
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
        if ask
        else QMessageBox.StandardButton.Ok
    )
    box = QMessageBox(icon, title, text, buttons, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    return box
