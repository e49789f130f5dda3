"""The Annotations dock: filters, then the document's spans grouped by label, kept in step
with the editor's selection, with review keys of its own."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QContextMenuEvent, QFocusEvent, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from annotator.core.model import ACCEPTED, PENDING, REJECTED
from annotator.gui.i18n import _tr
from annotator.gui.review.column_fit import fitted, floors_within, heading_width
from annotator.gui.review.filters import FilterBar, ReviewFilter
from annotator.gui.review.provenance import state_text, suggester_short_name
from annotator.gui.review.span_list import INDENT, SPAN_ROLE, SpanListModel

ACCEPT, REJECT = "accept", "reject"
_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_DELETE = (Qt.Key.Key_Backspace, Qt.Key.Key_Delete)


def review_key(event: QKeyEvent, decisions: dict) -> tuple[str, object] | None:
    """A list's review key: ("decide", what `decisions` maps the key to) or ("step", ±1)."""
    mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
    if mods not in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ShiftModifier):
        return None
    if event.key() == Qt.Key.Key_Space:
        return "step", -1 if mods & Qt.KeyboardModifier.ShiftModifier else 1
    decision = decisions.get(event.key())
    return None if decision is None else ("decide", decision)


SPAN_KEYS = {key: ACCEPT for key in _ENTER} | {key: REJECT for key in _DELETE}


class ReviewKeysMixin:
    """A list view whose review keys emit `decide(what)` or `step(±1)` (declared by the view),
    and whose Menu key asks for the menu of the current row."""

    REVIEW_KEYS: dict = {}

    def event(self, event: QEvent) -> bool:  # Qt override
        if event.type() == QEvent.Type.ContextMenu and self._menu_for_current(event):
            return True
        return super().event(event)  # type: ignore[misc]

    def _menu_for_current(self, event) -> bool:
        """The Menu key: the current row's menu, at its middle in the viewport's coordinates.

        Qt gives a keyboard context menu a point in the view's own coordinates,
        where the heading takes a row's height; looked up in the viewport, it
        named the row below, and "Reject all like this" rejected the wrong text.
        """
        if event.reason() != QContextMenuEvent.Reason.Keyboard:
            return False
        index = self.currentIndex()  # type: ignore[attr-defined]
        if not index.isValid():
            return False
        point = self.visualRect(index).center()  # type: ignore[attr-defined]
        self.customContextMenuRequested.emit(point)  # type: ignore[attr-defined]
        event.accept()
        return True

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 (Qt override)
        """Reached by the keyboard without a span row current: the first one becomes current.

        A list read anew (another document) has no current row, and Qt makes
        one only the first time a view gets focus, or a label's heading row,
        which no key acts on: Tab or a shortcut into the list left Down, Enter
        and Space doing nothing visible.
        """
        super().focusInEvent(event)  # type: ignore[misc]
        if event.reason() == Qt.FocusReason.MouseFocusReason:
            return  # the click makes its own row current
        model, current = self.model(), self.currentIndex()  # type: ignore[attr-defined]
        selectable = Qt.ItemFlag.ItemIsSelectable
        if current.isValid() and model.flags(current) & selectable:
            return
        for row in range(max(current.row(), 0), model.rowCount()):
            index = model.index(row, 0)
            if model.flags(index) & selectable:
                self.setCurrentIndex(index)  # type: ignore[attr-defined]
                return

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        found = review_key(event, self.REVIEW_KEYS)
        if found is None:
            super().keyPressEvent(event)  # type: ignore[misc]
            return
        signal = self.decide if found[0] == "decide" else self.step  # type: ignore[attr-defined]
        signal.emit(found[1])
        event.accept()


class ReviewTable(ReviewKeysMixin, QTableView):
    """A table whose Enter, Backspace and Space review the current row.

    Its first column (the annotation's text, what a reviewer scans) takes the
    room the others leave. It wants `text_wish` (a body's name such as "Ban
    Chấp hành Trung ương Đảng"): the other columns are cut to their floors
    before it gives any of that up (column_fit), and it never goes below
    `text_width`; only then does the table scroll sideways rather than cut
    every text to its first letter. At 1366x768 the others, cut in proportion
    with it, left "Phan Việt C…".
    """

    decide = Signal(str)
    step = Signal(int)
    REVIEW_KEYS = SPAN_KEYS
    text_width = 0
    text_wish = 0

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.own_widths: dict[int, int] = {}  # each narrow column's width before any cut
        self.least_widths: dict[
            int, int
        ] = {}  # a cut column keeps its heading (a state: all) whole
        # a cut column keeps this much too where every such floor fits (column_fit)
        self.wished_widths: dict[int, int] = {}
        self._fitting = False

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        self.fit_text_column()

    def viewportEvent(self, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.Resize:  # a vertical scrollbar came or went
            self.fit_text_column()
        return super().viewportEvent(event)

    def column_resized(self, column: int, width: int) -> None:
        """A column dragged by hand keeps that width as its own."""
        if column and not self._fitting:
            self.own_widths[column] = width
            self.fit_text_column()

    def fit_text_column(self) -> None:
        header = self.horizontalHeader()
        shown = [c for c in range(1, header.count()) if not self.isColumnHidden(c)]
        own = [self.own_widths.get(c, header.sectionSize(c)) for c in shown]
        floors = floors_within(
            self.viewport().width() - self.text_width,
            own,
            [self.least_widths.get(c, 0) for c in shown],
            [self.wished_widths.get(c, 0) for c in shown],
        )
        wish = max(self.text_wish, self.text_width)
        widths = fitted(
            self.viewport().width(), [wish, *own], [self.text_width, *floors], last=(0,)
        )
        widths[0] = max(self.text_width, self.viewport().width() - sum(widths[1:]))
        self._fitting = True
        try:
            for column, width in zip([0, *shown], widths, strict=True):
                header.resizeSection(column, width)
        finally:
            self._fitting = False


def common_sources() -> tuple[str, ...]:
    """The Source cells of the suggesters most lists show, at their widest ("100% rules"),
    in the interface language: a Source column is never cut narrower than these."""
    return tuple(f"100% {suggester_short_name(s)}" for s in ("rules", "model", "memory"))


def column_samples() -> dict[int, tuple[str, ...]]:
    """The widest texts each narrow column shows, in the interface language: English
    samples cut "đã chấp nhận" and "Người chú thích" short."""
    suggesters = (
        "rules",
        "model",
        "base-model",
        "names",
        "events",
        "underthesea",
        "relations",
        "search",
        "memory",
    )
    return {
        1: tuple(state_text(state) for state in (PENDING, ACCEPTED, REJECTED)),
        2: (*(f"100% {suggester_short_name(s)}" for s in suggesters), _tr("by hand")),
        3: (_tr("¶{paragraph}:{line}").format(paragraph="000", line="00"),),
        SpanListModel.ANNOTATOR: ("annotator", _tr("curated")),
    }


class AnnotationsPanel(QWidget):
    """Emits `spanActivated(id)` when the current row changes (click or arrow keys),
    `decisionRequested(id, accept|reject)`, `stepRequested(±1)`,
    `menuRequested(id, global point)` and `filterChanged(ReviewFilter)`."""

    spanActivated = Signal(int)
    decisionRequested = Signal(int, str)
    stepRequested = Signal(int)
    menuRequested = Signal(int, QPoint)
    filterChanged = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.filters = FilterBar(self)
        self.model = SpanListModel(self)
        self.view = ReviewTable(self)
        # Says why a single layer's list is empty and what the other layers hold.
        self.layer_note = QLabel(self)
        self.layer_note.setObjectName("layer-note")
        self.layer_note.setWordWrap(True)
        self.layer_note.hide()
        self._quiet = False  # selecting from the editor: do not echo it back
        self._setup_view()
        self.filters.changed.connect(self.filterChanged.emit)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(self.filters)
        layout.addWidget(self.layer_note)
        layout.addWidget(self.view)

    def _setup_view(self) -> None:
        view = self.view
        view.setModel(self.model)
        view.setShowGrid(False)
        view.setWordWrap(False)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        rows = view.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 6)
        header = view.horizontalHeader()
        self._size_columns(header)
        header.setHighlightSections(False)
        # A heading clicked orders each label's spans by it (Source: the least sure first).
        header.setSectionsClickable(True)
        header.setSortIndicator(SpanListModel.POSITION, Qt.SortOrder.AscendingOrder)
        header.setSortIndicatorShown(True)
        header.sortIndicatorChanged.connect(self._sort)
        self._floor_headings()
        # Whose span it is comes right after the text (when several layers are listed).
        header.moveSection(header.visualIndex(SpanListModel.ANNOTATOR), 1)
        header.sectionResized.connect(lambda column, _old, new: view.column_resized(column, new))
        view.clicked.connect(self._activate)
        view.selectionModel().currentRowChanged.connect(
            lambda current, _old: self._activate(current)
        )
        view.decide.connect(self._decide)
        view.step.connect(self.stepRequested.emit)
        view.customContextMenuRequested.connect(self._menu)

    def _size_columns(self, header: QHeaderView) -> None:
        """Each column's width, least width and wished width, from the font and sample texts:
        measuring the contents would visit every span."""
        view = self.view
        metrics = self.fontMetrics()
        self._content_floors: dict[int, int] = {}
        view.text_width = metrics.horizontalAdvance("Bí thư Tỉnh ủy") + 24
        view.text_wish = metrics.horizontalAdvance(INDENT + "Ban Chấp hành Trung ương Đảng") + 24
        for column, samples in column_samples().items():
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            heading = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            widest = max(metrics.horizontalAdvance(text) for text in (heading, *samples))
            header.resizeSection(column, widest + 16)
            view.own_widths[column] = widest + 16
            # A heading stays whole (floor_headings); a state is never cut ("đã chấp…" could be
            # either); a source keeps the common suggesters' names whole where the list has room.
            view.least_widths[column] = 0
            if column == SpanListModel.STATE:
                self._content_floors[column] = widest + 12
            if column == SpanListModel.SOURCE:
                widest_source = max(map(metrics.horizontalAdvance, common_sources()))
                view.wished_widths[column] = widest_source + 12

    def _floor_headings(self) -> None:
        """No column narrower than its heading, the sort arrow's room included on the column
        the list is ordered by ("Vị tr▾" said nothing); refitted when the order changes."""
        view, header = self.view, self.view.horizontalHeader()
        for column in view.least_widths:
            least = max(self._content_floors.get(column, 0), heading_width(header, column))
            view.least_widths[column] = least
            view.own_widths[column] = max(view.own_widths[column], least)
        view.fit_text_column()

    def _sort(self, column: int, order: Qt.SortOrder) -> None:
        self._floor_headings()
        selected = self.selected_span_id()
        self._quiet = True
        try:
            self.model.sort(column, order)
            self._after_rows(selected)
        finally:
            self._quiet = False

    def show_spans(self, *, schema, text: str, spans, keep: ReviewFilter | None = None) -> None:
        """Show the spans of a document (every state) that the filter keeps, by label."""
        chosen = self.filters.current() if keep is None else keep
        kept = [s for s in spans if chosen.keeps(s)]
        selected = self.selected_span_id()
        another = text != self.model.shown_text  # another document: its list from the top
        self._quiet = True
        try:
            self.model.show(schema=schema, text=text, spans=kept)
            self._after_rows(selected)
            if another and self.selected_span_id() is None:
                self.view.scrollToTop()
        finally:
            self._quiet = False

    def show_layer_note(self, text: str) -> None:
        """Say `text` above the list ("" hides the note)."""
        self.layer_note.setText(text)
        self.layer_note.setVisible(bool(text))

    def _after_rows(self, selected: int | None) -> None:
        """Column spans of the label rows and the selection, after the rows were made anew."""
        self.view.setColumnHidden(SpanListModel.ANNOTATOR, not self.model.several_layers)
        self.view.fit_text_column()
        self.view.clearSpans()
        for row in self.model.group_rows():  # a few per document: one per label
            self.view.setSpan(row, 0, 1, self.model.columnCount())
        self.select_span(selected)

    def select_span(self, span_id: int | None) -> None:
        """Mark the span the editor selected, scrolled into view (emits nothing)."""
        row = None if span_id is None else self.model.row_of(span_id)
        self._quiet = True
        try:
            if row is None:
                self.view.clearSelection()
                return
            index = self.model.index(row, 0)
            self.view.setCurrentIndex(index)
            self.view.scrollTo(index)
        finally:
            self._quiet = False

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
        """Each listed span's text, marked "(suggested)" while it is pending."""
        out = []
        for span in self.model.spans():
            text = self.model.data(self.model.index(self.model.row_of(span.id or 0) or 0, 0))
            out.append(text.strip() + ("  (suggested)" if span.state == PENDING else ""))
        return out

    def _activate(self, index: QModelIndex) -> None:
        span_id = index.siblingAtColumn(0).data(SPAN_ROLE) if index.isValid() else None
        if span_id is not None and not self._quiet:
            self.spanActivated.emit(int(span_id))

    def _decide(self, decision: str) -> None:
        span_id = self.selected_span_id()
        if span_id is not None:
            self.decisionRequested.emit(int(span_id), decision)

    def _menu(self, point: QPoint) -> None:
        index = self.view.indexAt(point)
        span_id = index.siblingAtColumn(0).data(SPAN_ROLE) if index.isValid() else None
        if span_id is not None:
            self.menuRequested.emit(int(span_id), self.view.viewport().mapToGlobal(point))
