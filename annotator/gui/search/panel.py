"""The search panel (Ctrl+Shift+F): a query over the whole project, results as a concordance.

The search runs in a background thread on its own read-only connection and
its hits arrive page by page; a new search, or closing the project, cancels
the running one. Click a row or press Enter on it to open the document at
the hit.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QStyledItemDelegate,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from annotator.app.search.engine import SearchRun
from annotator.core.errors import AnnotatorError
from annotator.core.model import STATUSES
from annotator.core.search_query import ANNOTATED, ANY, UNANNOTATED, SearchQuery, parse_query
from annotator.gui.documents.model import STATUS_TEXT
from annotator.gui.i18n import _tr, number
from annotator.gui.jobs import ThreadJob
from annotator.gui.messages import shown
from annotator.gui.plaintext import named_documents, plain_label, tooltip
from annotator.gui.search.model import (
    ANNOTATED as ANNOTATED_COLUMN,
)
from annotator.gui.search.model import (
    DOCUMENT,
    HIT,
    HIT_ROLE,
    LEFT,
    RIGHT,
    ConcordanceModel,
)
from annotator.store import CorpusReader

PAGE = 100
MAX_ROWS = 20_000  # beyond this, narrow the search (label-all still covers every hit)


class ElideLeftDelegate(QStyledItemDelegate):
    """Cuts a left context on its left, so the words next to the hit stay visible."""

    def initStyleOption(self, option, index) -> None:  # noqa: N802 (Qt override)
        super().initStyleOption(option, index)
        option.textElideMode = Qt.TextElideMode.ElideLeft


class ElideMiddleDelegate(QStyledItemDelegate):
    """Cuts a long hit (a regular expression's) in its middle: both its ends stay."""

    def initStyleOption(self, option, index) -> None:  # noqa: N802 (Qt override)
        super().initStyleOption(option, index)
        option.textElideMode = Qt.TextElideMode.ElideMiddle


class SearchPanel(QWidget):
    """Query, options and filters above the concordance of the hits."""

    hitActivated = Signal(object)  # Hit
    labelAllRequested = Signal(object)  # the SearchQuery of the results

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._path: Path | None = None
        self._job: ThreadJob | None = None
        self.index_waiting = 0  # documents not yet in the search index (gui.search.indexing)
        self.index_left_out = 0  # documents left out of it as damaged
        self.query: SearchQuery | None = None
        self.found = 0
        self.query_edit = QLineEdit(self)
        self.query_edit.setPlaceholderText(
            self.tr('Words or a phrase (quoc hoi finds Quốc hội), or label:ROLE "Bí thư"')
        )
        self.query_edit.setClearButtonEnabled(True)
        self.match_case = QCheckBox(self.tr("Match case"), self)
        self.match_diacritics = QCheckBox(self.tr("Match diacritics"), self)
        self.regex = QCheckBox(self.tr("Regular expression"), self)
        self._build_filters()
        self.search_button = QPushButton(self.tr("Search"), self)
        self.label_all_button = QPushButton(self.tr("Label all…"), self)
        self.label_all_button.setEnabled(False)
        self.summary = plain_label("", self)
        self.model = ConcordanceModel(self)
        self.table = self._make_table()
        self._layout()
        self._connect()

    def _build_filters(self) -> None:
        """The filters of the results: status, label, annotator, and annotated or not."""
        self.status_combo = self._combo([(self.tr("All statuses"), None)])
        for status in STATUSES:
            self.status_combo.addItem(_tr(STATUS_TEXT.get(status, status)), status)
        self.label_combo = self._combo([(self.tr("Any label"), None)])
        self.annotator_combo = self._combo([(self.tr("Any annotator"), None)])
        self.annotated_combo = self._combo(
            [
                (self.tr("Annotated or not"), ANY),
                (self.tr("Annotated"), ANNOTATED),
                (self.tr("Not annotated"), UNANNOTATED),
            ]
        )

    def _connect(self) -> None:
        """Search on Enter or the button; a changed option or filter makes the results stale."""
        self.query_edit.returnPressed.connect(self.run_search)
        self.search_button.clicked.connect(self.run_search)
        self.label_all_button.clicked.connect(self._ask_label_all)
        for box in (self.match_case, self.match_diacritics, self.regex):
            box.toggled.connect(self._options_changed)
        for combo in self._filter_combos():
            combo.currentIndexChanged.connect(self._options_changed)

    def _filter_combos(self) -> tuple[QComboBox, ...]:
        return (self.status_combo, self.label_combo, self.annotator_combo, self.annotated_combo)

    def _options_changed(self) -> None:
        """Search again, so the hits shown (and Label all…) follow the options as they now read.

        Hits left from before a filter changed looked filtered when they were not.
        """
        if self.query is not None and self._path is not None:
            self.run_search()

    def _combo(self, items: list[tuple[str, Any]]) -> QComboBox:
        combo = QComboBox(self)
        for text, data in items:
            combo.addItem(text, data)
        return combo

    def _make_table(self) -> QTableView:
        table = QTableView(self)
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setWordWrap(False)
        # Document order until a header is clicked (sorting on by default would sort at once).
        table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        table.setSortingEnabled(True)
        table.verticalHeader().hide()
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 6)
        self._fit_columns(table)
        table.clicked.connect(self._activate)
        table.activated.connect(self._activate)
        return table

    @staticmethod
    def _fit_columns(table: QTableView) -> None:
        """The two contexts share what the other columns leave, each cut at its outer end
        (the left one on its left), so the hit stays in the middle of the row and no row
        needs a sideways scroll; the whole sentence is in the row's tooltip.

        With fixed widths of 30 characters a context the table outgrew the panel under
        the text at 1366 px, and a long context was read by scrolling sideways.
        """
        header = table.horizontalHeader()
        header.setStretchLastSection(False)
        em = table.fontMetrics().horizontalAdvance("m")
        for column, size in ((DOCUMENT, 12 * em), (HIT, 10 * em), (ANNOTATED_COLUMN, 10 * em)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, size)
        for column in (LEFT, RIGHT):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(3 * em)
        table.setItemDelegateForColumn(LEFT, ElideLeftDelegate(table))
        table.setItemDelegateForColumn(HIT, ElideMiddleDelegate(table))

    def _layout(self) -> None:
        query_row = QHBoxLayout()
        query_row.addWidget(self.query_edit, 1)
        query_row.addWidget(self.search_button)
        query_row.addWidget(self.label_all_button)
        # The matching options and the filters on two rows: on one, they made the panel 950 px
        # at least, and under the document list and the text (the right-hand column keeps its
        # corner) the window grew past a 1366 px screen.
        options, filters = QHBoxLayout(), QHBoxLayout()
        for widget in (self.match_case, self.match_diacritics, self.regex):
            options.addWidget(widget)
        for combo in self._filter_combos():
            filters.addWidget(combo)
        options.addStretch(1)
        filters.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addLayout(query_row)
        layout.addLayout(options)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)

    # -- project ----------------------------------------------------------------------

    def set_project(self, project: Any, path: Path | None) -> None:
        """Search `project`'s file (None: no project); fills the label and annotator filters."""
        self.cancel()
        self._path = path
        self.query = None  # refilling the filters below must not search the new project
        self.model.clear()
        self.summary.setText("")
        self.label_all_button.setEnabled(False)
        for combo, values in (
            (self.label_combo, project.schema().label_names() if project else ()),
            (self.annotator_combo, project.stats()["annotators"] if project else ()),
        ):
            while combo.count() > 1:
                combo.removeItem(1)
            for value in values:
                combo.addItem(value, value)

    def cancel(self) -> None:
        if self._job is not None:
            self._job.stop()
            self._job = None

    # -- searching --------------------------------------------------------------------

    def current_query(self) -> SearchQuery:
        label, annotator = self.label_combo.currentData(), self.annotator_combo.currentData()
        status = self.status_combo.currentData()
        return parse_query(
            self.query_edit.text(),
            regex=self.regex.isChecked(),
            match_case=self.match_case.isChecked(),
            match_diacritics=self.match_diacritics.isChecked(),
            statuses=(status,) if status else (),
            labels=(label,) if label else (),
            annotators=(annotator,) if annotator else (),
            annotated=self.annotated_combo.currentData(),
        )

    def search_for(self, text: str) -> None:
        """Type `text` into the query and run it (from the editor's selection, say)."""
        self.query_edit.setText(text)
        self.run_search()

    def run_search(self) -> None:
        if self._path is None:
            return
        self.cancel()
        self.model.clear()
        self.found = 0
        self.label_all_button.setEnabled(False)  # until hits of this query are shown
        try:
            query = self.current_query()
            query.check()
        except AnnotatorError as exc:
            self.summary.setText(shown(exc))
            return
        if query.empty:
            self.summary.setText(self.tr("Type words to find, or label:NAME."))
            return
        self.query = query
        self.label_all_button.setEnabled(False)
        self.summary.setText(self.tr("Searching…") + self._index_note())
        path = self._path

        def search(emit, cancel):
            with CorpusReader(path, cancel) as reader:
                run = SearchRun(reader, query, cancel=cancel)
                shown = 0
                for page in run.pages(PAGE):
                    emit(page)
                    shown += len(page)
                    if shown >= MAX_ROWS or cancel.is_set():
                        return run, True
                return run, False

        self._job = ThreadJob(search, self)
        self._job.partial.connect(self._page)
        self._job.done.connect(self._finished)
        self._job.failed.connect(self.summary.setText)
        self._job.start()

    def _page(self, hits: list) -> None:
        self.model.add_page(hits)
        self.found += len(hits)
        self.summary.setText(
            self.tr("Searching… %Ln hit(s) so far", "", self.found) + self._index_note()
        )

    def _finished(self, result: tuple[Any, bool]) -> None:
        run, cut = result
        documents = len({hit.doc_id for hit in self.model.hits()})
        text = self.tr("%Ln hit(s)", "", self.found) + self.tr(" in %Ln document(s)", "", documents)
        if cut:
            text += self.tr("; only the first %1 are listed: narrow the search").replace(
                "%1", number(MAX_ROWS)
            )
        if run.unaligned:
            text += self.tr("; %Ln match(es) inside a syllable left out", "", run.unaligned)
        self.summary.setText(text + self._damaged_note(run.damaged) + self._index_note())
        self.label_all_button.setEnabled(self.found > 0)

    def _damaged_note(self, damaged: list[tuple[int, str]]) -> str:
        """The documents the search skipped, by title: their stored text is damaged.

        The summary names the first (one line must not widen the panel); its
        tooltip names up to twenty.
        """
        self.summary.setToolTip(tooltip("\n".join(named_documents([d], 1) for d in damaged[:20])))
        if not damaged:
            return ""
        titles = named_documents(damaged, 1)
        note = self.tr(
            "; %Ln document(s) not searched, their text is damaged (delete them or "
            "restore a backup): ",
            "",
            len(damaged),
        )
        return note + titles

    def set_index_waiting(self, count: int) -> None:
        """How many documents search may miss because they are still being indexed."""
        self.index_waiting = count

    def set_index_left_out(self, count: int) -> None:
        """How many documents search cannot find: their text is damaged (store.search_backlog)."""
        self.index_left_out = count

    def _index_note(self) -> str:
        note = ""
        if self.index_waiting:
            note += self.tr(
                "; results may miss %Ln document(s) still being indexed for search",
                "",
                self.index_waiting,
            )
        if self.index_left_out:
            note += self.tr(
                "; %Ln document(s) with a damaged text cannot be found", "", self.index_left_out
            )
        return note

    def _activate(self, index) -> None:
        hit = self.model.data(index, HIT_ROLE)
        if hit is not None:
            self.hitActivated.emit(hit)

    def _ask_label_all(self) -> None:
        if self.query is not None:
            self.labelAllRequested.emit(replace(self.query))
