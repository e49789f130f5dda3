"""The relations of the open document: head → type → tail, with state and source, reviewed
by keyboard like spans (Enter accepts, Backspace rejects, Delete removes an accepted one)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from annotator.core.model import ACCEPTED, PENDING, REJECTED
from annotator.core.team import CURATED
from annotator.gui.i18n import _tr
from annotator.gui.plaintext import excerpt, tooltip
from annotator.gui.review.annotations_panel import ACCEPT, REJECT, ReviewKeysMixin, common_sources
from annotator.gui.review.column_fit import fitted, floors_within, heading_width
from annotator.gui.review.filters import ReviewFilter
from annotator.gui.review.provenance import (
    describe,
    source_cell,
    state_text,
    suggester_short_name,
)

RELATION_ROLE = Qt.ItemDataRole.UserRole + 1
CONFIDENCE_ROLE = Qt.ItemDataRole.UserRole + 2
DELETE = "delete"
HEAD_COLUMN, TYPE_COLUMN, TAIL_COLUMN, STATE_COLUMN, SOURCE_COLUMN = 0, 1, 2, 3, 4
ANNOTATOR_COLUMN = 5  # shown when the list holds several annotators' layers
RELATION_KEYS = {
    Qt.Key.Key_Return: ACCEPT,
    Qt.Key.Key_Enter: ACCEPT,
    Qt.Key.Key_Backspace: REJECT,
    Qt.Key.Key_Delete: DELETE,
}


class RelationItem(QTreeWidgetItem):
    """A row ordered by its cell's text, or by its confidence under the Source heading
    ("88% relations" before "100% …" as text would not be; by hand: as sure as can be)."""

    def __lt__(self, other: QTreeWidgetItem) -> bool:
        column = self.treeWidget().sortColumn()
        if column != SOURCE_COLUMN:
            # Compared here: QTreeWidgetItem.__lt__ comes back to this override, and
            # ordering by a State heading never ended (RecursionError, then a crash).
            return self.text(column).casefold() < other.text(column).casefold()
        mine, theirs = (item.data(SOURCE_COLUMN, CONFIDENCE_ROLE) for item in (self, other))
        return (2.0 if mine is None else mine) < (2.0 if theirs is None else theirs)


class RelationTree(ReviewKeysMixin, QTreeWidget):
    """Enter accepts, Backspace rejects, Delete removes (an accepted relation), Space steps.

    Its columns share the panel's width (column_fit), the head and the tail cut
    last. Every cell keeps one line and ends in "…" when cut; the row's tooltip holds
    every cell whole. Wrapped ends made rows of uneven height ("Nguyễn Sinh / Hùng")
    while the Source column kept room to spare.
    """

    decide = Signal(str)
    step = Signal(int)
    REVIEW_KEYS = RELATION_KEYS

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.own_widths: list[int] = []  # each column's width before any cut
        self.least_widths: list[int] = []  # a cut column keeps its heading (a state: all) whole
        self.wished_widths: list[int] = []  # kept too where every such floor fits (column_fit)
        self.sample_widths: dict[int, int] = {}  # what a head or tail asks before its cells
        self.content_widths: dict[int, int] = {}  # what a head or tail's widest cell asks
        self._fitting = False
        self.header().sectionResized.connect(self._resized_by_hand)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)

    def viewportEvent(self, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.Resize:
            self.fit_columns()
        return super().viewportEvent(event)

    def _resized_by_hand(self, column: int, _old: int, width: int) -> None:
        if not self._fitting and column < len(self.own_widths) - 1:  # the last one stretches
            self.own_widths[column] = width
            self.fit_columns()

    def fit_columns(self) -> None:
        if not self.own_widths:
            return
        shown = [c for c in range(len(self.own_widths)) if not self.isColumnHidden(c)]
        own = [self.own_widths[c] for c in shown]
        ends = tuple(shown.index(c) for c in (HEAD_COLUMN, TAIL_COLUMN))
        # Floors come from the sample widths: a long event's own width would make a floor
        # of 40% of it that leaves nothing for the head beside it.
        # An end counts at what its cells ask, not its sample's width: short ends leave the
        # Source column its whole name.
        basis = [
            min(
                self.own_widths[c],
                self.sample_widths.get(c, self.own_widths[c]),
                self.content_widths.get(c, self.own_widths[c]),
            )
            for c in shown
        ]
        floors = floors_within(
            self.viewport().width(),
            basis,
            [self.least_widths[c] for c in shown],
            [self.wished_widths[c] for c in shown],
            # The ends give up nothing for a whole source name: at 1366×768 in Vietnamese
            # "99% mẫu quan hệ" kept whole left "Sidharth Ka…" → "nhà phân t…".
            whole=ends,
        )
        widths = fitted(self.viewport().width(), own, floors, last=ends)
        self._fitting = True
        try:
            for column, width in zip(shown, widths, strict=True):
                self.setColumnWidth(column, width)
        finally:
            self._fitting = False


class RelationsPanel(QWidget):
    """Emits `relationActivated(id)` when the current row changes, `decisionRequested(id,
    accept|reject|delete)`, `stepRequested(±1)` and `menuRequested(id, global point)`."""

    relationActivated = Signal(int)
    decisionRequested = Signal(int, str)
    stepRequested = Signal(int)
    menuRequested = Signal(int, QPoint)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tree = RelationTree(self)
        self.tree.setHeaderLabels(
            [
                self.tr("Head"),
                self.tr("Relation"),
                self.tr("Tail"),
                self.tr("State"),
                self.tr("Source"),
                self.tr("Layer"),  # short: the heading keeps the room it needs
            ]
        )
        self.tree.setRootIsDecorated(False)
        self._order_by_clicked_heading()
        self.tree.setUniformRowHeights(True)
        self._measure_columns()
        self._sample_widths = tuple(self.tree.own_widths)
        self.tree.sample_widths = {c: self._sample_widths[c] for c in (HEAD_COLUMN, TAIL_COLUMN)}
        self._source_wish = self.tree.wished_widths[SOURCE_COLUMN]
        self.tree.setColumnHidden(ANNOTATOR_COLUMN, True)
        self._floor_headings()
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self._quiet = False
        self.tree.currentItemChanged.connect(lambda item, _old: self._activate(item))
        self.tree.itemClicked.connect(lambda item, _column: self._activate(item))
        self.tree.decide.connect(self._decide)
        self.tree.step.connect(self.stepRequested.emit)
        self.tree.customContextMenuRequested.connect(self._menu)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(self.tree)

    def _order_by_clicked_heading(self) -> None:
        """A heading clicked orders the relations by it, as the Annotations list does (Source:
        by confidence, the least sure first); until then they stay in reading order."""
        self._order: tuple[int, Qt.SortOrder] | None = None
        header = self.tree.header()
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(False)
        header.sortIndicatorChanged.connect(self._sort_by)

    def _sort_by(self, column: int, order: Qt.SortOrder) -> None:
        self._order = (column, order)
        self.tree.header().setSortIndicatorShown(True)
        self._floor_headings()  # the arrow takes room beside this heading now
        self.tree.sortItems(column, order)

    def _floor_headings(self) -> None:
        """No column narrower than its heading (the sort arrow's room included where it is
        drawn) or than what its cells must show whole (a state, a type, a layer's name)."""
        tree, header = self.tree, self.tree.header()
        least = [
            max(floor, heading_width(header, column))
            for column, floor in enumerate(self._content_floors)
        ]
        own = [max(width, floor) for width, floor in zip(tree.own_widths, least, strict=True)]
        if (own, least) != (tree.own_widths, tree.least_widths):
            tree.own_widths, tree.least_widths = own, least
        tree.fit_columns()

    def _measure_columns(self) -> None:
        """Each column's own, least and wished width, from the font and sample texts in the
        interface language: measuring rows on every edit costs."""
        metrics = self.fontMetrics()
        self._content_floors: list[int] = []
        states = tuple(state_text(state) for state in (PENDING, ACCEPTED, REJECTED))
        for column, samples in enumerate(
            (
                ("Phan Việt Cường",),
                ("PARTICIPATES",),
                ("Bí thư Tỉnh ủy",),
                states,
                (*common_sources(), f"100% {suggester_short_name('relations')}"),
                ("annotator",),
            )
        ):
            heading = self.tree.headerItem().text(column)  # in the interface language
            widest = max(map(metrics.horizontalAdvance, (heading, *samples)))
            self.tree.own_widths.append(widest + 24)
            self.tree.least_widths.append(0)
            # A heading stays whole (_floor_headings); a state is never cut either.
            states = max(map(metrics.horizontalAdvance, samples)) + 12
            self._content_floors.append(states if column == STATE_COLUMN else 0)
            # A source keeps the common suggesters' names whole where the list has room.
            wished = samples if column == SOURCE_COLUMN else ()
            self.tree.wished_widths.append(
                max(map(metrics.horizontalAdvance, wished), default=-12) + 12
            )

    def show_relations(
        self, *, text: str, spans, relations, keep: ReviewFilter | None = None
    ) -> None:
        selected = self.selected_relation_id()
        self._quiet = True
        try:
            self.tree.clear()
            # Identical relations of several layers are told apart by whose they are.
            layers = {rel.annotator for rel in relations}
            several = len(layers) > 1
            self._content_floors[ANNOTATOR_COLUMN] = self._layer_floor(layers) if several else 0
            self.tree.setColumnHidden(ANNOTATOR_COLUMN, not several)
            by_id = {span.id: span for span in spans}
            self._fit_contents(relations, by_id, text)
            for rel in relations:
                head, tail = by_id.get(rel.head), by_id.get(rel.tail)
                if head is None or tail is None:
                    continue
                if keep is not None and not keep.keeps(rel, (head.label, tail.label)):
                    continue
                self._add_item(rel, text[head.start : head.end], text[tail.start : tail.end])
            if self._order is not None:
                self.tree.sortItems(*self._order)
            self.select_relation(selected)
        finally:
            self._quiet = False

    def _fit_contents(self, relations, by_id, text: str) -> None:
        """Each column as wide as its widest cell asks: the ends shown whole where the panel
        has room (they give it up last), the Relation column never cut ("PARTIC…" could be
        no other, but a reader stops on it, and a schema's own types may be longer still)."""
        metrics = self.tree.fontMetrics()
        ends: tuple[list[str], list[str]] = ([], [])
        for rel in relations:
            for cells, end in zip(ends, (by_id.get(rel.head), by_id.get(rel.tail)), strict=True):
                if end is not None:
                    cells.append(excerpt(text[end.start : end.end], 120))
        widest = [
            max(map(metrics.horizontalAdvance, cells), default=0)
            for cells in (*ends, [rel.type for rel in relations])
        ]
        for column, width in zip((HEAD_COLUMN, TAIL_COLUMN, TYPE_COLUMN), widest, strict=True):
            self.tree.own_widths[column] = max(self._sample_widths[column], width + 24)
        self.tree.content_widths = {HEAD_COLUMN: widest[0] + 12, TAIL_COLUMN: widest[1] + 12}
        self._content_floors[TYPE_COLUMN] = widest[2] + 12
        # A state is never cut, but only the states shown keep room: "đã chấp nhận" kept
        # whole beside a list of suggestions ("gợi ý") cut the ends for nothing.
        states = {state_text(rel.state) for rel in relations} or {state_text(PENDING)}
        self._content_floors[STATE_COLUMN] = max(map(metrics.horizontalAdvance, states)) + 12
        # A Source column wishes room for the suggesters it shows, not for every one: "by
        # hand" beside room kept for "100% relations" cut the ends for nothing.
        sources = [metrics.horizontalAdvance(source_cell(rel)) + 12 for rel in relations]
        self.tree.wished_widths[SOURCE_COLUMN] = min(self._source_wish, max(sources, default=0))
        self._floor_headings()

    def _layer_floor(self, layers: set[str]) -> int:
        """The Layer column keeps its names whole: identical rows differ only by it ("du…"
        could be dung or dung2), up to the width its own sample asks."""
        metrics = self.tree.fontMetrics()
        names = [_tr("curated") if name == CURATED else name for name in layers]
        widest = max(metrics.horizontalAdvance(name) for name in names) + 12
        return min(widest, self._sample_widths[ANNOTATOR_COLUMN])

    def _add_item(self, rel, head_text: str, tail_text: str) -> None:
        cells = [
            excerpt(head_text, 120),
            rel.type,
            excerpt(tail_text, 120),
            state_text(rel.state),
            source_cell(rel),
            _tr("curated") if rel.annotator == CURATED else rel.annotator,
        ]
        item = RelationItem(self.tree, cells)
        item.setData(0, RELATION_ROLE, rel.id)
        item.setData(SOURCE_COLUMN, CONFIDENCE_ROLE, rel.confidence)
        whole = tooltip(f"{head_text} → {rel.type} → {tail_text}\n{describe(rel)}")
        for column in range(len(cells)):  # a cell cut to the panel's width reads whole here
            item.setToolTip(column, whole)
        if rel.state == PENDING:
            font = QFont(item.font(1))
            font.setItalic(True)
            for column in range(len(cells)):
                item.setFont(column, font)
        elif rel.state == REJECTED:
            for column in range(len(cells)):
                item.setForeground(column, QBrush(QColor("#808080")))

    def select_relation(self, relation_id: int | None) -> None:
        """Mark the relation the editor selected (emits nothing)."""
        self._quiet = True
        try:
            found = None
            for i in range(self.tree.topLevelItemCount()):
                item = self.tree.topLevelItem(i)
                if item.data(0, RELATION_ROLE) == relation_id:
                    found = item
            if found is None:
                self.tree.clearSelection()
                self.tree.setCurrentItem(None)
            else:
                self.tree.setCurrentItem(found)
                self.tree.scrollToItem(found)
        finally:
            self._quiet = False

    def selected_relation_id(self) -> int | None:
        item = self.tree.currentItem()
        return None if item is None else item.data(0, RELATION_ROLE)

    def relation_ids(self) -> list[int]:
        tree = self.tree
        return [
            tree.topLevelItem(i).data(0, RELATION_ROLE) for i in range(tree.topLevelItemCount())
        ]

    def clear(self) -> None:
        self.tree.clear()

    def _activate(self, item: QTreeWidgetItem | None) -> None:
        if item is not None and not self._quiet:
            self.relationActivated.emit(int(item.data(0, RELATION_ROLE)))

    def _decide(self, decision: str) -> None:
        relation_id = self.selected_relation_id()
        if relation_id is not None:
            self.decisionRequested.emit(int(relation_id), decision)

    def _menu(self, point: QPoint) -> None:
        item = self.tree.itemAt(point)
        if item is not None:
            self.menuRequested.emit(
                int(item.data(0, RELATION_ROLE)), self.tree.viewport().mapToGlobal(point)
            )
