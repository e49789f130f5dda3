"""The relations of the open document: head → type → tail, with delete."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from annotator.gui.plaintext import excerpt

RELATION_ROLE = Qt.ItemDataRole.UserRole + 1


class RelationsPanel(QWidget):
    """Emits `deleteRequested(relation_id)` and `spanActivated(span_id)`."""

    deleteRequested = Signal(int)
    spanActivated = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tree = QTreeWidget(self)
        self.tree.setHeaderLabels(["Head", "Relation", "Tail"])
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.itemActivated.connect(self._on_activated)
        self.tree.itemClicked.connect(self._on_activated)
        self.delete_button = QPushButton("Delete relation", self)
        self.delete_button.clicked.connect(self.delete_selected)
        shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.tree)
        shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        shortcut.activated.connect(self.delete_selected)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(self.tree)
        layout.addWidget(self.delete_button)

    def show_relations(self, *, text: str, spans, relations) -> None:
        self.tree.clear()
        by_id = {span.id: span for span in spans}
        for rel in relations:
            head, tail = by_id.get(rel.head), by_id.get(rel.tail)
            if head is None or tail is None:
                continue
            item = QTreeWidgetItem(
                self.tree,
                [
                    excerpt(text[head.start : head.end], 40),
                    f"→ {rel.type} →",
                    excerpt(text[tail.start : tail.end], 40),
                ],
            )
            item.setData(0, RELATION_ROLE, (rel.id, rel.head, rel.tail))
        for column in range(3):
            self.tree.resizeColumnToContents(column)

    def relation_ids(self) -> list[int]:
        tree = self.tree
        return [
            tree.topLevelItem(i).data(0, RELATION_ROLE)[0] for i in range(tree.topLevelItemCount())
        ]

    def delete_selected(self) -> None:
        item = self.tree.currentItem()
        if item is not None:
            self.deleteRequested.emit(int(item.data(0, RELATION_ROLE)[0]))

    def _on_activated(self, item: QTreeWidgetItem, column: int) -> None:
        _rel_id, head, tail = item.data(0, RELATION_ROLE)
        self.spanActivated.emit(int(tail if column == 2 else head))
