"""The concordance as a table model: hits appended page by page, sortable by context."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from annotator.app.search.engine import Hit
from annotator.core.search_text import left_sort_key, right_sort_key
from annotator.gui.plaintext import excerpt, tooltip

HIT_ROLE = Qt.ItemDataRole.UserRole + 1
DOCUMENT, LEFT, HIT, RIGHT, ANNOTATED = range(5)
_Index = QModelIndex | QPersistentModelIndex


def annotation_text(hit: Hit) -> str:
    """How a hit is annotated, in the interface's language: `PER`, `PER?` (pending), `in ROLE`."""
    where_text = {
        "same": "%1",
        "inside": QCoreApplication.translate("Concordance", "in %1"),
        "contains": QCoreApplication.translate("Concordance", "has %1"),
        "overlaps": QCoreApplication.translate("Concordance", "across %1"),
    }
    parts = []
    for span in hit.spans:
        label = span.label + ("?" if span.state == "pending" else "")
        parts.append(where_text[span.relation_to(hit.start, hit.end)].replace("%1", label))
    return ", ".join(dict.fromkeys(parts))


def _header(column: int) -> str:
    names = (
        QCoreApplication.translate("Concordance", "Document"),
        QCoreApplication.translate("Concordance", "Left context"),
        QCoreApplication.translate("Concordance", "Hit"),
        QCoreApplication.translate("Concordance", "Right context"),
        QCoreApplication.translate("Concordance", "Annotated"),
    )
    return names[column]


_KEYS = {
    DOCUMENT: lambda hit: (hit.doc_id, hit.start),
    LEFT: lambda hit: (left_sort_key(hit.line), hit.doc_id, hit.start),
    HIT: lambda hit: (hit.line.hit.casefold(), hit.doc_id, hit.start),
    RIGHT: lambda hit: (right_sort_key(hit.line), hit.doc_id, hit.start),
    ANNOTATED: lambda hit: (annotation_text(hit), hit.doc_id, hit.start),
}


class ConcordanceModel(QAbstractTableModel):
    """Keyword-in-context rows; the left context is right-aligned so the hits line up.

    Pages arrive while the search runs; with a sort chosen, each page is
    merged into its place, so the view never jumps back to document order.
    """

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._hits: list[Hit] = []
        self._sort: tuple[int, Qt.SortOrder] | None = None

    def clear(self) -> None:
        self.beginResetModel()
        self._hits = []
        self.endResetModel()

    def add_page(self, hits: list[Hit]) -> None:
        if not hits:
            return
        if self._sort is None:
            first = len(self._hits)
            self.beginInsertRows(QModelIndex(), first, first + len(hits) - 1)
            self._hits.extend(hits)
            self.endInsertRows()
            return
        self.layoutAboutToBeChanged.emit()
        self._hits.extend(hits)
        self._apply_sort()
        self.layoutChanged.emit()

    def hit_at(self, row: int) -> Hit | None:
        return self._hits[row] if 0 <= row < len(self._hits) else None

    def hits(self) -> list[Hit]:
        return list(self._hits)

    # -- Qt model -------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._hits)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _header(section)
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        hit = self.hit_at(index.row())
        if hit is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                excerpt(hit.title, 40),
                hit.line.left,
                hit.line.hit,
                hit.line.right,
                annotation_text(hit),
            )[column]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            align = Qt.AlignmentFlag.AlignRight if column == LEFT else Qt.AlignmentFlag.AlignLeft
            return int(align | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(hit, column)
        if role == HIT_ROLE:
            return hit
        return None

    @staticmethod
    def _tooltip(hit: Hit, column: int) -> str | None:
        """The document where it is; the whole sentence over the context, cut in the row."""
        if column == DOCUMENT:
            return f"{hit.title} ({hit.status}) @ {hit.start}"
        if column in (LEFT, HIT, RIGHT):
            line = hit.line
            return tooltip(line.sentence or f"{line.left}{line.hit}{line.right}")
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by a column (-1: back to document order, as the hits were found)."""
        self.layoutAboutToBeChanged.emit()
        self._sort = (column, order) if column >= 0 else None
        if column < 0:
            self._hits.sort(key=_KEYS[DOCUMENT])
        self._apply_sort()
        self.layoutChanged.emit()

    def _apply_sort(self) -> None:
        if self._sort is None:
            return
        column, order = self._sort
        self._hits.sort(
            key=_KEYS.get(column, _KEYS[DOCUMENT]),
            reverse=order == Qt.SortOrder.DescendingOrder,
        )
