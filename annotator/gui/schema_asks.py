"""The schema editor's questions: names, colours, keys, descriptions, removals, files."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QColorDialog, QDialog, QInputDialog, QMessageBox, QWidget

from annotator.core.errors import AnnotatorError
from annotator.core.schema import free_color
from annotator.gui import file_dialogs
from annotator.gui.dialog_keys import keys_kept, run_modal
from annotator.gui.i18n import _tr
from annotator.gui.messages import shown
from annotator.gui.plaintext import message_box
from annotator.gui.relation_type_dialog import RelationTypeDialog
from annotator.gui.remove_label_dialog import RemoveLabelDialog
from annotator.gui.reports.counts import counted


class SchemaQuestionsMixin:
    """Asks the user, then calls the dialog's operations (add_label, set_label_key...)."""

    def _guarded(self, action) -> None:
        try:
            action()
        except (AnnotatorError, OSError) as exc:
            self._fail(shown(exc))

    def _ask_add_label(self) -> None:
        with keys_kept(self):
            name, ok = QInputDialog.getText(self, _tr("Add label"), _tr("Name:"))
        if ok and name.strip():
            self._guarded(lambda: self.add_label(name, color=free_color(self.schema())))

    def _ask_rename(self) -> None:
        old = self._current(self.labels)
        if old is None:
            return
        with keys_kept(self):
            new, ok = QInputDialog.getText(self, _tr("Rename label"), _tr("New name:"), text=old)
        if ok:
            self._guarded(lambda: self.rename_label(old, new))

    def _ask_colour(self) -> None:
        name = self._current(self.labels)
        if name is None:
            return
        with keys_kept(self):
            colour = QColorDialog.getColor(QColor(self.schema().label(name).color), self)
        if colour.isValid():
            self._guarded(lambda: self.set_label_color(name, colour.name()))

    def _ask_key(self) -> None:
        name = self._current(self.labels)
        if name is None:
            return
        current = self.schema().label(name).key
        with keys_kept(self):
            key, ok = QInputDialog.getText(
                self, _tr("Label key"), _tr("Key (one character):"), text=current
            )
        if ok:
            self._guarded(lambda: self.set_label_key(name, key))

    def _ask_description(self) -> None:
        name = self._current(self.labels)
        if name is None:
            return
        current = self.schema().label(name).description
        with keys_kept(self):
            text, ok = QInputDialog.getMultiLineText(
                self,
                _tr("Label description"),
                _tr("What {name} covers:").format(name=name),
                current,
            )
        if ok:
            self._guarded(lambda: self.set_label_description(name, text))

    def _toggle_crossing(self) -> None:
        name = self._current(self.labels)
        if name is not None:
            allowed = not self.schema().label(name).crosses_paragraphs
            self._guarded(lambda: self.set_crosses_paragraphs(name, allowed))

    def _ask_remove(self) -> None:
        name = self._current(self.labels)
        if name is None:
            return
        count = self.label_usage(name)
        relabel_to = None
        if count:
            others = [n for n in self.schema().label_names() if n != name]
            dialog = RemoveLabelDialog(name=name, count=count, others=others, parent=self)
            if run_modal(dialog) != QDialog.DialogCode.Accepted:
                return
            relabel_to = dialog.relabel_to()
        elif not _confirm(
            self, _tr("Remove label"), _tr("Remove the label {name}?").format(name=name)
        ):
            return
        self._guarded(lambda: self.remove_label(name, relabel_to=relabel_to))

    def _ask_relation(self, name: str | None) -> None:
        schema = self.schema()
        existing = schema.relation(name) if name else None
        dialog = RelationTypeDialog(schema=schema, relation=existing, parent=self)
        if run_modal(dialog) == QDialog.DialogCode.Accepted:
            self._guarded(lambda: self.put_relation_type(dialog.relation_type()))

    def _ask_remove_relation(self) -> None:
        name = self._current(self.relations)
        if name is None:
            return
        count = int(self.context.project.stats().get("relations", {}).get(name, 0))
        question = _tr("Remove the relation type {name} and its {relations}?").format(
            name=name, relations=counted(count, "relation")
        )
        if _confirm(self, _tr("Remove relation type"), question):
            self._guarded(lambda: self.remove_relation_type(name))

    def _ask_import(self) -> None:
        path, _ = file_dialogs.open_file_name(
            self, _tr("Import schema"), "", _tr("Schema (*.json)")
        )
        if path:
            self._guarded(lambda: self.import_schema(Path(path)))

    def _ask_export(self) -> None:
        path, _ = file_dialogs.save_file_name(self, _tr("Export schema"), "schema.json", "*.json")
        if path:
            self._guarded(lambda: self.export_schema(Path(path)))


def _confirm(parent: QWidget, title: str, text: str) -> bool:
    box = message_box(parent, title, text, ask=True)
    return run_modal(box) == QMessageBox.StandardButton.Yes


# Colours that stay apart for colour-blind readers too (Okabe-Ito, Paul Tol's muted),
# offered first to new labels, in this order.
SAFE_COLOURS = (
    "#cc6677", "#117733", "#882255", "#999933", "#aa4499", "#44aa99", "#0072b2", "#d55e00",
    "#cc79a7", "#56b4e9", "#f0e442", "#000000",
)  # fmt: skip
