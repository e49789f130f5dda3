"""The curation view of one document: every annotator's spans side by side, settled into the curated layer.

Rows are the distinct (range, label) pairs of the annotators' layers, one
column per annotator, and below them the relations. Spans and relations
enough annotators agree on are merged into the curated layer at once (one
undo step; app.team.curation decides who votes); disagreements are
highlighted; the curator accepts a version, removes one, or edits the
curated layer in the editor, then marks the document reviewed.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from annotator.app.team.curation import (
    ALL,
    MAJORITY,
    Curation,
    RelationRow,
    SpanRow,
    curate_operation,
    merge_agreed,
    read_curation,
)
from annotator.core.errors import AnnotatorError
from annotator.core.model import REVIEWED
from annotator.core.operations import Batch, DeleteRelation, DeleteSpans, Operation, SetStatus
from annotator.gui.documents.model import STATUS_TEXT
from annotator.gui.i18n import _tr, number
from annotator.gui.messages import shown
from annotator.gui.reports.counts import counted

AGREED = QColor("#d8f0d8")
MAJORITY_COLOR = QColor("#fff3c4")
DISPUTED = QColor("#f8d4d4")


class CurationDialog(QDialog):
    """Curate the document `doc_id` of the window's project.

    `apply(op, source)` applies an operation and tells every view (whatever
    layer the editor shows, curating is allowed).
    """

    openInEditor = Signal()

    def __init__(
        self, context: Any, doc_id: int, apply: Any, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self._apply_op = apply
        self.doc_id = doc_id
        self.setWindowTitle(self.tr("Curate document"))
        self.resize(820, 520)
        self.rule = QComboBox(self)
        self.rule.setObjectName("curation-rule")
        self.summary = QLabel(self)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self._build_tables()
        self.merge_button = QPushButton(self.tr("Merge what is agreed"), self)
        self.accept_button = QPushButton(self.tr("Accept selected"), self)
        self.remove_button = QPushButton(self.tr("Remove selected from curated"), self)
        self.edit_button = QPushButton(self.tr("Edit curated layer in the editor"), self)
        self.done_button = QPushButton(self.tr("Mark reviewed"), self)
        self._layout()
        self._keys()
        self._connect_buttons()
        self.rule.currentIndexChanged.connect(lambda _i: self.refresh())
        context.changed.connect(self._on_changed)
        self.curation: Curation = read_curation(context.project, doc_id)
        self._fill_rules(len(self.curation.voters))
        self.refresh()
        if not any(r.curated_ids for r in self.rows) and self._status() != REVIEWED:
            self.merge_agreed()
        self.table.setFocus()
        if self.table.rowCount():
            self.table.setCurrentCell(0, 0)

    def _connect_buttons(self) -> None:
        """Merge, accept, remove, edit in the editor and mark reviewed, each to its step."""
        self.merge_button.clicked.connect(self.merge_agreed)
        self.accept_button.clicked.connect(self.accept_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        self.edit_button.clicked.connect(self.openInEditor.emit)
        self.done_button.clicked.connect(self.mark_reviewed)

    def _build_tables(self) -> None:
        """The spans' table and the relations' table, rows selected whole and never edited."""
        self.table = QTableWidget(self)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.relation_table = QTableWidget(self)
        self.relation_table.setObjectName("curation-relations")
        self.relation_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.relation_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.relation_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)

    @property
    def rows(self) -> list[SpanRow]:
        return self.curation.spans

    @property
    def relation_rows(self) -> list[RelationRow]:
        return self.curation.relations

    @property
    def raters(self) -> list[str]:
        return self.curation.voters

    def _fill_rules(self, voters: int) -> None:
        """All, a majority, or at least k of the document's voters (k below the majority too)."""
        self.rule.addItem(self.tr("all annotators agree"), ALL)
        self.rule.addItem(self.tr("a majority agrees"), MAJORITY)
        majority = voters // 2 + 1
        for k in range(voters - 1, 0, -1):
            if k != majority:
                text = self.tr("at least {k} of {n} agree").format(k=number(k), n=number(voters))
                self.rule.addItem(text if k > 1 else self.tr("any annotator has it"), k)

    def _keys(self) -> None:
        """Adjudicate from the keyboard: Enter accepts the selected rows, Delete takes them out.

        No button is the dialog's default, so Enter in a table never runs "Merge
        what is agreed" instead; after each decision the next row is selected.
        """
        for button in (self.merge_button, self.accept_button, self.remove_button):
            button.setAutoDefault(False)
        for button in (self.edit_button, self.done_button):
            button.setAutoDefault(False)
        self.accept_button.setToolTip(
            self.tr("Accept the selected rows into the curated layer (Enter)")
        )
        self.remove_button.setToolTip(
            self.tr("Take the selected rows out of the curated layer (Delete)")
        )
        for table in (self.table, self.relation_table):
            for key, slot in (
                (Qt.Key.Key_Return, self.accept_selected),
                (Qt.Key.Key_Enter, self.accept_selected),
                (Qt.Key.Key_Delete, self.remove_selected),
            ):
                shortcut = QShortcut(QKeySequence(key), table)
                shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
                shortcut.activated.connect(slot)

    def _layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Merge automatically when"), self))
        top.addWidget(self.rule)
        top.addStretch(1)
        buttons = QHBoxLayout()
        for button in (self.merge_button, self.accept_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.done_button)
        # Where no window manager draws a title bar, Esc was the only way out.
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        buttons.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 3)
        layout.addWidget(QLabel(self.tr("Relations"), self))
        layout.addWidget(self.relation_table, 2)
        layout.addLayout(buttons)

    # --- reading -------------------------------------------------------------------

    def _status(self) -> str:
        status = self.context.project.document(self.doc_id).status
        return _tr(STATUS_TEXT.get(status, status))

    def refresh(self) -> None:
        project = self.context.project
        text = project.document(self.doc_id).text
        self.curation = read_curation(project, self.doc_id)
        need = self.curation.needed(self.rule.currentData())

        def shown(key: tuple[int, int, str]) -> str:
            return " ".join(text[key[0] : key[1]].split())

        self._fill(
            self.table,
            [self.tr("Text"), self.tr("Label")],
            [([shown(row.key), row.key[2]], row) for row in self.rows],
            need,
        )
        self._fill(
            self.relation_table,
            [self.tr("Head"), self.tr("Type"), self.tr("Tail")],
            [([shown(r.head), r.type, shown(r.tail)], r) for r in self.relation_rows],
            need,
        )
        disputed = sum(1 for r in self.rows if len(r.annotators) < need)
        relations = sum(1 for r in self.relation_rows if len(r.annotators) < need)
        curated = sum(1 for r in self.rows if r.curated_ids)
        waiting = self.curation.waiting
        self.summary.setText(
            self.tr(
                "{annotators}; {spans} disputed; {c} in the curated layer; "
                "{relations} disputed; status: {s}"
            ).format(
                annotators=counted(len(self.raters), "annotator"),
                spans=counted(disputed, "span"),
                c=number(curated),
                relations=counted(relations, "relation"),
                s=self._status(),
            )
            + (self.tr("; still at work: {w}").format(w=", ".join(waiting)) if waiting else "")
        )

    def _fill(
        self,
        table: QTableWidget,
        first: list[str],
        rows: list[tuple[list[str], SpanRow | RelationRow]],
        need: int,
    ) -> None:
        """One row per span or relation: what it is, a tick per annotator who has it, curated."""
        headers = [*first, *self.raters, self.tr("Curated")]
        table.clear()
        table.setColumnCount(len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.setRowCount(len(rows))
        for n, (cells, row) in enumerate(rows):
            cells = cells + ["✓" if name in row.annotators else "" for name in self.raters]
            cells.append("✓" if row.curated_ids else "")
            votes = len(row.annotators)
            color = (
                AGREED
                if votes >= len(self.raters)
                else (MAJORITY_COLOR if votes >= need else DISPUTED)
            )
            for column, value in enumerate(cells):
                item = QTableWidgetItem(value)
                item.setBackground(QBrush(color))
                table.setItem(n, column, item)

    def _on_changed(self, changes: Any, _source: object) -> None:
        if self.doc_id in changes.doc_ids:
            self.refresh()

    # --- decisions -----------------------------------------------------------------

    def _apply(self, operations: list[Operation], description: str) -> None:
        if not operations:
            return
        op = operations[0] if len(operations) == 1 else Batch(tuple(operations), description)
        table = self.relation_table if self.relation_table.hasFocus() else self.table
        place = max((i.row() for i in table.selectedIndexes()), default=-1)
        try:
            self._apply_op(op, self)
        except AnnotatorError as exc:
            self.summary.setText(shown(exc))
            return
        self.refresh()
        if place >= 0 and table.rowCount():  # go on with the row after the decided ones
            table.setCurrentCell(min(place + 1, table.rowCount() - 1), 0)

    def merge_agreed(self) -> None:
        """Every span and relation enough annotators agree on, into the curated layer (one step)."""
        op = merge_agreed(self.curation, self.rule.currentData())
        self._apply([op] if op is not None else [], "merge agreed spans")

    def _selected(self, table: QTableWidget, rows: list[Any]) -> list[Any]:
        numbers = sorted({index.row() for index in table.selectedIndexes()})
        return [rows[n] for n in numbers]

    def selected_rows(self) -> list[SpanRow]:
        return self._selected(self.table, self.rows)

    def selected_relations(self) -> list[RelationRow]:
        return self._selected(self.relation_table, self.relation_rows)

    def accept_selected(self) -> None:
        """The selected spans and relations (with the spans they link) into the curated layer."""
        op = curate_operation(
            self.curation, self.selected_rows(), self.selected_relations(), "accept"
        )
        self._apply([op] if op is not None else [], "accept spans")

    def remove_selected(self) -> None:
        relations = [
            DeleteRelation(i) for row in self.selected_relations() for i in row.curated_ids
        ]
        ids = tuple(i for row in self.selected_rows() for i in row.curated_ids)
        spans: list[Operation] = [DeleteSpans(ids)] if ids else []
        self._apply([*relations, *spans], "remove curated spans")

    def mark_reviewed(self) -> None:
        self._apply([SetStatus(self.doc_id, REVIEWED)], "reviewed")
        if self._status() == REVIEWED:
            self.accept()
