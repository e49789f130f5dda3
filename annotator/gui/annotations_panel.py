"""The annotations of the open document, grouped by label; a click jumps to one."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHeaderView, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from annotator.core.model import PENDING
from annotator.gui.plaintext import excerpt, swatch

SPAN_ROLE = Qt.ItemDataRole.UserRole + 1


class AnnotationsPanel(QWidget):
    """Tree of label → spans. Emits `spanActivated(span_id)`."""

    spanActivated = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tree = QTreeWidget(self)
        self.tree.setHeaderLabels(["Annotation", "Position"])
        self.tree.setUniformRowHeights(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.itemClicked.connect(self._on_clicked)
        self.tree.itemActivated.connect(self._on_clicked)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(self.tree)

    def show_spans(self, *, schema, text: str, spans) -> None:
        """Rebuild the tree from `spans` of a document whose text is `text`."""
        self.tree.clear()
        groups: dict[str, QTreeWidgetItem] = {}
        colors = {label.name: label.color for label in schema.labels} if schema else {}
        order = {name: i for i, name in enumerate(colors)}
        for span in sorted(spans, key=lambda s: (order.get(s.label, 99), s.start)):
            group = groups.get(span.label)
            if group is None:
                group = QTreeWidgetItem(self.tree, [span.label, ""])
                group.setIcon(0, swatch(colors.get(span.label, "#888888")))
                group.setFlags(Qt.ItemFlag.ItemIsEnabled)
                groups[span.label] = group
            mark = "  (suggested)" if span.state == PENDING else ""
            child = QTreeWidgetItem(group, [excerpt(text[span.start : span.end]) + mark])
            child.setText(1, f"{span.start}–{span.end}")
            child.setData(0, SPAN_ROLE, span.id)
        for label, group in groups.items():
            group.setText(0, f"{label} ({group.childCount()})")
        self.tree.expandAll()

    def span_items(self) -> list[QTreeWidgetItem]:
        items = []
        for g in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(g)
            items.extend(group.child(c) for c in range(group.childCount()))
        return items

    def _on_clicked(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        span_id = item.data(0, SPAN_ROLE)
        if span_id is not None:
            self.spanActivated.emit(int(span_id))
