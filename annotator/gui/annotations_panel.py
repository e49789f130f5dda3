"""The annotations of the open document, grouped by label; a click jumps to one."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from annotator.core.model import PENDING, Span
from annotator.gui.plaintext import excerpt, swatch

SPAN_ROLE = Qt.ItemDataRole.UserRole + 1
_Index = QModelIndex | QPersistentModelIndex
INDENT = "    "  # span rows sit under their label row


@dataclass(frozen=True)
class _Group:
    label: str
    color: str
    count: int


class SpanListModel(QAbstractTableModel):
    """One row per label, followed by a row per span of that label.

    A document can hold thousands of spans and the list is rebuilt after
    every edit, so it is a flat table with fixed row heights: the view asks
    only for the rows it paints, and a row's text is made only then (a tree
    widget item per span, or expanding a tree, cost more than the edit).
    """

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[_Group | Span] = []
        self._row_of: dict[int | None, int] = {}
        self._text = ""

    def show(self, *, schema, text: str, spans) -> None:
        colors = {label.name: label.color for label in schema.labels} if schema else {}
        order = {name: i for i, name in enumerate(colors)}
        by_label: dict[str, list[Span]] = {}
        for span in sorted(spans, key=lambda s: (order.get(s.label, len(order)), s.label, s.start)):
            by_label.setdefault(span.label, []).append(span)
        rows: list[_Group | Span] = []
        for label, items in by_label.items():
            rows.append(_Group(label, colors.get(label, "#888888"), len(items)))
            rows.extend(items)
        self.beginResetModel()
        self._text, self._rows = text, rows
        self._row_of = {row.id: n for n, row in enumerate(rows) if isinstance(row, Span)}
        self.endResetModel()

    def row_of(self, span_id: int) -> int | None:
        return self._row_of.get(span_id)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 2

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return ("Annotation", "Position")[section]
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if isinstance(self._rows[index.row()], _Group):
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if isinstance(row, _Group):
            return self._group_data(row, index.column(), role)
        if role == SPAN_ROLE:
            return row.id
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if index.column() == 1:
            return f"{row.start}–{row.end}"
        mark = "  (suggested)" if row.state == PENDING else ""
        return INDENT + excerpt(self._text[row.start : row.end]) + mark

    @staticmethod
    def _group_data(group: _Group, column: int, role: int):
        if column != 0:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{group.label} ({group.count})"
        if role == Qt.ItemDataRole.DecorationRole:
            return swatch(group.color)
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        return None


class AnnotationsPanel(QWidget):
    """Tree of label → spans. Emits `spanActivated(span_id)`."""

    spanActivated = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = SpanListModel(self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setShowGrid(False)
        self.view.setWordWrap(False)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        rows = self.view.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 6)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # A width from the font: measuring the contents would visit every span.
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(1, self.fontMetrics().horizontalAdvance("00000–00000") + 16)
        header.setHighlightSections(False)
        self.view.clicked.connect(self._on_clicked)
        self.view.activated.connect(self._on_clicked)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(self.view)

    def show_spans(self, *, schema, text: str, spans) -> None:
        """Show `spans` of a document whose text is `text`, grouped by label."""
        self.model.show(schema=schema, text=text, spans=spans)

    def select_span(self, span_id: int | None) -> None:
        """Mark the span the editor selected, scrolled into view (emits nothing)."""
        row = None if span_id is None else self.model.row_of(span_id)
        if row is None:
            self.view.clearSelection()
            return
        index = self.model.index(row, 0)
        self.view.setCurrentIndex(index)
        self.view.scrollTo(index)

    def selected_span_id(self) -> int | None:
        rows = self.view.selectionModel().selectedRows()
        return rows[0].data(SPAN_ROLE) if rows else None

    def clear(self) -> None:
        self.model.show(schema=None, text="", spans=[])

    def span_indexes(self) -> list[QModelIndex]:
        """The span rows (column 0), label by label."""
        model = self.model
        indexes = (model.index(r, 0) for r in range(model.rowCount()))
        return [index for index in indexes if index.data(SPAN_ROLE) is not None]

    def span_texts(self) -> list[str]:
        return [index.data().strip() for index in self.span_indexes()]

    def _on_clicked(self, index: QModelIndex) -> None:
        span_id = index.siblingAtColumn(0).data(SPAN_ROLE)
        if span_id is not None:
            self.spanActivated.emit(int(span_id))
