"""The Export dialog's form: format, documents and spans, splits, output; which options
apply to which format, the absolute output folder, and the last choices remembered."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TR_NOOP
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from annotator.app.exporting.filters import save_filter, saved_filters
from annotator.app.exporting.run import FORMATS, ExportOptions
from annotator.app.exporting.select import DEFAULT_STATUSES, Selection
from annotator.app.exporting.shape import TOKEN_FORMATS
from annotator.app.exporting.splits import parse_ratios
from annotator.app.exporting.tokens import BLOCKS, LEVELS, TokenOptions
from annotator.app.team.layers import AUTO, LAYER_CHOICES
from annotator.core.model import STATUSES
from annotator.core.structure import BYLINE, CAPTION, SOURCE, TAGS, TITLE
from annotator.formats import tagging
from annotator.formats.layers import POLICIES
from annotator.gui import file_dialogs
from annotator.gui.dialog_keys import keys_kept
from annotator.gui.export.extras import grey_unavailable
from annotator.gui.i18n import _tr, current_language
from annotator.gui.plaintext import plain_label

# Choices whose first item leaves the decision to each document's source.
AS_SOURCE = QT_TR_NOOP("as each document's source")
DOCSTART_CHOICES = (AS_SOURCE, QT_TR_NOOP("always"), QT_TR_NOOP("never"))
REGION_KINDS = (CAPTION, BYLINE, TAGS, SOURCE, TITLE)
# How the choices read in the dialog (the values stay the command line's).
SHOWN = {
    "source": QT_TR_NOOP("source"),
    "syllable": QT_TR_NOOP("syllable"),
    "word": QT_TR_NOOP("word"),
    "sentence": QT_TR_NOOP("sentence"),
    "paragraph": QT_TR_NOOP("paragraph"),
    "outermost": QT_TR_NOOP("outermost"),
    "innermost": QT_TR_NOOP("innermost"),
    "layers": QT_TR_NOOP("layers"),
    "auto": QT_TR_NOOP("auto"),
    "curated": QT_TR_NOOP("curated"),
    "majority": QT_TR_NOOP("majority"),
    "separate": QT_TR_NOOP("separate"),
    "new": QT_TR_NOOP("new"),
    "in_progress": QT_TR_NOOP("in progress"),
    "done": QT_TR_NOOP("done"),
    "reviewed": QT_TR_NOOP("reviewed"),
    "caption": QT_TR_NOOP("caption"),
    "byline": QT_TR_NOOP("byline"),
    "tags": QT_TR_NOOP("tags"),
    "title": QT_TR_NOOP("title"),
}


def _combo(values: tuple[str, ...], current: str) -> QComboBox:
    box = QComboBox()
    for value in values:
        box.addItem(_tr(SHOWN.get(value, value)), value)
    select(box, current)
    return box


def select(box: QComboBox, value: str) -> None:
    """Show the choice whose value is `value` (nothing changes when none has it)."""
    index = box.findData(value)
    if index >= 0:
        box.setCurrentIndex(index)


def value(box: QComboBox) -> str:
    """The value of the shown choice (the text is translated, the value is not)."""
    return str(box.currentData())


def _checks(
    values: tuple[str, ...], checked: tuple[str, ...]
) -> tuple[QWidget, dict[str, QCheckBox]]:
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    boxes = {}
    for value in values:
        box = QCheckBox(_tr(SHOWN.get(value, value)))
        box.setChecked(value in checked)
        layout.addWidget(box)
        boxes[value] = box
    layout.addStretch(1)
    return row, boxes


class ExportFormMixin:
    """The fields of the Export dialog and the ExportOptions they make."""

    project: Any

    def _format_group(self) -> QGroupBox:
        group = QGroupBox(_tr("Format"))
        form = QFormLayout(group)
        self.format_box = _combo(FORMATS, "conll")
        self.level_box = _combo(LEVELS, "source")
        self.level_box.setToolTip(
            _tr(
                "source: each document in the tokens, sentences, columns and label names it "
                "was imported with (syllables for documents that came without); syllable or "
                "word: tokenised again"
            )
        )
        self.scheme_box = _combo((AS_SOURCE, *tagging.SCHEMES), AS_SOURCE)
        self.block_box = _combo(BLOCKS, "sentence")
        self.overlap_box = _combo(POLICIES, "outermost")
        self.layers_spin = QSpinBox()
        self.layers_spin.setRange(1, 9)
        self.layers_spin.setValue(3)
        self.layers_spin.setToolTip(_tr("Tag columns written with the layers policy (CoNLL)."))
        self.layers_spin.setEnabled(False)
        self.pos_check = QCheckBox(_tr("POS and chunk columns (VLSP 2016 layout)"))
        self.docstart_box = _combo(DOCSTART_CHOICES, AS_SOURCE)
        self.docstart_box.setToolTip(
            _tr(
                "-DOCSTART- -X- O O before each document (CoNLL): by default where the "
                "document's source had it, and always for documents that came without tokens"
            )
        )
        form.addRow(_tr("Format"), self.format_box)
        self.unavailable_label = grey_unavailable(self.format_box)
        form.addRow("", self.unavailable_label)
        form.addRow(_tr("Tokens"), self.level_box)
        form.addRow(_tr("Tag scheme"), self.scheme_box)
        form.addRow(_tr("Blocks"), self.block_box)
        form.addRow(_tr("Nested spans"), self.overlap_box)
        form.addRow(_tr("Layers"), self.layers_spin)
        form.addRow("", self.pos_check)
        form.addRow("-DOCSTART-", self.docstart_box)
        return group

    def _selection_group(self) -> QGroupBox:
        group = QGroupBox(_tr("Documents and spans"))
        form = QFormLayout(group)
        form.addRow(_tr("Saved filter"), self._filter_row())
        row, self.status_checks = _checks(STATUSES, DEFAULT_STATUSES)
        form.addRow(_tr("Status"), row)
        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText(
            _tr("any title (or words it contains, accents optional)")
        )
        form.addRow(_tr("Title"), self.title_edit)
        self.annotators_edit = QLineEdit()
        self.annotators_edit.setPlaceholderText(_tr("all annotators (or a comma list)"))
        self.labels_edit = QLineEdit()
        self.labels_edit.setPlaceholderText(_tr("all labels (or a comma list, e.g. PER,ROLE)"))
        self.layer_box = _combo(LAYER_CHOICES, AUTO)
        self.layer_box.setObjectName("export-layer")
        self.layer_box.setToolTip(
            _tr(
                "Which annotators' layer: auto (curated where it exists, else every layer), "
                "curated only, majority vote, or each annotator into a folder of their own"
            )
        )
        form.addRow(_tr("Layer"), self.layer_box)
        form.addRow(_tr("Annotators"), self.annotators_edit)
        form.addRow(_tr("Labels"), self.labels_edit)
        self.pending_check = QCheckBox(_tr("Include pending suggestions (rejected ones never)"))
        form.addRow("", self.pending_check)
        row, self.region_checks = _checks(REGION_KINDS, ())
        form.addRow(_tr("Cut regions"), row)
        return group

    def _filter_row(self) -> QWidget:
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        self.filter_box = QComboBox()
        self.filter_box.addItems(["", *saved_filters(self.project)])
        self.filter_box.textActivated.connect(self.apply_filter)
        self.save_filter_button = QPushButton(_tr("Save as…"))
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
        select(self.layer_box, selection.layer)
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
        with keys_kept(self):
            name, ok = QInputDialog.getText(
                self, _tr("Save filter"), _tr("Name of this selection:")
            )
        if ok and name.strip():
            self.save_current_filter(name)

    def _split_group(self) -> QGroupBox:
        group = QGroupBox(_tr("Splits"))
        form = QFormLayout(group)
        self.split_edit = QLineEdit()
        self.split_edit.setPlaceholderText(_tr("none, or train:dev:test such as 8:1:1"))
        self.seed_spin = QSpinBox()
        self.seed_spin.setRange(0, 2**31 - 1)
        self.seed_spin.setValue(13)
        self.stratify_check = QCheckBox(_tr("Balance label counts across splits"))
        form.addRow(_tr("Ratio"), self.split_edit)
        form.addRow(_tr("Seed"), self.seed_spin)
        form.addRow("", self.stratify_check)
        return group

    def _output_group(self) -> QGroupBox:
        group = QGroupBox(_tr("Output"))
        form = QFormLayout(group)
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        self.out_edit = QLineEdit(str(self._default_out("conll")))
        browse = QPushButton(_tr("Browse…"))
        browse.clicked.connect(self._browse)
        layout.addWidget(self.out_edit, 1)
        layout.addWidget(browse)
        self.absolute_sources_check = QCheckBox(
            _tr("Write full source paths (they name your folders)")
        )
        self.absolute_sources_check.setProperty(  # shown while the format writes sources
            "ownToolTip",
            _tr(
                "Off: each document's source is written from the folder it was imported "
                "from; the full path stays in the project."
            ),
        )
        self.out_absolute = plain_label("")
        self.out_absolute.setWordWrap(True)
        self.out_edit.textChanged.connect(self._show_absolute)
        self._show_absolute(self.out_edit.text())
        form.addRow(_tr("Folder"), row)
        form.addRow(_tr("Writes to"), self.out_absolute)
        form.addRow("", self.absolute_sources_check)
        return group

    def _show_absolute(self, text: str) -> None:
        """The folder as the export will resolve it, so a relative path holds no surprise."""
        self.out_absolute.setText(str(Path(text.strip() or ".").expanduser().resolve()))

    def _watch_changes(self) -> None:
        for box in (
            self.format_box,
            self.level_box,
            self.scheme_box,
            self.block_box,
            self.overlap_box,
            self.docstart_box,
            self.layer_box,
        ):
            box.currentTextChanged.connect(self._changed)
        self.format_box.currentTextChanged.connect(self._format_changed)
        self.level_box.currentTextChanged.connect(
            lambda _level: self._format_changed(self.format_box.currentText())
        )
        self.overlap_box.currentTextChanged.connect(lambda _policy: self.apply_format_rules())
        self.format_box.currentTextChanged.connect(lambda _fmt: self.apply_format_rules())
        checks = [
            self.pos_check,
            self.pending_check,
            self.stratify_check,
            self.absolute_sources_check,
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
        """`exports/PROJECT-FORMAT`, and `-LEVEL` for syllable or word tokens: the word
        export after the syllable one was refused, its folder being taken."""
        base = Path(str(getattr(self.project, "path", "project")))
        level = value(self.level_box)
        tokens = f"-{level}" if fmt in TOKEN_FORMATS and level != "source" else ""
        return base.parent / "exports" / f"{base.stem}-{fmt}{tokens}"

    def _format_changed(self, fmt: str) -> None:
        """Follow the format and level with the default folder, unless one was typed in."""
        current = Path(self.out_edit.text())
        if current.parent.name == "exports":
            self.out_edit.setText(str(self._default_out(fmt)))

    def _browse(self) -> None:
        folder = file_dialogs.existing_directory(
            self, _tr("Export into folder"), self.out_edit.text()
        )
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
            layer=value(self.layer_box),
        )
        return ExportOptions(
            format=value(self.format_box),
            out=Path(self.out_edit.text()),
            selection=selection,
            tokens=TokenOptions(
                level=value(self.level_box),
                block=value(self.block_box),
                pos=self.pos_check.isChecked(),
            ),
            scheme="" if value(self.scheme_box) == AS_SOURCE else value(self.scheme_box),
            docstart={"always": True, "never": False}.get(value(self.docstart_box)),
            overlap=value(self.overlap_box),
            max_layers=self.layers_spin.value(),
            split=split,
            seed=self.seed_spin.value(),
            stratify=self.stratify_check.isChecked(),
            overwrite=False,  # a folder that exists is replaced once Export has asked
            card_language=current_language(),  # the card reads as the window does
            absolute_sources=self.absolute_sources_check.isChecked(),
        )
