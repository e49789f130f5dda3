"""The annotations of the open document as a flat table model: label rows, then their spans."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import (
    QT_TR_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont

from annotator.core.model import PENDING, REJECTED, Span
from annotator.core.team import CURATED
from annotator.gui.i18n import _tr, number
from annotator.gui.plaintext import excerpt, swatch, tooltip
from annotator.gui.review.provenance import describe, source_cell, state_text

SPAN_ROLE = Qt.ItemDataRole.UserRole + 1
_Index = QModelIndex | QPersistentModelIndex
INDENT = "    "  # span rows sit under their label row
# Pale backgrounds that tell annotators apart in the Annotator column.
LAYER_COLORS = tuple(
    QColor(c) for c in ("#dbe9f6", "#fde3c8", "#d9f0d3", "#ecdcf2", "#f9d9d9", "#fff2b3", "#d7eeee")
)
Locate = Callable[[int], tuple[int, int]]  # code point -> (paragraph, line)


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

    COLUMNS = (
        QT_TR_NOOP("Annotation"),
        QT_TR_NOOP("State"),
        QT_TR_NOOP("Source"),
        QT_TR_NOOP("Position"),
        QT_TR_NOOP("Annotator"),
    )
    ANNOTATOR = 4  # shown when the list holds several annotators' layers
    STATE, SOURCE, POSITION = 1, 2, 3

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[_Group | Span] = []
        self._row_of: dict[int | None, int] = {}
        self._text = ""
        self._layers: dict[str, QColor] = {}
        self._layer_slots: dict[str, int] = {}
        self.locate: Locate | None = None
        # How spans are ordered inside their label (a heading clicked): reading order at first.
        self.order: tuple[int, Qt.SortOrder] = (self.POSITION, Qt.SortOrder.AscendingOrder)
        self._shown: tuple = (None, "", [])

    def set_layer_order(self, names: list[str]) -> None:
        """The project's layers in a fixed order, so each annotator keeps one colour everywhere."""
        self._layer_slots = {name: i for i, name in enumerate(dict.fromkeys(names))}

    @property
    def several_layers(self) -> bool:
        """Whether the spans come from more than one annotator's layer (all layers shown)."""
        return len(self._layers) > 1

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Order each label's spans by a column (Source: by confidence, the least sure first)."""
        self.order = (column, order)
        schema, text, spans = self._shown
        self.show(schema=schema, text=text, spans=spans)

    def _sort_key(self, column: int) -> Callable[[Span], tuple]:
        if column == self.SOURCE:  # by hand or imported (no confidence): as sure as can be
            return lambda s: (2.0 if s.confidence is None else s.confidence, s.start)
        if column == 0:
            return lambda s: (self._text[s.start : s.end].casefold(), s.start)
        if column == 1:
            return lambda s: (s.state, s.start)
        if column == self.ANNOTATOR:
            return lambda s: (s.annotator, s.start)
        return lambda s: (s.start, s.end)

    def show(self, *, schema, text: str, spans) -> None:
        self._shown = (schema, text, spans)
        self._text = text
        colors = {label.name: label.color for label in schema.labels} if schema else {}
        order = {name: i for i, name in enumerate(colors)}
        by_label: dict[str, list[Span]] = {}
        for span in sorted(spans, key=lambda s: (order.get(s.label, len(order)), s.label)):
            by_label.setdefault(span.label, []).append(span)
        column, direction = self.order
        descending = direction == Qt.SortOrder.DescendingOrder
        rows: list[_Group | Span] = []
        for label, items in by_label.items():
            rows.append(_Group(label, colors.get(label, "#888888"), len(items)))
            rows.extend(sorted(items, key=self._sort_key(column), reverse=descending))
        unknown = sorted({s.annotator for s in spans} - set(self._layer_slots))
        slots = {**self._layer_slots}
        slots.update((n, len(self._layer_slots) + i) for i, n in enumerate(unknown))
        self.beginResetModel()
        self._layers = {
            n: LAYER_COLORS[slots[n] % len(LAYER_COLORS)] for n in {s.annotator for s in spans}
        }
        self._text, self._rows = text, rows
        self._row_of = {row.id: n for n, row in enumerate(rows) if isinstance(row, Span)}
        self.endResetModel()

    @property
    def shown_text(self) -> str:
        """The text of the document whose spans are listed ("" when none is)."""
        return self._text

    def group_rows(self) -> list[int]:
        """Rows that head a label's spans (shown across every column)."""
        return [n for n, row in enumerate(self._rows) if isinstance(row, _Group)]

    def row_of(self, span_id: int) -> int | None:
        return self._row_of.get(span_id)

    def span_at(self, row: int) -> Span | None:
        found = self._rows[row] if 0 <= row < len(self._rows) else None
        return found if isinstance(found, Span) else None

    def spans(self) -> list[Span]:
        return [row for row in self._rows if isinstance(row, Span)]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _tr(self.COLUMNS[section])
        if section == self.POSITION and role == Qt.ItemDataRole.ToolTipRole:
            return _tr("Paragraph : line (as wrapped on screen), as the status bar shows them")
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
        if role == Qt.ItemDataRole.ToolTipRole:  # whole, where a cell is cut to the panel
            surface = " ".join(self._text[row.start : row.end].split())
            where = self._position(row, whole=True)
            return tooltip(f"{row.label}: {surface}\n{describe(row)}\n{where}")
        if role == Qt.ItemDataRole.BackgroundRole and index.column() in (0, self.ANNOTATOR):
            # Whose span it is, at a glance, when several layers are listed.
            return self._layers.get(row.annotator) if self.several_layers else None
        if role == Qt.ItemDataRole.ForegroundRole and row.state == REJECTED:
            return QColor("#808080")
        if role == Qt.ItemDataRole.FontRole and row.state == PENDING:
            font = QFont()
            font.setItalic(True)
            return font
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return self._cell(row, index.column())

    def _cell(self, span: Span, column: int) -> str:
        if column == 0:
            return INDENT + excerpt(self._text[span.start : span.end])
        if column == 1:
            return state_text(span.state)
        if column == 2:
            return source_cell(span)
        if column == self.ANNOTATOR:
            return _tr("curated") if span.annotator == CURATED else span.annotator
        return self._position(span, whole=False)

    def _position(self, span: Span, *, whole: bool) -> str:
        """ "¶6 · line 12" (the tooltip, as the status bar says it), or "¶6:12" in the cell.

        The whole form was cut to "¶6 · d…" in the Vietnamese list at 1366
        pixels; the short one fits, and the header's tooltip says how to read it.
        """
        if self.locate is None:
            return str(span.start)
        paragraph, line = self.locate(span.start)
        shape = _tr("¶{paragraph} · line {line}") if whole else _tr("¶{paragraph}:{line}")
        return shape.format(paragraph=number(paragraph), line=number(line))

    @staticmethod
    def _group_data(group: _Group, column: int, role: int):
        if column != 0:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{group.label} ({number(group.count)})"
        if role == Qt.ItemDataRole.DecorationRole:
            return swatch(group.color)
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        return None
