"""Editing one relation type: name, key, and which labels it may link."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QWidget,
)

from annotator.core.schema import LabelSchema, RelationType


class RelationTypeDialog(QDialog):
    """Returns the edited relation type from `relation_type()`."""

    def __init__(
        self, *, schema: LabelSchema, relation: RelationType | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Relation type"))
        self.name = QLineEdit(relation.name if relation else "", self)
        self.name.setReadOnly(relation is not None)  # no RenameRelation operation exists
        self.key = QLineEdit(relation.key if relation else "", self)
        self.key.setMaxLength(1)
        self.description = QLineEdit(relation.description if relation else "", self)
        names = schema.label_names()
        self.heads = _checklist(self, names, relation.head_labels if relation else ())
        self.tails = _checklist(self, names, relation.tail_labels if relation else ())
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self._accept_if_named)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Key"), self.key)
        form.addRow(self.tr("Description"), self.description)
        form.addRow(self.tr("Head labels"), self.heads)
        form.addRow(self.tr("Tail labels"), self.tails)
        form.addRow(buttons)

    def _accept_if_named(self) -> None:
        if self.name.text().strip():
            self.accept()

    def relation_type(self) -> RelationType:
        return RelationType(
            name=self.name.text().strip(),
            head_labels=_checked(self.heads),
            tail_labels=_checked(self.tails),
            description=self.description.text().strip(),
            key=self.key.text().strip(),
        )


def _checklist(parent: QWidget, names: list[str], checked) -> QListWidget:
    widget = QListWidget(parent)
    for name in names:
        item = QListWidgetItem(name, widget)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if name in checked else Qt.CheckState.Unchecked)
    widget.setMaximumHeight(120)
    return widget


def _checked(widget: QListWidget) -> tuple[str, ...]:
    return tuple(
        widget.item(i).text()
        for i in range(widget.count())
        if widget.item(i).checkState() == Qt.CheckState.Checked
    )
