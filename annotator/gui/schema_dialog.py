"""The schema editor: labels and relation types, each change applied at once."""

from __future__ import annotations

import unicodedata
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from annotator.core.errors import SchemaError
from annotator.core.keys import check_label_key
from annotator.core.operations import (
    Batch,
    PutLabel,
    PutRelationType,
    RemoveLabel,
    RemoveRelationType,
    RenameLabel,
)
from annotator.core.schema import LabelSchema
from annotator.gui.dialog_keys import run_modal
from annotator.gui.plaintext import message_box, plain_label, swatch, tooltip
from annotator.gui.schema_asks import SchemaQuestionsMixin

NAME_ROLE = Qt.ItemDataRole.UserRole + 1
DESCRIPTION_ROLE = Qt.ItemDataRole.UserRole + 2


class SchemaDialog(SchemaQuestionsMixin, QDialog):
    """Edits the project's schema through operations, so every edit can be undone."""

    def __init__(self, context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("Label schema"))
        self.resize(820, 480)
        self.details: dict[int, QLabel] = {}  # tree id -> its description pane
        self.labels = _tree(
            self, [self.tr("Label"), self.tr("Key"), self.tr("Across ¶"), self.tr("Description")]
        )
        self.relations = _tree(
            self,
            [
                self.tr("Relation type"),
                self.tr("Key"),
                self.tr("Head labels"),
                self.tr("Tail labels"),
            ],
        )
        tabs = QTabWidget(self)
        tabs.addTab(self._page(self.labels, self._label_buttons()), self.tr("Labels"))
        tabs.addTab(self._page(self.relations, self._relation_buttons()), self.tr("Relation types"))
        layout = QVBoxLayout(self)
        layout.addWidget(tabs)
        layout.addLayout(self._bottom_buttons())
        context.changed.connect(self._on_changed)
        self.refresh()

    # --- layout --------------------------------------------------------------

    def _page(self, tree: QTreeWidget, buttons: list[QPushButton]) -> QWidget:
        page = QWidget(self)
        row = QHBoxLayout(page)
        left = QVBoxLayout()
        left.addWidget(tree, 1)
        left.addWidget(self._details_for(tree))
        row.addLayout(left, 1)
        column = QVBoxLayout()
        for button in buttons:
            column.addWidget(button)
        column.addStretch(1)
        row.addLayout(column)
        return page

    def _details_for(self, tree: QTreeWidget) -> QLabel:
        """The whole description of the current row: the columns cut long ones short."""
        details = QLabel(self)
        details.setTextFormat(Qt.TextFormat.PlainText)
        details.setWordWrap(True)
        details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        details.setMinimumHeight(3 * details.fontMetrics().lineSpacing())
        details.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.details[id(tree)] = details

        def show(item, _previous=None) -> None:
            text = item.data(0, DESCRIPTION_ROLE) if item is not None else None
            details.setText(text or "")

        tree.currentItemChanged.connect(show)
        return details

    def _button(self, text: str, slot) -> QPushButton:
        button = QPushButton(text, self)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        return button

    def _label_buttons(self) -> list[QPushButton]:
        return [
            self._button(self.tr("Add…"), self._ask_add_label),
            self._button(self.tr("Rename…"), self._ask_rename),
            self._button(self.tr("Colour…"), self._ask_colour),
            self._button(self.tr("Key…"), self._ask_key),
            self._button(self.tr("Description…"), self._ask_description),
            self._button(self.tr("Across paragraphs"), self._toggle_crossing),
            self._button(self.tr("Remove…"), self._ask_remove),
        ]

    def _relation_buttons(self) -> list[QPushButton]:
        return [
            self._button(self.tr("Add…"), lambda: self._ask_relation(None)),
            self._button(
                self.tr("Edit…"), lambda: self._ask_relation(self._current(self.relations))
            ),
            self._button(self.tr("Remove…"), self._ask_remove_relation),
        ]

    def _bottom_buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(self._button(self.tr("Import JSON…"), self._ask_import))
        row.addWidget(self._button(self.tr("Export JSON…"), self._ask_export))
        # What Ctrl+Z or Ctrl+Y just did here (schema changes only; see schema_history).
        self.step_note = plain_label("", self)
        self.step_note.setWordWrap(True)
        row.addWidget(self.step_note, 1)
        row.addWidget(self._button(self.tr("Close"), self.accept))
        return row

    # --- showing -------------------------------------------------------------

    def schema(self) -> LabelSchema:
        return self.context.project.schema()

    def refresh(self) -> None:
        schema = self.schema()
        self.labels.clear()
        for label in schema.labels:
            crossing = self.tr("allowed") if label.crosses_paragraphs else ""
            cells = [label.name, label.key, crossing, label.description]
            item = QTreeWidgetItem(self.labels, cells)
            item.setIcon(0, swatch(label.color))
            item.setData(0, NAME_ROLE, label.name)
            item.setToolTip(3, tooltip(label.description))
            item.setData(0, DESCRIPTION_ROLE, f"{label.name}: {label.description}")
        self.relations.clear()
        for rel in schema.relations:
            heads, tails = ", ".join(rel.head_labels), ", ".join(rel.tail_labels)
            item = QTreeWidgetItem(self.relations, [rel.name, rel.key, heads, tails])
            item.setData(0, NAME_ROLE, rel.name)
            item.setToolTip(0, tooltip(rel.description))
            described = f"{rel.name} ({heads} → {tails}): {rel.description}"
            item.setData(0, DESCRIPTION_ROLE, described)

    def _on_changed(self, changes, source) -> None:
        if changes.schema_changed:
            self.refresh()
        if source is self:  # a new edit here: what the last Ctrl+Z did is history now
            self.step_note.clear()

    @staticmethod
    def _current(tree: QTreeWidget) -> str | None:
        item = tree.currentItem()
        return None if item is None else item.data(0, NAME_ROLE)

    def _fail(self, message: str) -> None:
        run_modal(message_box(self, self.tr("Label schema"), message, ask=False))

    # --- operations (also called directly by tests and scripts) ---------------

    def add_label(self, name: str, *, color: str = "#888888", key: str = "") -> None:
        name = unicodedata.normalize("NFC", name.strip())  # as the project stores it
        if not name:
            raise SchemaError(self.tr("A label needs a name."))
        if name in self.schema().label_names():
            raise SchemaError(self.tr("There is already a label {name}.").format(name=name))
        self._check_key(name, key)
        self.context.apply(PutLabel(name=name, color=color, key=key), source=self)

    def rename_label(self, old: str, new: str) -> None:
        new = unicodedata.normalize("NFC", new.strip())
        if not new or new == old:
            return
        if new in self.schema().label_names():
            raise SchemaError(self.tr("There is already a label {name}.").format(name=new))
        self.context.apply(RenameLabel(old=old, new=new), source=self)

    def _put(self, name: str, **changes) -> None:
        """Change some fields of a label, keeping the others."""
        label = self.schema().label(name)
        fields = {
            "color": label.color,
            "key": label.key,
            "description": label.description,
            "crosses_paragraphs": label.crosses_paragraphs,
        }
        fields.update(changes)
        self.context.apply(PutLabel(name=name, **fields), source=self)

    def set_label_color(self, name: str, color: str) -> None:
        if not QColor(color).isValid():
            raise SchemaError(self.tr("{color} is not a colour.").format(color=repr(color)))
        self._put(name, color=color)

    def set_label_key(self, name: str, key: str) -> None:
        key = key.strip()
        if len(key) > 1:
            raise SchemaError(self.tr("A key is a single character."))
        self._check_key(name, key)
        self._put(name, key=key)

    def set_label_description(self, name: str, description: str) -> None:
        self._put(name, description=description.strip())

    def set_crosses_paragraphs(self, name: str, allowed: bool) -> None:
        self._put(name, crosses_paragraphs=allowed)

    def _check_key(self, name: str, key: str) -> None:
        check_label_key(key, name)  # reserved keys are refused with the reason
        if not key:
            return
        other = self.schema().label_for_key(key)
        if other is not None and other.name != name:
            raise SchemaError(
                self.tr("The key {key} already belongs to {name}.").format(key=key, name=other.name)
            )

    def label_usage(self, name: str) -> int:
        """How many annotations (in any state) carry the label `name`."""
        by_state = self.context.project.stats().get("labels", {}).get(name, {})
        return sum(int(n) for n in by_state.values())

    def remove_label(self, name: str, *, relabel_to: str | None = None) -> None:
        self.context.apply(RemoveLabel(name=name, relabel_to=relabel_to), source=self)

    def put_relation_type(self, relation) -> None:
        op = PutRelationType(
            name=relation.name,
            head_labels=tuple(relation.head_labels),
            tail_labels=tuple(relation.tail_labels),
            description=relation.description,
            key=relation.key,
        )
        self.context.apply(op, source=self)

    def remove_relation_type(self, name: str) -> None:
        """Remove a relation type with every relation of that type (one undo step)."""
        self.context.apply(RemoveRelationType(name=name), source=self)

    def import_schema(self, path: Path) -> None:
        """Add or update every label and relation type of a schema JSON file."""
        schema = LabelSchema.from_json(Path(path).read_text(encoding="utf-8"))
        ops: list = [
            PutLabel(name=x.name, color=x.color, key=x.key, description=x.description)
            for x in schema.labels
        ]
        ops += [
            PutRelationType(
                name=r.name,
                head_labels=r.head_labels,
                tail_labels=r.tail_labels,
                description=r.description,
                key=r.key,
            )
            for r in schema.relations
        ]
        self.context.apply(Batch(operations=tuple(ops), description="import schema"), source=self)

    def export_schema(self, path: Path) -> None:
        Path(path).write_text(self.schema().to_json() + "\n", encoding="utf-8")


def _tree(parent: QWidget, headers: list[str]) -> QTreeWidget:
    tree = QTreeWidget(parent)
    tree.setHeaderLabels(headers)
    tree.setRootIsDecorated(False)
    tree.header().setMinimumSectionSize(48)
    tree.setColumnWidth(0, 120)
    tree.setColumnWidth(1, 56)
    return tree
