"""Qt table model over the project's documents, fetched page by page."""

from __future__ import annotations

from collections import OrderedDict

from PySide6.QtCore import (
    QT_TR_NOOP,
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from annotator.core.changes import ChangeSet
from annotator.gui.i18n import _tr
from annotator.gui.plaintext import tooltip
from annotator.gui.reports.counts import counted
from annotator.store.document_filter import EVERY_DOCUMENT, DocumentFilter

# Marked for the catalogues, translated where shown.
STATUS_TEXT = {
    "new": QT_TR_NOOP("new"),
    "in_progress": QT_TR_NOOP("in progress"),
    "done": QT_TR_NOOP("done"),
    "reviewed": QT_TR_NOOP("reviewed"),
}
# Column headings in a context of their own. The counts are headed by marks, a tick
# and the dashed circle of a suggestion's outline: "Accepted" and "Pending" took half
# of the panel at 1366 px over numbers of three digits, and cut titles to 12 letters.
ACCEPTED_MARK = "\N{CHECK MARK}"
PENDING_MARK = "\N{DOTTED CIRCLE}"
COLUMNS = (
    QT_TRANSLATE_NOOP("DocumentTable", "Title"),
    QT_TRANSLATE_NOOP("DocumentTable", "Status"),
    ACCEPTED_MARK,
    PENDING_MARK,
)
# What a mark counts, said whole under the pointer.
COLUMN_TIPS = (
    "",
    "",
    QT_TRANSLATE_NOOP("DocumentTable", "Annotations accepted in the document"),
    QT_TRANSLATE_NOOP("DocumentTable", "Suggestions and suggested relations waiting for review"),
)
DOC_ID_ROLE = Qt.ItemDataRole.UserRole + 1


def column_heading(column: int) -> str:
    if COLUMNS[column] in (ACCEPTED_MARK, PENDING_MARK):
        return COLUMNS[column]  # a mark, the same in every language
    return QCoreApplication.translate("DocumentTable", COLUMNS[column])


_Index = QModelIndex | QPersistentModelIndex
_ROLES = frozenset(
    {
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.TextAlignmentRole,
        DOC_ID_ROLE,
    }
)


class DocumentTableModel(QAbstractTableModel):
    """Rows come from `project.document_rows` in pages of PAGE_SIZE.

    Only the pages the view paints are read, and at most MAX_PAGES stay
    cached, so a project of 100,000 documents costs a few hundred rows.
    """

    PAGE_SIZE = 200
    MAX_PAGES = 40

    def __init__(self, project, parent=None) -> None:
        super().__init__(parent)
        self._project = project
        self._shown = EVERY_DOCUMENT
        self._pages: OrderedDict[int, list] = OrderedDict()
        self._count = project.document_count()

    # --- filtering ---------------------------------------------------------

    def set_filter(self, shown: DocumentFilter) -> None:
        """Show only the documents `shown` keeps (the panel builds it from its controls)."""
        self._shown = shown
        self.reload()

    @property
    def shown(self) -> DocumentFilter:
        """The filter the rows are read under."""
        return self._shown

    def reload(self) -> None:
        """Forget every cached page and count again."""
        self.beginResetModel()
        self._pages.clear()
        self._count = self._project.document_count(self._shown)
        self.endResetModel()

    # --- Qt model API ------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return column_heading(section)
        if role == Qt.ItemDataRole.ToolTipRole and COLUMN_TIPS[section]:
            return QCoreApplication.translate("DocumentTable", COLUMN_TIPS[section])
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if role not in _ROLES:  # views ask for many roles per cell: answer those first
            return None
        row = self.row_at(index.row()) if index.isValid() else None
        if row is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, index.column())
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 0:
            return tooltip(row.title)  # escaped: Qt would render a title's HTML
        if role == DOC_ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 3:
            return _tr("{spans}, {relations}").format(
                spans=counted(row.pending_count, "suggested span"),
                relations=counted(row.pending_relations, "suggested relation"),
            )
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() >= 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    @staticmethod
    def _display(row, column: int):
        if column == 0:
            return row.title or _tr("(untitled #{id})").format(id=row.id)
        if column == 1:
            return _tr(STATUS_TEXT.get(row.status, row.status))
        if column == 2:
            return row.span_count
        # 0 like the Accepted column: a blank cell read as a count not yet known.
        return row.pending_count + row.pending_relations

    # --- rows --------------------------------------------------------------

    def row_at(self, row: int):
        """The DocumentRow at `row`, reading its page if it is not cached."""
        if not 0 <= row < self._count:
            return None
        page_no, offset = divmod(row, self.PAGE_SIZE)
        page = self._page(page_no)
        return page[offset] if offset < len(page) else None

    def _page(self, page_no: int) -> list:
        page = self._pages.get(page_no)
        if page is not None:
            self._pages.move_to_end(page_no)
            return page
        page = self._project.document_rows(
            self._shown, offset=page_no * self.PAGE_SIZE, limit=self.PAGE_SIZE
        )
        self._remember(page_no, page)
        return page

    def _remember(self, page_no: int, page: list) -> None:
        self._pages[page_no] = page
        self._pages.move_to_end(page_no)
        while len(self._pages) > self.MAX_PAGES:
            self._pages.popitem(last=False)

    def doc_id_at(self, row: int) -> int | None:
        found = self.row_at(row)
        return None if found is None else found.id

    def cached_row_of(self, doc_id: int) -> int | None:
        """Row of `doc_id` if its page is cached (never reads the database)."""
        for page_no, page in self._pages.items():
            for offset, item in enumerate(page):
                if item.id == doc_id:
                    return page_no * self.PAGE_SIZE + offset
        return None

    def row_of(self, doc_id: int) -> int | None:
        """Row of `doc_id` under the current filter (one indexed count when not cached)."""
        found = self.cached_row_of(doc_id)
        if found is not None:
            return found
        row = self._project.document_position(doc_id, self._shown)
        if row is None or row >= self._count:
            return None
        page_no, offset = divmod(row, self.PAGE_SIZE)
        if page_no not in self._pages:  # read the page by id: the view will paint it next
            page = self._project.document_rows_around(
                doc_id, self._shown, before=offset, after=self.PAGE_SIZE - offset
            )
            self._remember(page_no, page)
        return row

    # --- changes -----------------------------------------------------------

    def _moved(self, changes: ChangeSet, touched: set[int]) -> bool:
        """Whether a change may have moved documents into the filtered list or out of it.

        Under an annotator filter, an edit of one document moved it exactly when
        the count changed (one indexed count, not a reset that loses the scroll).
        """
        if self._shown.status is not None and changes.status_changed:
            return True
        if self._shown.annotator is None or not touched:
            return False
        return len(touched) > 1 or self._project.document_count(self._shown) != self._count

    def apply_changes(self, changes: ChangeSet) -> None:
        """Re-read the rows a change set touched; reset if one left the filter or the list,
        or many changed."""
        listed = changes.documents_added or changes.documents_removed
        renamed = self._shown.title is not None and changes.titles_changed
        touched = changes.doc_ids | changes.status_changed
        many = len(touched) > self.PAGE_SIZE  # a package merge: one reset, not a scan each
        if listed or renamed or many or self._moved(changes, touched):
            self.reload()
            return
        rows = [row for row in map(self.cached_row_of, touched) if row is not None]
        for row in rows:  # forget every touched page before any row is read again
            self._pages.pop(row // self.PAGE_SIZE, None)
        for row in rows:
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))
