"""Asks what to do with the annotations of a label that is being removed."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from annotator.gui.plaintext import plain_label
from annotator.gui.reports.counts import counted


class RemoveLabelDialog(QDialog):
    """Delete the label's annotations, or relabel them to another label."""

    def __init__(
        self, *, name: str, count: int, others: list[str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Remove label {name}").format(name=name))
        self.delete_radio = QRadioButton(
            self.tr("Delete its {annotations}").format(annotations=counted(count, "annotation")),
            self,
        )
        self.relabel_radio = QRadioButton(self.tr("Relabel them to:"), self)
        self.target = QComboBox(self)
        self.target.addItems(others)
        group = QButtonGroup(self)
        group.addButton(self.delete_radio)
        group.addButton(self.relabel_radio)
        self.relabel_radio.setEnabled(bool(others))
        self.delete_radio.setChecked(True)
        self.target.setEnabled(False)
        self.relabel_radio.toggled.connect(self.target.setEnabled)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            plain_label(
                self.tr("The label {name} is used by {annotations}.").format(
                    name=name, annotations=counted(count, "annotation")
                ),
                self,
            )
        )
        layout.addWidget(self.delete_radio)
        layout.addWidget(self.relabel_radio)
        layout.addWidget(self.target)
        layout.addWidget(buttons)

    def choose_relabel(self, target: str) -> None:
        self.relabel_radio.setChecked(True)
        self.target.setCurrentText(target)

    def relabel_to(self) -> str | None:
        """The chosen target label, or None to delete the annotations."""
        return self.target.currentText() if self.relabel_radio.isChecked() else None
