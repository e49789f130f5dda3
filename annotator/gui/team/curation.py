"""The curation view of one document: every annotator's spans side by side, settled into the curated layer.

Rows are the distinct (range, label) pairs of the annotators' layers, one
column per annotator. Spans enough annotators agree on are merged into the
curated layer at once (one undo step); disagreements are highlighted; the
curator accepts a version, removes one, or edits the curated layer in the
editor, then marks the document reviewed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from annotator.core.errors import AnnotatorError
from annotator.core.model import ACCEPTED, REVIEWED
from annotator.core.operations import Batch, CurateSpan, DeleteSpans, Operation, SetStatus
from annotator.core.team import CURATED, is_person

AGREED = QColor("#d8f0d8")
MAJORITY = QColor("#fff3c4")
DISPUTED = QColor("#f8d4d4")
Key = tuple[int, int, str]


@dataclass
class CurationRow:
    """One (range, label) and who has it."""

    key: Key
    annotators: set[str] = field(default_factory=set)
    curated_ids: list[int] = field(default_factory=list)


def curation_rows(spans: list[Any]) -> list[CurationRow]:
    """The distinct accepted spans of every layer, by position."""
    rows: dict[Key, CurationRow] = {}
    for span in spans:
        if span.state != ACCEPTED:
            continue
        row = rows.setdefault(
            (span.start, span.end, span.label), CurationRow((span.start, span.end, span.label))
        )
        if span.annotator == CURATED:
            row.curated_ids.append(span.id)
        elif is_person(span.annotator):
            row.annotators.add(span.annotator)
    return sorted(rows.values(), key=lambda r: (r.key[0], -r.key[1], r.key[2]))


def needed_votes(raters: int, rule: str) -> int:
    """Annotators who must agree: all of them, or more than half."""
    return raters if rule == "all" else raters // 2 + 1


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
        self.rule.addItem(self.tr("all annotators agree"), "all")
        self.rule.addItem(self.tr("a majority agrees"), "majority")
        self.summary = QLabel(self)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.table = QTableWidget(self)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.merge_button = QPushButton(self.tr("Merge agreed spans"), self)
        self.accept_button = QPushButton(self.tr("Accept selected"), self)
        self.remove_button = QPushButton(self.tr("Remove selected from curated"), self)
        self.edit_button = QPushButton(self.tr("Edit curated layer in the editor"), self)
        self.done_button = QPushButton(self.tr("Mark reviewed"), self)
        self._layout()
        self.merge_button.clicked.connect(self.merge_agreed)
        self.accept_button.clicked.connect(self.accept_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        self.edit_button.clicked.connect(self.openInEditor.emit)
        self.done_button.clicked.connect(self.mark_reviewed)
        self.rule.currentIndexChanged.connect(lambda _i: self.refresh())
        context.changed.connect(self._on_changed)
        self.rows: list[CurationRow] = []
        self.raters: list[str] = []
        self.refresh()
        if not any(r.curated_ids for r in self.rows) and self._status() != REVIEWED:
            self.merge_agreed()

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
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    # --- reading -------------------------------------------------------------------

    def _status(self) -> str:
        return self.context.project.document(self.doc_id).status

    def refresh(self) -> None:
        project = self.context.project
        text = project.document(self.doc_id).text
        self.rows = curation_rows(project.spans(self.doc_id))
        self.raters = [n for n in project.document_layers(self.doc_id) if is_person(n)]
        headers = [self.tr("Text"), self.tr("Label"), *self.raters, self.tr("Curated")]
        self.table.clear()
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setRowCount(len(self.rows))
        need = needed_votes(len(self.raters), self.rule.currentData())
        for n, row in enumerate(self.rows):
            start, end, label = row.key
            cells = [" ".join(text[start:end].split()), label]
            cells += ["✓" if name in row.annotators else "" for name in self.raters]
            cells.append("✓" if row.curated_ids else "")
            color = (
                AGREED
                if len(row.annotators) == len(self.raters)
                else (MAJORITY if len(row.annotators) >= need else DISPUTED)
            )
            for column, value in enumerate(cells):
                item = QTableWidgetItem(value)
                item.setBackground(QBrush(color))
                self.table.setItem(n, column, item)
        disputed = sum(1 for r in self.rows if len(r.annotators) < need)
        curated = sum(1 for r in self.rows if r.curated_ids)
        self.summary.setText(
            self.tr(
                "{n} annotators; {d} spans disputed; {c} in the curated layer; status: {s}"
            ).format(n=len(self.raters), d=disputed, c=curated, s=self._status())
        )

    def _on_changed(self, changes: Any, _source: object) -> None:
        if self.doc_id in changes.doc_ids:
            self.refresh()

    # --- decisions -----------------------------------------------------------------

    def _apply(self, operations: list[Operation], description: str) -> None:
        if not operations:
            return
        op = operations[0] if len(operations) == 1 else Batch(tuple(operations), description)
        try:
            self._apply_op(op, self)
        except AnnotatorError as exc:
            self.summary.setText(str(exc))
            return
        self.refresh()

    def _curate(self, rows: list[CurationRow]) -> list[Operation]:
        return [
            CurateSpan(self.doc_id, *row.key, tuple(sorted(row.annotators)))
            for row in rows
            if not row.curated_ids
        ]

    def merge_agreed(self) -> None:
        """Every span enough annotators agree on goes into the curated layer (one undo step)."""
        need = needed_votes(len(self.raters), self.rule.currentData())
        agreed = [r for r in self.rows if len(r.annotators) >= max(need, 1)]
        self._apply(self._curate(agreed), "merge agreed spans")

    def selected_rows(self) -> list[CurationRow]:
        numbers = sorted({index.row() for index in self.table.selectedIndexes()})
        return [self.rows[n] for n in numbers]

    def accept_selected(self) -> None:
        self._apply(self._curate(self.selected_rows()), "accept spans")

    def remove_selected(self) -> None:
        ids = tuple(i for row in self.selected_rows() for i in row.curated_ids)
        self._apply([DeleteSpans(ids)] if ids else [], "remove curated spans")

    def mark_reviewed(self) -> None:
        self._apply([SetStatus(self.doc_id, REVIEWED)], "reviewed")
        if self._status() == REVIEWED:
            self.accept()
