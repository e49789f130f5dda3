"""Label every occurrence: what to find, where, as what; a preview of the counts; one undo step.

The preview is planned in a background thread on a read-only connection
(planning reads every document in scope); the button says how many spans
it will make, and applying is one operation through the window's context.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from annotator.app.search.label_all import UNFINISHED, LabelAllPlan, plan_label_all
from annotator.core.errors import AnnotatorError
from annotator.core.search_query import SearchQuery
from annotator.gui.jobs import ThreadJob
from annotator.gui.messages import shown
from annotator.gui.plaintext import named_documents, plain_label
from annotator.store import CorpusReader

DOCUMENT, UNFINISHED_DOCS, RESULTS, PROJECT = range(4)
PREVIEW_DELAY_MS = 300


class LabelAllDialog(QDialog):
    """Label all occurrences of a selected span's text, or of a search's hits."""

    def __init__(
        self,
        context: Any,
        *,
        query: SearchQuery,
        label: str | None = None,
        doc_id: int | None = None,
        results: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Label all occurrences"))
        self.context = context
        self.query = query
        self.doc_id = doc_id
        self.plan: LabelAllPlan | None = None
        self.applied = None  # the ChangeSet, once applied
        self._job: ThreadJob | None = None
        self._build_query_fields(query, label, results)
        self._build_choices(doc_id, results)
        self._build_preview_and_buttons()
        self._timer = QTimer(self, singleShot=True, interval=PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self.refresh_preview)
        self._layout()
        self._connect()
        self.refresh_preview()

    def _build_query_fields(self, query: SearchQuery, label: str | None, results: bool) -> None:
        """The text to find (fixed for search results), its two options and the label."""
        self.find_edit = QLineEdit(query.text, self)
        self.find_edit.setReadOnly(results)
        self.match_case = QCheckBox(self.tr("Match case"), self)
        self.match_case.setChecked(query.match_case)
        self.match_diacritics = QCheckBox(self.tr("Match diacritics"), self)
        self.match_diacritics.setChecked(query.match_diacritics)
        self.label_combo = QComboBox(self)
        for name in self.context.project.schema().label_names():
            self.label_combo.addItem(name, name)
        if label is not None:
            self.label_combo.setCurrentIndex(max(0, self.label_combo.findData(label)))

    def _build_choices(self, doc_id: int | None, results: bool) -> None:
        """Where to label (this document when one is open, the results when from a search),
        as what (pending or accepted) and whether inside other annotations."""
        self.scope = self._radios(
            [
                (self.tr("This document"), DOCUMENT, doc_id is not None),
                (self.tr("Unfinished documents (new or in progress)"), UNFINISHED_DOCS, True),
                (self.tr("The search results (with their filters)"), RESULTS, results),
                (self.tr("Every document"), PROJECT, True),
            ],
            RESULTS if results else (DOCUMENT if doc_id is not None else UNFINISHED_DOCS),
        )
        self.state = self._radios(
            [
                (self.tr("As pending suggestions, to review"), 0, True),
                (self.tr("Accepted"), 1, True),
            ],
            0,
        )
        self.nested = QCheckBox(self.tr("Also inside other annotations (nested)"), self)

    def _build_preview_and_buttons(self) -> None:
        """The preview of what will be labelled, and Label, enabled once a preview has a count."""
        self.preview = plain_label("", self)
        self.preview.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.apply_button = QPushButton(self.tr("Label"), self)
        self.apply_button.setEnabled(False)
        self.buttons.addButton(self.apply_button, QDialogButtonBox.ButtonRole.AcceptRole)

    def _radios(self, items: list[tuple[str, int, bool]], checked: int) -> QButtonGroup:
        group = QButtonGroup(self)
        for text, value, enabled in items:
            button = QRadioButton(text, self)
            button.setEnabled(enabled)
            button.setChecked(value == checked)
            group.addButton(button, value)
        return group

    def _layout(self) -> None:
        form = QFormLayout()
        find_row = QHBoxLayout()
        find_row.addWidget(self.find_edit, 1)
        find_row.addWidget(self.match_case)
        find_row.addWidget(self.match_diacritics)
        form.addRow(self.tr("Find:"), find_row)
        form.addRow(self.tr("Label:"), self.label_combo)
        for title, group in ((self.tr("Where:"), self.scope), (self.tr("How:"), self.state)):
            column = QVBoxLayout()
            for button in group.buttons():
                column.addWidget(button)
            form.addRow(title, column)
        form.addRow("", self.nested)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.preview)
        layout.addWidget(self.buttons)

    def _connect(self) -> None:
        later = self._timer.start
        self.find_edit.textChanged.connect(lambda _t: later())
        for box in (self.match_case, self.match_diacritics, self.nested):
            box.toggled.connect(lambda _on: later())
        self.label_combo.currentIndexChanged.connect(lambda _i: later())
        self.scope.idClicked.connect(lambda _i: later())
        self.state.idClicked.connect(lambda _i: later())
        self.buttons.accepted.connect(self.apply)
        self.buttons.rejected.connect(self.reject)

    # -- preview ----------------------------------------------------------------------

    def _arguments(self) -> tuple[SearchQuery, list[int] | None]:
        scope = self.scope.checkedId()
        query = replace(
            self.query,
            text=self.find_edit.text(),
            match_case=self.match_case.isChecked(),
            match_diacritics=self.match_diacritics.isChecked(),
        )
        if scope == DOCUMENT:
            return replace(query, statuses=()), [self.doc_id] if self.doc_id is not None else []
        if scope == UNFINISHED_DOCS:
            return replace(query, statuses=UNFINISHED), None
        if scope == PROJECT:
            return replace(query, statuses=()), None
        return query, None

    def refresh_preview(self) -> None:
        self._timer.stop()
        if self._job is not None:
            self._job.cancel()
        self.plan = None
        self.apply_button.setEnabled(False)
        query, within = self._arguments()
        label, accept, nested = (
            self.label_combo.currentData(),
            self.state.checkedId() == 1,
            self.nested.isChecked(),
        )
        if query.empty or label is None:
            self.preview.setText(self.tr("Type the words to find."))
            return
        self.preview.setText(self.tr("Counting the occurrences…"))
        path = self.context.path

        def plan(_emit, cancel):
            with CorpusReader(path, cancel) as reader:
                return plan_label_all(
                    reader, query, label, accept=accept, nested=nested, within=within, cancel=cancel
                )

        self._job = ThreadJob(plan, self)
        self._job.done.connect(self._planned)
        self._job.failed.connect(self.preview.setText)
        self._job.start()

    def _planned(self, plan: LabelAllPlan) -> None:
        self.plan = plan
        self.preview.setText(self.describe(plan))
        self.apply_button.setText(self.tr("Label %Ln occurrence(s)", "", plan.count))
        self.apply_button.setEnabled(plan.count > 0)

    def describe(self, plan: LabelAllPlan) -> str:
        """The preview: how many spans, where, and what is left alone and why."""
        lines = [self._what_is_labelled(plan), *self._left_alone(plan)]
        if plan.count and plan.starting:
            lines.append(
                self.tr(
                    "%Ln new document(s) will be in progress, as after an edit.", "", plan.starting
                )
            )
        return "\n".join(lines + self._not_looked_in(plan))

    def _what_is_labelled(self, plan: LabelAllPlan) -> str:
        """How many occurrences get the label, in how many documents, or that none can."""
        if not plan.count:
            return self.tr("No occurrence can be labelled %1.").replace("%1", plan.label)
        how = self.tr("accepted") if plan.accept else self.tr("pending suggestions")
        return (
            self.tr("%Ln occurrence(s) will be labelled", "", plan.count)
            + f" {plan.label} ({how}) "
            + self.tr("in %Ln document(s).", "", plan.documents)
        )

    def _left_alone(self, plan: LabelAllPlan) -> list[str]:
        """One line for each reason occurrences are left alone, for the reasons that apply."""
        reasons = (
            (plan.already, self.tr("Left alone: %Ln already labelled %1.", "", plan.already)),
            (
                plan.rejected_before,
                self.tr("Left alone: %Ln rejected before as %1.", "", plan.rejected_before),
            ),
            (
                plan.overlapping_same_label,
                self.tr(
                    "Left alone: %Ln overlapping another %1 span.", "", plan.overlapping_same_label
                ),
            ),
            (
                plan.in_other_annotation,
                self.tr(
                    "Left alone: %Ln inside or across another annotation.",
                    "",
                    plan.in_other_annotation,
                ),
            ),
            (plan.unaligned, self.tr("Left alone: %Ln would cut a syllable.", "", plan.unaligned)),
        )
        return [text.replace("%1", plan.label) for count, text in reasons if count]

    def _not_looked_in(self, plan: LabelAllPlan) -> list[str]:
        """The documents not searched: damaged text, or still waiting for the search index."""
        lines = []
        if plan.damaged:
            lines.append(
                self.tr(
                    "Not looked in: %Ln document(s) whose stored text is damaged: ",
                    "",
                    len(plan.damaged),
                )
                + named_documents(plan.damaged)
            )
        waiting = self._not_searched()
        if waiting:
            lines.append(
                self.tr(
                    "Not looked in: %Ln document(s) still being indexed for search; "
                    "label again once indexing is done.",
                    "",
                    waiting,
                )
            )
        return lines

    def _not_searched(self) -> int:
        """Documents a search over several documents misses: those not yet in the index."""
        if self.scope.checkedId() == DOCUMENT or self.context is None:
            return 0
        return self.context.project.search_waiting()

    # -- applying ---------------------------------------------------------------------

    def apply(self) -> None:
        op = self.plan.operation() if self.plan is not None else None
        if op is None:
            return
        try:
            self.applied = self.context.apply(op, source=self)
        except AnnotatorError as exc:
            self.preview.setText(shown(exc))
            return
        self.accept()

    def done(self, result: int) -> None:  # noqa: D401 (Qt override)
        if self._job is not None:
            self._job.stop()
        super().done(result)
