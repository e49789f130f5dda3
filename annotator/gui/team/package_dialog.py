"""The work package dialog: the same choices as `annotator package create`."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from annotator.app.team.packages import (
    DEFAULT_OVERLAP,
    PackageOptions,
    PackageReport,
    create_packages,
    default_overlap,
)
from annotator.core.errors import AnnotatorError
from annotator.core.model import STATUSES
from annotator.gui import file_dialogs
from annotator.gui.documents.model import STATUS_TEXT
from annotator.gui.i18n import _tr
from annotator.gui.messages import shown


def _show_whole(edit: QLineEdit, text: str) -> None:
    """Wide enough to show `text` whole (up to 700 px).

    The folder field showed only the end of a path ("mp/an/packages") in
    Vietnamese, whose longer labels left it a third of the dialog: the curator
    could not read where the packages would go.
    """
    edit.setMinimumWidth(min(edit.fontMetrics().horizontalAdvance(text) + 24, 700))


class PackageDialog(QDialog):
    """Choose annotators, the documents, overlap, seed and a folder; OK writes the packages."""

    def __init__(self, project: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.project = project
        self.report: PackageReport | None = None
        self.setWindowTitle(self.tr("Create work packages"))
        self.names = QLineEdit(self)
        self.names.setPlaceholderText(self.tr("an, binh, chi"))
        self.overlap = QSpinBox(self, minimum=1, maximum=20, value=DEFAULT_OVERLAP)
        # Until the curator sets it, the overlap follows the names typed, as on the
        # command line: a lone annotator gets every document instead of a refusal.
        self._overlap_chosen = False
        self.overlap.valueChanged.connect(self._overlap_set)
        self.names.textChanged.connect(self._follow_names)
        self.common = QSpinBox(self, minimum=0, maximum=1_000_000, value=0)
        self.seed = QSpinBox(self, minimum=0, maximum=2_147_483_647, value=13)
        self.status = QComboBox(self)
        self.status.addItem(self.tr("every document"), None)
        for status in STATUSES:
            self.status.addItem(
                self.tr("only {status} ones").format(status=_tr(STATUS_TEXT[status])), status
            )
        self.title = QLineEdit(self)
        self.title.setPlaceholderText(self.tr("words of the title (empty: any)"))
        self.suggestions = QCheckBox(self.tr("Copy pending suggestions"), self)
        self.folder = QLineEdit(str(Path(project.path).parent / "packages"), self)
        browse = QPushButton(self.tr("Choose…"), self)
        browse.clicked.connect(self._browse)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        _show_whole(self.folder, self.folder.text())
        _show_whole(self.title, self.title.placeholderText())
        self._layout(browse)

    def _layout(self, browse: QPushButton) -> None:
        """One form: who, which documents, how they are shared, where packages go, and OK."""
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(browse)
        form = QFormLayout(self)
        form.addRow(self.tr("Annotators (comma separated)"), self.names)
        form.addRow(self.tr("Documents"), self.status)
        form.addRow(self.tr("Title contains"), self.title)
        form.addRow(self.tr("Annotators per document"), self.overlap)
        form.addRow(self.tr("Documents everyone gets"), self.common)
        form.addRow(self.tr("Seed"), self.seed)
        form.addRow("", self.suggestions)
        form.addRow(self.tr("Folder"), folder_row)
        form.addRow(self.message)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.create)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)

    def annotator_names(self) -> tuple[str, ...]:
        return tuple(n.strip() for n in self.names.text().split(",") if n.strip())

    def _overlap_set(self, _value: int) -> None:
        self._overlap_chosen = True

    def _follow_names(self, _text: str) -> None:
        if not self._overlap_chosen:
            self.overlap.blockSignals(True)  # our value, not the curator's choice
            self.overlap.setValue(default_overlap(len(self.annotator_names())))
            self.overlap.blockSignals(False)

    def _browse(self) -> None:
        chosen = file_dialogs.existing_directory(
            self, self.tr("Folder for the packages"), self.folder.text()
        )
        if chosen:
            self.folder.setText(chosen)

    def options(self) -> PackageOptions:
        return PackageOptions(
            annotators=self.annotator_names(),
            out=Path(self.folder.text().strip()),
            overlap=self.overlap.value(),
            common=self.common.value(),
            seed=self.seed.value(),
            statuses=(self.status.currentData(),) if self.status.currentData() else (),
            title_contains=self.title.text().strip(),
            with_suggestions=self.suggestions.isChecked(),
        )

    def create(self) -> None:
        """Write the packages; a problem is shown in the dialog, which stays open."""
        try:
            self.report = create_packages(self.project, self.options())
        except (AnnotatorError, OSError) as exc:
            self.message.setText(shown(exc))
            return
        self.accept()
