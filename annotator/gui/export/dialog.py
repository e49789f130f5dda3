"""The Export dialog: the CLI's export choices, the loss report shown before anything is written."""

from __future__ import annotations

from dataclasses import replace
from functools import partial
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFrame,
    QHBoxLayout,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from annotator.app.exporting.run import ALL_SPLIT, ExportOptions, ExportResult
from annotator.app.exporting.select import selected_ids
from annotator.app.team.layers import run_layered_export, separate_layers
from annotator.core.errors import AnnotatorError
from annotator.gui.documents.model import STATUS_TEXT
from annotator.gui.export.extras import keep_writable
from annotator.gui.export.form import ExportFormMixin
from annotator.gui.export.memory import ExportMemoryMixin
from annotator.gui.export.replace_question import (
    ask_before_replacing,
    folder_entries,
    not_a_folder_text,
    separate_layer_folders,
)
from annotator.gui.export.unannotated import ask_if_unannotated, unannotated_warning
from annotator.gui.i18n import _tr, current_language, number
from annotator.gui.messages import shown
from annotator.gui.plaintext import plain_label
from annotator.gui.reports.counts import counted
from annotator.gui.wheel_guard import guard_wheel
from annotator.store.document_filter import DocumentFilter


class ExportCancelled(Exception):
    """The user pressed Cancel during an export."""


class ExportDialog(ExportFormMixin, ExportMemoryMixin, QDialog):
    """Choose what and how to export; Preview shows the loss report, Export writes.

    A line above the buttons says, as the choices change, how many documents
    the export takes and why the others are left out. Export needs no
    preview: it writes and then shows the same report (a dataset is written
    whole into a new folder, or over one once the linguist has said so). It
    is greyed only while nothing would be exported, with the line saying why,
    or after a preview of the same choices failed.
    """

    def __init__(self, project: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.project = project
        self.result_: ExportResult | None = None
        self.results: list[ExportResult] = []
        self.previewed: ExportOptions | None = None
        self.task: str | None = None
        self.cancelled = False
        self.previewing = False
        self.failed_choices = False  # a preview of these choices failed: Export waits for a change
        self.chosen_count = 0  # documents the status and title choices take
        self.last_question: Any = None  # the question asked before writing bare documents
        self.setWindowTitle(self.tr("Export training data"))
        scroll = self._build_form()
        self.report = QPlainTextEdit()
        self.report.setReadOnly(True)
        self.report.setPlaceholderText(
            self.tr("Press Preview to see what the export keeps and loses.")
        )
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(scroll)
        splitter.addWidget(self.report)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        self.selection_note = plain_label("", self)
        self.selection_note.setWordWrap(True)
        layout.addWidget(self.selection_note)
        layout.addLayout(self._buttons())
        folder_kept = self.restore_choices()
        keep_writable(self.format_box)
        self._watch_changes()
        self.apply_format_rules()
        if not folder_kept:  # the default folder follows the restored format
            self._format_changed(self.format_box.currentText())
        self._update_enabled()
        self.fit_to_screen()

    def _build_form(self) -> QScrollArea:
        """The form's groups (format, selection, split, output) in a scroll area, so a small
        screen scrolls the form instead of cutting it."""
        form = self.form = QWidget()
        column = QVBoxLayout(form)
        column.setContentsMargins(0, 0, 0, 0)
        for group in (
            self._format_group(),
            self._selection_group(),
            self._split_group(),
            self._output_group(),
        ):
            column.addWidget(group)
        scroll = QScrollArea(self)  # a small screen scrolls the form instead of cutting it
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(form)
        guard_wheel(form)
        return scroll

    def _buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setVisible(False)
        self.cancel_button.clicked.connect(self._cancel)
        row.addWidget(self.progress, 1)
        row.addWidget(self.cancel_button)
        self.preview_button = QPushButton(self.tr("Preview"))
        self.export_button = QPushButton(self.tr("Export"))
        self.close_button = QPushButton(self.tr("Close"))
        self.preview_button.clicked.connect(self.preview)
        self.export_button.clicked.connect(self.export)
        self.close_button.clicked.connect(self.reject)
        row.addStretch(1)
        for button in (self.preview_button, self.export_button, self.close_button):
            row.addWidget(button)
        return row

    def _changed(self, *_: object) -> None:
        self.previewed = None
        self.failed_choices = False
        self._update_enabled()

    def _update_enabled(self) -> None:
        busy = self.task is not None
        self._count_selection()
        self.preview_button.setEnabled(not busy)
        self.close_button.setEnabled(not busy)
        ready = self.chosen_count > 0 and not self.failed_choices
        self.export_button.setEnabled(not busy and ready)

    def _count_selection(self) -> None:
        """Say how many documents the choices take, and why the others stay out."""
        try:
            options = self.options()
        except ValueError as exc:  # a malformed split: said here before any press
            self.chosen_count = 0
            self.selection_note.setText(shown(exc))
            return
        self.chosen_count = len(selected_ids(self.project, options.selection))
        if not self.chosen_count:
            self.selection_note.setText(self._nothing_selected(options))
            return
        total = self.project.document_count()
        text = self.tr("Export takes {chosen} of {documents}.").format(
            chosen=number(self.chosen_count), documents=counted(total, "document")
        )
        if self.chosen_count < total:
            text += " " + self.tr(
                "The other {others} have a status not ticked under Status, or a title "
                "without the words asked for."
            ).format(others=number(total - self.chosen_count))
        self.selection_note.setText(text)

    # -- running ----------------------------------------------------------------

    def preview(self) -> None:
        """Compute the loss report of the current choices without writing."""
        try:
            options = self.options()
        except ValueError as exc:
            self.report.setPlainText(shown(exc))
            return
        self._start(self.tr("Checking the export…"), options, dry_run=True)

    def export(self) -> None:
        """Write the export of the current choices atomically (a preview is not needed: the
        report comes after the writing as well).

        A folder that already holds files is replaced only once the linguist has
        seen what it holds and said so (see replace_question). Chosen documents
        without an accepted annotation would be written as bare text: without a
        preview that said so, the dialog asks about them too.
        """
        try:
            options = self.previewed or self.options()
        except ValueError as exc:
            self.report.setPlainText(shown(exc))
            return
        target = options.out.expanduser()
        if target.exists() and not target.is_dir():
            self.report.setPlainText(not_a_folder_text(target))
            return
        go_on = partial(self._write_checked, replace(options, overwrite=target.is_dir()))
        self.last_question = None
        folders = separate_layer_folders(self.project, options)
        # Asked, the question is kept; not asked, the writing ran and kept its own, if any.
        self.last_question = ask_before_replacing(self, target, go_on, self._browse, folders) or (
            self.last_question
        )

    def _write_checked(self, options: ExportOptions) -> None:
        """Write once the folder may be replaced, asking first about bare documents."""
        write = partial(self._start, self.tr("Exporting…"), options, dry_run=False)
        self.last_question = None
        if self.previewed is not None:  # its report said what goes out bare
            write()
            return
        self.last_question = ask_if_unannotated(self, self.project, options.selection, write)

    def _start(self, title: str, options: ExportOptions, *, dry_run: bool) -> None:
        """Run in the GUI thread, keeping the window alive through the progress callback.

        The store's connection belongs to this thread; progress redraws the
        bar and handles clicks (Cancel) between documents.
        """
        self.task = title
        self.previewing = dry_run
        self.cancelled = False
        self.progress.setRange(0, 0)
        self.progress.setVisible(True)
        self.cancel_button.setVisible(True)
        self._update_enabled()
        self.report.setPlainText(title)
        try:
            results = run_layered_export(
                self.project, options, progress=self._step, dry_run=dry_run
            )
        except ExportCancelled:
            self._failed(self.tr("The export was cancelled."))
        except AnnotatorError as exc:  # nothing was written; said in the window's language
            self._failed(shown(exc))
        except Exception as exc:  # shown to the user; nothing was written
            self._failed(f"{type(exc).__name__}: {exc}")  # the message as raised
        else:
            self._finished(results, options, dry_run)
        finally:
            self.progress.setVisible(False)
            self.cancel_button.setVisible(False)
            self._ended()

    def _step(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(min(done, total))
        QApplication.processEvents()
        if self.cancelled:
            raise ExportCancelled("export cancelled")

    def _cancel(self) -> None:
        self.cancelled = True

    def _finished(self, results: list[ExportResult], options: ExportOptions, dry_run: bool) -> None:
        """The report of each export (one per annotator with the separate layer)."""
        lines: list[str] = []
        names = separate_layers(self.project, options.selection) if len(results) > 1 else []
        for name, result in zip(names or [""], results, strict=False):
            counts = self._document_counts(result.stats.documents)
            if name:
                lines.append(self.tr("Layer of {name}:").format(name=name))
            lines += [
                self.tr("Documents: {counts}").format(counts=counts),
                *self._splits_without_spans(result.stats),
                "",
                *result.report.lines(current_language(), number),
            ]
        result = results[-1]
        self.remember_choices()
        if dry_run and not any(sum(r.stats.documents.values()) for r in results):
            # Only the reason: the loss report of no document read "Nothing lost".
            lines = [self._nothing_selected(options)]
            self.failed_choices = True  # Export stays disabled
        elif dry_run:
            self.previewed = options
            lines += self._preview_tail(options)
        else:
            self.result_ = result
            self.results = results
            self.previewed = None
            wrote = [
                self.tr("Wrote the dataset to {path}").format(path=r.directory.resolve())
                for r in results
            ]
            lines = [*wrote, "", *lines]
        self._show_report("\n".join(lines))

    def _preview_tail(self, options: ExportOptions) -> list[str]:
        """What a preview ends with: the documents holding no accepted annotation,
        where Export will write, and that it asks before replacing a folder of files."""
        target = options.out.expanduser().resolve()
        bare = unannotated_warning(self.project, options.selection)
        lines = [
            *(["", bare] if bare else []),
            "",
            self.tr("Press Export to write this dataset into {path}").format(path=target),
        ]
        if folder_entries(target) is not None:
            lines.append(self.tr("That folder holds files: Export asks before replacing it."))
        return lines

    def _show_report(self, text: str) -> None:
        """Set the report and give it the height of its text, taken from the form.

        At 1366x768 the box kept its first height and cut its last line, the one
        that says where Export writes; the form above scrolls, so it gives way.
        """
        self.report.setPlainText(text)
        splitter = self.report.parentWidget()
        if not isinstance(splitter, QSplitter):
            return
        metrics = self.report.fontMetrics()
        width = max(self.report.viewport().width() - 8, 1)
        lines = 1 + sum(  # a long line wraps: count the rows it takes
            -(-max(metrics.horizontalAdvance(line), 1) // width) for line in text.split("\n")
        )
        margins = self.report.contentsMargins()
        frame = 2 * self.report.frameWidth() + margins.top() + margins.bottom()
        wanted = lines * metrics.lineSpacing() + frame + 8
        total = sum(splitter.sizes())
        report_height = min(max(wanted, splitter.sizes()[1]), total * 2 // 3)
        splitter.setSizes([total - report_height, report_height])

    def _document_counts(self, documents: dict[str, int]) -> str:
        """How many documents go out: one number, then per split when the export is split.

        The one-part export's part is named "all" (its file name); shown as such,
        the preview read "Documents: all 1".
        """
        total = sum(documents.values())
        if not total:
            return self.tr("none")
        if set(documents) <= {ALL_SPLIT}:
            return number(total)
        parts = ", ".join(f"{split} {number(count)}" for split, count in documents.items())
        return f"{number(total)} ({parts})"

    def _splits_without_spans(self, stats: Any) -> list[str]:
        """A warning when a part of a split export holds documents but not one span.

        Exporting new documents with a few annotated ones, the random split put
        every annotated document in train: dev and test held only unannotated
        text, on which a model is tuned and scored against nothing.
        """
        spanned = {split for split, counts in stats.spans.items() if sum(counts.values())}
        empty = [s for s, n in stats.documents.items() if n and s not in spanned]
        if not spanned or not empty or set(stats.documents) <= {ALL_SPLIT}:
            return []
        documents = sum(stats.documents[s] for s in empty)
        return [
            self.tr(
                "Warning: {parts} hold {documents} and not one span. Export only "
                "annotated documents (done, reviewed), or balance label counts across splits."
            ).format(parts=", ".join(empty), documents=counted(documents, "document"))
        ]

    def _nothing_selected(self, options: ExportOptions) -> str:
        """Why a preview holds no document, and the tick that brings them in.

        The dialog starts with done and reviewed documents only, so on a
        project still in progress an export would write empty files.
        """
        total = self.project.document_count()
        statuses = options.selection.statuses
        matching = (
            self.project.document_count(DocumentFilter(status=statuses)) if statuses else total
        )
        chosen = self.tr("every status") if statuses is None else self.tr("none")
        if statuses:
            chosen = ", ".join(_tr(STATUS_TEXT.get(s, s)) for s in statuses)
        text = self.tr(
            "Nothing would be exported: no document has a chosen status ({statuses}) "
            "and matches the other choices."
        ).format(statuses=chosen)
        if matching < total:
            text += " " + self.tr(
                "The status of {others} of {documents} is not ticked (new or in progress): "
                "tick it under Status to export those too."
            ).format(others=number(total - matching), documents=counted(total, "document"))
        return text

    def _failed(self, message: str) -> None:
        self.previewed = None
        self.failed_choices = self.previewing  # a failed or cancelled Export may be pressed again
        self.report.setPlainText(self.tr("Nothing was written.") + f"\n{message}")

    def _ended(self) -> None:
        self.task = None
        self._update_enabled()
