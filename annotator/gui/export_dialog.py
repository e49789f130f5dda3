"""The Export dialog: the CLI's export choices, the loss report shown before anything is written."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from annotator.app.export import FORMATS, ExportOptions, ExportResult, run_export
from annotator.app.export_filters import save_filter, saved_filters
from annotator.app.export_select import DEFAULT_STATUSES, Selection
from annotator.app.export_splits import parse_ratios
from annotator.app.export_tokens import BLOCKS, LEVELS, TokenOptions
from annotator.core.model import STATUSES
from annotator.core.structure import BYLINE, CAPTION, SOURCE, TAGS, TITLE
from annotator.formats import tagging
from annotator.formats.layers import LAYERS, POLICIES

# Choices whose first item leaves the decision to each document's source.
AS_SOURCE = "as each document's source"
DOCSTART_CHOICES = (AS_SOURCE, "always", "never")
REGION_KINDS = (CAPTION, BYLINE, TAGS, SOURCE, TITLE)


class ExportCancelled(Exception):
    """The user pressed Cancel during an export."""


def _combo(values: tuple[str, ...], current: str) -> QComboBox:
    box = QComboBox()
    box.addItems(list(values))
    box.setCurrentText(current)
    return box


def _checks(
    values: tuple[str, ...], checked: tuple[str, ...]
) -> tuple[QWidget, dict[str, QCheckBox]]:
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    boxes = {}
    for value in values:
        box = QCheckBox(value)
        box.setChecked(value in checked)
        layout.addWidget(box)
        boxes[value] = box
    layout.addStretch(1)
    return row, boxes


class ExportDialog(QDialog):
    """Choose what and how to export; Preview shows the loss report, Export writes.

    Export is enabled only after a preview of the current choices, so the
    report is always seen before a dataset is written.
    """

    def __init__(self, project: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.project = project
        self.result_: ExportResult | None = None
        self.previewed: ExportOptions | None = None
        self.task: str | None = None
        self.cancelled = False
        self.setWindowTitle("Export training data")
        layout = QVBoxLayout(self)
        layout.addWidget(self._format_group())
        layout.addWidget(self._selection_group())
        layout.addWidget(self._split_group())
        layout.addWidget(self._output_group())
        self.report = QPlainTextEdit()
        self.report.setReadOnly(True)
        self.report.setPlaceholderText("Press Preview to see what the export keeps and loses.")
        layout.addWidget(self.report, 1)
        layout.addLayout(self._buttons())
        self._watch_changes()
        self._update_enabled()

    # -- building ---------------------------------------------------------------

    def _format_group(self) -> QGroupBox:
        group = QGroupBox("Format")
        form = QFormLayout(group)
        self.format_box = _combo(FORMATS, "conll")
        self.level_box = _combo(LEVELS, "source")
        self.level_box.setToolTip(
            "source: each document in the tokens, sentences, columns and label names it was "
            "imported with (syllables for documents that came without); syllable or word: "
            "tokenised again"
        )
        self.scheme_box = _combo((AS_SOURCE, *tagging.SCHEMES), AS_SOURCE)
        self.block_box = _combo(BLOCKS, "sentence")
        self.overlap_box = _combo(POLICIES, "outermost")
        self.layers_spin = QSpinBox()
        self.layers_spin.setRange(1, 9)
        self.layers_spin.setValue(3)
        self.layers_spin.setToolTip("Tag columns written with the layers policy (CoNLL).")
        self.layers_spin.setEnabled(False)
        self.pos_check = QCheckBox("POS and chunk columns (VLSP 2016 layout)")
        self.docstart_box = _combo(DOCSTART_CHOICES, AS_SOURCE)
        self.docstart_box.setToolTip(
            "-DOCSTART- -X- O O before each document (CoNLL); by default where the document's "
            "source had it, and always for documents that came without tokens"
        )
        form.addRow("Format", self.format_box)
        form.addRow("Tokens", self.level_box)
        form.addRow("Tag scheme", self.scheme_box)
        form.addRow("Blocks", self.block_box)
        form.addRow("Nested spans", self.overlap_box)
        form.addRow("Layers", self.layers_spin)
        form.addRow("", self.pos_check)
        form.addRow("-DOCSTART-", self.docstart_box)
        return group

    def _selection_group(self) -> QGroupBox:
        group = QGroupBox("Documents and spans")
        form = QFormLayout(group)
        form.addRow("Saved filter", self._filter_row())
        row, self.status_checks = _checks(STATUSES, DEFAULT_STATUSES)
        form.addRow("Status", row)
        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText("any title (or words it contains, accents optional)")
        form.addRow("Title", self.title_edit)
        self.annotators_edit = QLineEdit()
        self.annotators_edit.setPlaceholderText("all annotators (or a comma list)")
        self.labels_edit = QLineEdit()
        self.labels_edit.setPlaceholderText("all labels (or a comma list, e.g. PER,ROLE)")
        form.addRow("Annotators", self.annotators_edit)
        form.addRow("Labels", self.labels_edit)
        self.pending_check = QCheckBox("Include pending suggestions (rejected ones never)")
        form.addRow("", self.pending_check)
        row, self.region_checks = _checks(REGION_KINDS, ())
        form.addRow("Cut regions", row)
        return group

    def _filter_row(self) -> QWidget:
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        self.filter_box = QComboBox()
        self.filter_box.addItems(["", *saved_filters(self.project)])
        self.filter_box.textActivated.connect(self.apply_filter)
        self.save_filter_button = QPushButton("Save as…")
        self.save_filter_button.clicked.connect(self._ask_filter_name)
        layout.addWidget(self.filter_box, 1)
        layout.addWidget(self.save_filter_button)
        return row

    def apply_filter(self, name: str) -> None:
        """Fill the selection fields from the saved filter `name`."""
        if not name:
            return
        selection = saved_filters(self.project)[name]
        for status, box in self.status_checks.items():
            box.setChecked(not selection.statuses or status in selection.statuses)
        self.title_edit.setText(selection.title_contains)
        self.annotators_edit.setText(", ".join(selection.annotators))
        self.labels_edit.setText(", ".join(selection.labels))
        self.pending_check.setChecked(selection.include_pending)
        for kind, box in self.region_checks.items():
            box.setChecked(kind in selection.skip_regions)

    def save_current_filter(self, name: str) -> None:
        """Save the selection fields as filter `name` and select it."""
        save_filter(self.project, name, self.options().selection)
        self.filter_box.clear()
        self.filter_box.addItems(["", *saved_filters(self.project)])
        self.filter_box.setCurrentText(name.strip())

    def _ask_filter_name(self) -> None:
        name, ok = QInputDialog.getText(self, "Save filter", "Name of this selection:")
        if ok and name.strip():
            self.save_current_filter(name)

    def _split_group(self) -> QGroupBox:
        group = QGroupBox("Splits")
        form = QFormLayout(group)
        self.split_edit = QLineEdit()
        self.split_edit.setPlaceholderText("none, or train:dev:test such as 8:1:1")
        self.seed_spin = QSpinBox()
        self.seed_spin.setRange(0, 2**31 - 1)
        self.seed_spin.setValue(13)
        self.stratify_check = QCheckBox("Balance label counts across splits")
        form.addRow("Ratio", self.split_edit)
        form.addRow("Seed", self.seed_spin)
        form.addRow("", self.stratify_check)
        return group

    def _output_group(self) -> QGroupBox:
        group = QGroupBox("Output")
        form = QFormLayout(group)
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        self.out_edit = QLineEdit(str(self._default_out("conll")))
        browse = QPushButton("Browse…")
        browse.clicked.connect(self._browse)
        layout.addWidget(self.out_edit, 1)
        layout.addWidget(browse)
        self.overwrite_check = QCheckBox("Replace the folder if it exists")
        form.addRow("Folder", row)
        form.addRow("", self.overwrite_check)
        return group

    def _buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.cancel_button = QPushButton("Cancel")
        self.cancel_button.setVisible(False)
        self.cancel_button.clicked.connect(self._cancel)
        row.addWidget(self.progress, 1)
        row.addWidget(self.cancel_button)
        self.preview_button = QPushButton("Preview")
        self.export_button = QPushButton("Export")
        self.close_button = QPushButton("Close")
        self.preview_button.clicked.connect(self.preview)
        self.export_button.clicked.connect(self.export)
        self.close_button.clicked.connect(self.reject)
        row.addStretch(1)
        for button in (self.preview_button, self.export_button, self.close_button):
            row.addWidget(button)
        return row

    def _watch_changes(self) -> None:
        for box in (
            self.format_box,
            self.level_box,
            self.scheme_box,
            self.block_box,
            self.overlap_box,
            self.docstart_box,
        ):
            box.currentTextChanged.connect(self._changed)
        self.format_box.currentTextChanged.connect(self._format_changed)
        self.overlap_box.currentTextChanged.connect(
            lambda policy: self.layers_spin.setEnabled(policy == LAYERS)
        )
        checks = [
            self.pos_check,
            self.pending_check,
            self.stratify_check,
            self.overwrite_check,
        ]
        checks += [*self.status_checks.values(), *self.region_checks.values()]
        for check in checks:
            check.toggled.connect(self._changed)
        edits = (self.title_edit, self.annotators_edit, self.labels_edit, self.split_edit)
        for edit in (*edits, self.out_edit):
            edit.textChanged.connect(self._changed)
        self.seed_spin.valueChanged.connect(self._changed)
        self.layers_spin.valueChanged.connect(self._changed)

    # -- choices ----------------------------------------------------------------

    def _default_out(self, fmt: str) -> Path:
        base = Path(str(getattr(self.project, "path", "project")))
        return base.parent / "exports" / f"{base.stem}-{fmt}"

    def _format_changed(self, fmt: str) -> None:
        current = Path(self.out_edit.text())
        if current.parent.name == "exports":
            self.out_edit.setText(str(self._default_out(fmt)))

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, "Export into folder", self.out_edit.text())
        if folder:
            self.out_edit.setText(str(Path(folder) / Path(self.out_edit.text()).name))

    def options(self) -> ExportOptions:
        """The dialog's choices; ValueError with a readable reason if the split is malformed."""
        split_text = self.split_edit.text().strip()
        split = parse_ratios(split_text) if split_text else ()
        statuses = tuple(s for s, box in self.status_checks.items() if box.isChecked())

        def listed(edit: QLineEdit) -> tuple[str, ...]:
            return tuple(v.strip() for v in edit.text().split(",") if v.strip())

        selection = Selection(
            statuses=statuses,
            title_contains=self.title_edit.text().strip(),
            annotators=listed(self.annotators_edit),
            labels=listed(self.labels_edit),
            include_pending=self.pending_check.isChecked(),
            skip_regions=tuple(k for k, box in self.region_checks.items() if box.isChecked()),
        )
        return ExportOptions(
            format=self.format_box.currentText(),
            out=Path(self.out_edit.text()),
            selection=selection,
            tokens=TokenOptions(
                level=self.level_box.currentText(),
                block=self.block_box.currentText(),
                pos=self.pos_check.isChecked(),
            ),
            scheme=""
            if self.scheme_box.currentText() == AS_SOURCE
            else self.scheme_box.currentText(),
            docstart={"always": True, "never": False}.get(self.docstart_box.currentText()),
            overlap=self.overlap_box.currentText(),
            max_layers=self.layers_spin.value(),
            split=split,
            seed=self.seed_spin.value(),
            stratify=self.stratify_check.isChecked(),
            overwrite=self.overwrite_check.isChecked(),
        )

    def _changed(self, *_: object) -> None:
        self.previewed = None
        self._update_enabled()

    def _update_enabled(self) -> None:
        busy = self.task is not None
        self.preview_button.setEnabled(not busy)
        self.close_button.setEnabled(not busy)
        self.export_button.setEnabled(not busy and self.previewed is not None)

    # -- running ----------------------------------------------------------------

    def preview(self) -> None:
        """Compute the loss report of the current choices without writing."""
        try:
            options = self.options()
        except ValueError as exc:
            self.report.setPlainText(str(exc))
            return
        self._start("Checking the export…", options, dry_run=True)

    def export(self) -> None:
        """Write the previewed export atomically."""
        if self.previewed is None:
            return
        self._start("Exporting…", self.previewed, dry_run=False)

    def _start(self, title: str, options: ExportOptions, *, dry_run: bool) -> None:
        """Run in the GUI thread, keeping the window alive through the progress callback.

        The store's connection belongs to this thread; progress redraws the
        bar and handles clicks (Cancel) between documents.
        """
        self.task = title
        self.cancelled = False
        self.progress.setRange(0, 0)
        self.progress.setVisible(True)
        self.cancel_button.setVisible(True)
        self._update_enabled()
        self.report.setPlainText(title)
        try:
            result = run_export(self.project, options, progress=self._step, dry_run=dry_run)
        except ExportCancelled:
            self._failed("The export was cancelled.")
        except Exception as exc:  # shown to the user; nothing was written
            self._failed(f"{type(exc).__name__}: {exc}")
        else:
            self._finished(result, options, dry_run)
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

    def _finished(self, result: ExportResult, options: ExportOptions, dry_run: bool) -> None:
        counts = ", ".join(f"{k} {v}" for k, v in result.stats.documents.items()) or "none"
        lines = [f"Documents: {counts}", "", *result.report.lines()]
        if dry_run:
            self.previewed = options
            lines += ["", "Press Export to write this dataset."]
        else:
            self.result_ = result
            self.previewed = None
            lines = [f"Wrote the dataset to {result.directory}", "", *lines]
        self.report.setPlainText("\n".join(lines))

    def _failed(self, message: str) -> None:
        self.previewed = None
        self.report.setPlainText(f"Nothing was written.\n{message}")

    def _ended(self) -> None:
        self.task = None
        self._update_enabled()
