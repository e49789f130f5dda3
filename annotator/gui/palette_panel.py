"""The label palette: colour, key and name of every label; a click applies it."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QScrollArea, QVBoxLayout, QWidget

from annotator.core.schema import LabelSchema
from annotator.gui.plaintext import swatch, tooltip

LABEL_ROLE = Qt.ItemDataRole.UserRole + 1
ROWS_BEFORE_A_SCHEMA = 7  # the default schema's labels: the room a new window keeps


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

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        """Tall enough for every label: the dock starts showing all of them, no scrollbar."""
        hint = super().sizeHint()
        return QSize(hint.width(), self.height_for_labels())

    def height_for_labels(self) -> int:
        rows = self.list.count() or ROWS_BEFORE_A_SCHEMA
        row = self.list.sizeHintForRow(0) if self.list.count() else 0
        row = max(row, self.list.fontMetrics().height() + 2, self.list.iconSize().height())
        margins = self.layout().contentsMargins()
        frame = 2 * self.list.frameWidth() + 2 * self.list.spacing() * rows
        return rows * row + frame + margins.top() + margins.bottom() + 2

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
        self.fit_height()

    def fit_height(self) -> None:
        """Keep the panel (its dock's scroll area) as tall as its labels need, no taller.

        Room freed beside it (the search panel closed, a project opened again)
        went to the label panel, which had every label in view already, and
        left the annotation list below it two rows high; room taken (the search
        panel opened) hid labels behind a scrollbar that stayed once it closed.
        """
        area = self.parentWidget()
        while area is not None and not isinstance(area, QScrollArea):
            area = area.parentWidget()
        if area is not None:
            # A schema of twenty labels scrolls rather than push the lists off a laptop's screen.
            most = self.screen().availableGeometry().height() // 4
            area.setFixedHeight(min(self.height_for_labels(), max(most, 1)))

    def item_for(self, name: str) -> QListWidgetItem | None:
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.data(LABEL_ROLE) == name:
                return item
        return None

    def _on_clicked(self, item: QListWidgetItem) -> None:
        self.labelChosen.emit(item.data(LABEL_ROLE))
        self.list.clearSelection()
