"""The document list: a lazily fetched table with status, annotator and title filters."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from annotator.core.changes import ChangeSet
from annotator.core.team import CURATED
from annotator.gui.documents.file_menu import file_items, in_vietnamese_order
from annotator.gui.documents.model import STATUS_TEXT, DocumentTableModel, column_heading
from annotator.gui.i18n import _tr, number
from annotator.store.document_filter import DocumentFilter

FILTER_DELAY_MS = 250
# A row reached by a key opens after this pause, so holding Down does not open every
# document it passes (opening one takes up to a tenth of a second).
OPEN_DELAY_MS = 150
TOOLTIP = Qt.ItemDataRole.ToolTipRole
_PICKING = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


class DocumentTable(QTableView):
    """The list keyed as a file list in a desktop tool: Up, Down, Page Up, Page Down,
    Home and End move the current row and the document there opens (`moved`);
    with Shift or Ctrl they pick rows for the list's menu and open nothing.

    A table's Home and End move along the columns of a row; a list of rows
    wants its first and last row, as Ctrl+Home and Ctrl+End give.
    """

    moved = Signal()
    MOVES = (
        Qt.Key.Key_Up,
        Qt.Key.Key_Down,
        Qt.Key.Key_PageUp,
        Qt.Key.Key_PageDown,
        Qt.Key.Key_Home,
        Qt.Key.Key_End,
    )

    def moveCursor(self, action, modifiers):  # noqa: N802 (Qt override)
        ends = (
            QAbstractItemView.CursorAction.MoveHome,
            QAbstractItemView.CursorAction.MoveEnd,
        )
        if action in ends:
            modifiers |= Qt.KeyboardModifier.ControlModifier
        return super().moveCursor(action, modifiers)

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt override)
        before = self.currentIndex().row()
        super().keyPressEvent(event)
        plain = not event.modifiers() & _PICKING
        if event.key() in self.MOVES and plain and self.currentIndex().row() != before:
            self.moved.emit()


class DocumentPanel(QWidget):
    """Lists documents; emits `documentActivated(doc_id)` when one is chosen."""

    documentActivated = Signal(int)
    menuRequested = Signal(int, QPoint)  # document id, global position

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model: DocumentTableModel | None = None
        self._project = None
        self._open_doc_id: int | None = None  # highlighted again after the list is re-read
        self._build_filters()
        self.table = self._make_table()
        self._build_empty_hint()
        self._filter_timer = QTimer(self, singleShot=True, interval=FILTER_DELAY_MS)
        self._open_timer = QTimer(self, singleShot=True, interval=OPEN_DELAY_MS)
        self._open_timer.timeout.connect(lambda: self._on_clicked(self.table.currentIndex()))
        self.table.moved.connect(self._open_timer.start)
        self._layout()
        self._filter_timer.timeout.connect(self._apply_filter)
        self.title_filter.textChanged.connect(lambda _text: self._filter_timer.start())
        self.status_combo.currentIndexChanged.connect(lambda _i: self._apply_filter())
        self.annotator_combo.currentIndexChanged.connect(lambda _i: self._apply_filter())
        self.file_combo.currentIndexChanged.connect(lambda _i: self._apply_filter())

    def _build_empty_hint(self) -> None:
        """The hint shown instead of an empty list, greyed like a placeholder yet readable."""
        self.empty_hint = QLabel(self)
        self.empty_hint.setTextFormat(Qt.TextFormat.PlainText)
        self.empty_hint.setWordWrap(True)
        self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_hint.setContentsMargins(8, 16, 8, 16)
        hint_palette = self.empty_hint.palette()  # greyed like a placeholder, yet readable
        hint_palette.setColor(
            QPalette.ColorRole.WindowText, hint_palette.color(QPalette.ColorRole.PlaceholderText)
        )
        self.empty_hint.setPalette(hint_palette)
        self.empty_hint.hide()

    def _build_filters(self) -> None:
        """The filters above the list: status, annotator, source file (shown when a file gave
        several documents) and words of the title."""
        self.status_combo = QComboBox(self)
        self.status_combo.addItem(self.tr("All statuses"), None)
        for status, text in STATUS_TEXT.items():
            self.status_combo.addItem(_tr(text), status)
        self.annotator_combo = QComboBox(self)
        self.annotator_combo.setToolTip(
            self.tr(
                "Only documents in this annotator's work (spans, an own status, or a package), "
                "with their own status and counts"
            )
        )
        self.file_combo = QComboBox(self)  # shown when some file gave several documents
        self.file_combo.setToolTip(self.tr("Only the documents read from this file"))
        self.title_filter = QLineEdit(self)
        self.title_filter.setPlaceholderText(self.tr("Filter titles…"))
        self.title_filter.setClearButtonEnabled(True)

    def _make_table(self) -> DocumentTable:
        table = DocumentTable(self)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # Ctrl and Shift pick several documents for the list's menu (mark done, delete...).
        table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setWordWrap(False)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        table.verticalHeader().hide()
        # Fixed row heights: the view never measures 100,000 rows.
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 6)
        table.clicked.connect(self._on_clicked)
        table.activated.connect(self._on_clicked)
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        table.customContextMenuRequested.connect(self._menu)
        return table

    def _menu(self, point: QPoint) -> None:
        index = self.table.indexAt(point)
        doc_id = self.model.doc_id_at(index.row()) if self.model and index.isValid() else None
        if doc_id is not None:
            self.menuRequested.emit(doc_id, self.table.viewport().mapToGlobal(point))

    def _layout(self) -> None:
        # The title words on a line of their own: beside two boxes the field kept
        # room for "Lọc th…" only.
        filters = QHBoxLayout()
        filters.addWidget(self.status_combo, 1)
        filters.addWidget(self.annotator_combo, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addLayout(filters)
        layout.addWidget(self.title_filter)
        layout.addWidget(self.file_combo)
        layout.addWidget(self.empty_hint)
        layout.addWidget(self.table)

    def set_project(self, project) -> None:
        """Show `project`'s documents (None empties the list)."""
        self._open_doc_id = None
        self._project = project
        self.model = DocumentTableModel(project, self) if project is not None else None
        self.table.setModel(self.model)
        self.fill_annotators(project)
        self.fill_files(project)
        if self.model is None:
            self.empty_hint.hide()
            return
        self.model.modelReset.connect(self._show_hint)
        self.model.modelReset.connect(self._highlight)
        # Widths from the font, not from the contents: measuring contents reads
        # a thousand rows, which a 100,000-document project cannot afford. The
        # counts are as wide as four digits (or their mark), the title takes the rest.
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        metrics = self.table.fontMetrics()
        digits = max(
            number(8888), column_heading(2), column_heading(3), key=metrics.horizontalAdvance
        )
        samples = (
            (1, _tr(STATUS_TEXT["in_progress"])),
            (2, digits),
            (3, digits),
        )
        for column, sample in samples:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, metrics.horizontalAdvance(sample) + 20)
        self._apply_filter()

    def fill_annotators(self, project) -> None:
        """List whose work the documents can be filtered by, keeping the one chosen."""
        chosen = self.annotator_combo.currentData()
        names = []
        if project is not None:  # you are listed before your first span
            names = in_vietnamese_order({project.annotator, *project.work_annotators()})
        self.annotator_combo.blockSignals(True)
        self.annotator_combo.clear()
        self.annotator_combo.addItem(self.tr("All annotators"), None)
        for name in names:
            self.annotator_combo.addItem(self.tr("Curated") if name == CURATED else name, name)
        found = self.annotator_combo.findData(chosen) if chosen else 0
        self.annotator_combo.setCurrentIndex(max(found, 0))
        self.annotator_combo.blockSignals(False)

    def fill_files(self, project) -> None:
        """List the files the documents came from, keeping the one chosen.

        A PhoNER or VLSP import gives thousands of sentences titled by their
        text; the file tells train from test. Articles read one per file need
        no such filter, so the box shows only when some file gave several.
        """
        chosen = self.file_combo.currentData()
        files = project.source_files() if project is not None else []
        self.file_combo.blockSignals(True)
        self.file_combo.clear()
        self.file_combo.addItem(self.tr("All source files"), None)
        for name, path, count in file_items(files):
            self.file_combo.addItem(f"{name} ({number(count)})", path)
            self.file_combo.setItemData(self.file_combo.count() - 1, path, TOOLTIP)
        found = self.file_combo.findData(chosen) if chosen else 0
        self.file_combo.setCurrentIndex(max(found, 0))
        self.file_combo.blockSignals(False)
        self.file_combo.setVisible(len(files) > 1 and any(count > 1 for _, count in files))
        if chosen and found < 0:  # its documents are gone: the list shows every file again
            self._apply_filter()

    def _apply_filter(self) -> None:
        self._filter_timer.stop()
        if self.model is not None:
            self.model.set_filter(self._chosen_filter())
        self._show_hint()

    def _show_hint(self) -> None:
        """Say why the list is empty: no documents yet, or none pass the filters."""
        empty = self.model is not None and self.model.rowCount() == 0
        filtered = not self._chosen_filter().keeps_everything
        self.empty_hint.setText(
            self.tr("No document matches the filters.")
            if filtered
            else self.tr(
                "No documents yet.\nAdd articles with File ▸ Import files… (Ctrl+I) "
                "or File ▸ Import folder…"
            )
        )
        self.empty_hint.setVisible(empty)

    def _chosen_filter(self) -> DocumentFilter:
        """The filter the controls show: the one place the list's filter is built."""
        return DocumentFilter(
            status=self.status_combo.currentData(),
            title=self.title_filter.text(),
            annotator=self.annotator_combo.currentData(),
            source_file=self.file_combo.currentData(),
        )

    def list_filter(self, *, flush: bool = True) -> DocumentFilter:
        """The filter the list shows its documents under (a title being typed applied first)."""
        if flush:
            self.flush_filter()
        return self._chosen_filter()

    def flush_filter(self) -> None:
        """Apply a pending title filter now instead of after the delay."""
        if self._filter_timer.isActive():
            self._apply_filter()

    def _on_clicked(self, index) -> None:
        if QApplication.keyboardModifiers() & _PICKING:
            return  # adding to the selection, not opening: opening would select it alone
        if not index.isValid():
            return
        doc_id = self.model.doc_id_at(index.row()) if self.model else None
        if doc_id is not None:
            self.documentActivated.emit(doc_id)

    def select_document(self, doc_id: int | None) -> None:
        """Highlight `doc_id` in the list without emitting documentActivated.

        The list keeps it highlighted through every re-read (a filter changed,
        a document left or joined it): a reset model forgets its selection, and
        the open document must not look unselected because the list was re-read.
        """
        self._open_doc_id = doc_id
        self._highlight()

    def shows(self, doc_id: int) -> bool:
        """Whether the list, as it is filtered now, has a row for `doc_id`."""
        return self.model is not None and self.model.row_of(doc_id) is not None

    def _highlight(self) -> None:
        doc_id = self._open_doc_id
        if self.model is None or doc_id is None:
            return
        row = self.model.row_of(doc_id)
        if row is None:
            self.table.clearSelection()
            return
        index = self.model.index(row, 0)
        flags = (
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows
        )
        # Current as well as selected: a list reached by Tab moved on from its first row.
        self.table.selectionModel().setCurrentIndex(index, flags)
        self.table.scrollTo(index)

    def selected_doc_ids(self) -> list[int]:
        """The documents selected in the list, in its order."""
        if self.model is None:
            return []
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [doc_id for r in rows if (doc_id := self.model.doc_id_at(r)) is not None]

    def visible_doc_ids(self) -> list[int]:
        """Ids of the rows the current filter keeps (for tests and navigation)."""
        if self.model is None:
            return []
        rows = range(self.model.rowCount())
        return [doc_id for r in rows if (doc_id := self.model.doc_id_at(r)) is not None]

    def apply_changes(self, changes: ChangeSet) -> None:
        if self.model is not None:
            if changes.documents_added or changes.documents_removed:
                self.fill_files(self._project)
            self.model.apply_changes(changes)
