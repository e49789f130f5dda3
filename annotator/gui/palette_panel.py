"""The label palette: colour, key and name of every label; a click applies it."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from annotator.core.schema import LabelSchema
from annotator.gui.plaintext import swatch, tooltip

LABEL_ROLE = Qt.ItemDataRole.UserRole + 1


class LabelPalette(QWidget):
    """Emits `labelChosen(name)` when a label is clicked (like pressing its key)."""

    labelChosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = QListWidget(self)
        # Focus stays in the editor so its text selection survives the click.
        self.list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.list.itemClicked.connect(self._on_clicked)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(self.list)

    def set_schema(self, schema: LabelSchema | None) -> None:
        self.list.clear()
        if schema is None:
            return
        for label in schema.labels:
            key = f"[{label.key}]  " if label.key else "      "
            item = QListWidgetItem(swatch(label.color), f"{key}{label.name}")
            item.setData(LABEL_ROLE, label.name)
            item.setToolTip(tooltip(label.description))
            self.list.addItem(item)

    def item_for(self, name: str) -> QListWidgetItem | None:
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.data(LABEL_ROLE) == name:
                return item
        return None

    def _on_clicked(self, item: QListWidgetItem) -> None:
        self.labelChosen.emit(item.data(LABEL_ROLE))
        self.list.clearSelection()
