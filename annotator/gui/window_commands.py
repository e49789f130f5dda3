"""The main window's menu commands that open a dialog or start background work."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from annotator.core.model import IN_PROGRESS, NEW
from annotator.gui import file_dialogs, file_safety, flows
from annotator.gui.dialog_keys import open_modal, run_modal
from annotator.gui.first_start import projects_folder
from annotator.gui.i18n import _tr
from annotator.gui.messages import sentence
from annotator.gui.plaintext import message_box
from annotator.gui.settings import import_start_folder, remember_import

UNFINISHED = (NEW, IN_PROGRESS)


class WindowCommandsMixin:
    """Native file dialogs, the export, schema and guidelines dialogs, suggest and train.

    Tests call the methods they lead to (open_project_path, import_paths...)
    with paths directly, so nothing here needs a person at the keyboard.
    """

    def ask_open_project(self) -> None:
        folder = projects_folder()
        start = str(folder) if folder.is_dir() else ""
        path, _ = file_dialogs.open_file_name(
            self, _tr("Open project"), start, file_safety.project_filter()
        )
        if path:
            self.open_project_path(path)

    def ask_new_project(self) -> None:
        """Offer a new project in the projects folder, where the first start put the others.

        A bare file name would have the dialog open in the program's working folder.
        """
        folder = projects_folder()
        folder.mkdir(parents=True, exist_ok=True)
        path, _ = file_dialogs.save_file_name(
            self, _tr("New project"), str(folder / "project.db"), file_safety.project_filter()
        )
        if path:
            self.new_project_path(path)

    def warn(self, title: str, message: object) -> QMessageBox:
        """Tell the user something went wrong (an error or its text), without blocking the event loop."""
        box = message_box(self, title, sentence(message), ask=False)
        open_modal(box, self.editor)
        self.last_warning = box
        return box

    def ask_save_as(self) -> None:
        file_safety.ask_save_as(self)

    def ask_save_copy(self) -> None:
        file_safety.ask_save_copy(self)

    def ask_import_files(self) -> None:
        self._ask_import(_tr("Import files"), folder=False)

    def ask_import_folder(self) -> None:
        self._ask_import(_tr("Import folder"), folder=True)

    def _ask_import(self, caption: str, *, folder: bool) -> None:
        filters = "" if folder else flows.import_filter()
        self.import_dialog = file_dialogs.import_dialog(
            self, caption, import_start_folder(), filters, folder=folder
        )
        chosen, keep_references = file_dialogs.chosen_for_import(self.import_dialog)
        if chosen:
            remember_import([Path(p) for p in chosen])
            self.import_paths([Path(p) for p in chosen], keep_references=keep_references)

    def import_paths(self, paths: list[Path], *, keep_references: bool = False):
        """Import files or folders in the background; returns the running task.

        `keep_references`: store HTML character references as written (not decoded)."""
        return flows.start_import(self, paths, keep_references=keep_references)

    def show_export_dialog(self) -> None:
        from annotator.gui.export.dialog import ExportDialog

        if self.context is not None:
            dialog = ExportDialog(self.project, self)
            run_modal(dialog, self.editor)

    def make_schema_dialog(self):
        """The schema editor over this project; undo and redo inside it step over schema
        changes only (see schema_history)."""
        from annotator.gui.schema_dialog import SchemaDialog
        from annotator.gui.schema_history import add_schema_history

        dialog = SchemaDialog(self.context, self)
        steps = (self.commands.undo, self.commands.redo)
        add_schema_history(dialog, self.context, dialog.step_note, steps)
        return dialog

    def show_schema_dialog(self) -> None:
        if self.context is not None:
            dialog = self.make_schema_dialog()
            run_modal(dialog, self.editor)

    def suggest_current(self):
        doc_id = self.current_doc_id()
        return flows.start_suggest(self, doc_ids=None if doc_id is None else [doc_id])

    def suggest_unfinished(self):
        return flows.start_suggest(self, doc_ids=self.project.document_ids(status=UNFINISHED))

    def toggle_underthesea(self) -> None:
        """Annotate ▸ Suggesters ▸ underthesea NER: a setting of the project, kept in it."""
        from annotator.app.suggest_options import set_underthesea

        on = self.commands.suggest_underthesea.isChecked()
        if self.project is not None and (on or self._another_suggester_runs("underthesea")):
            set_underthesea(self.project, on)
        self.show_suggest_options()

    def set_suggester(self, name: str, on: bool) -> None:
        """Annotate ▸ Suggesters: run the rules, the model or the memory, or leave it out."""
        from annotator.app.suggest_options import set_left_out

        if self.project is not None and (on or self._another_suggester_runs(name)):
            set_left_out(self.project, name, not on)
        self.show_suggest_options()

    def _another_suggester_runs(self, name: str) -> bool:
        """Whether a suggester other than `name` would still run (the memory alone finds
        nothing): unticking the last one is refused, with a word why."""
        from annotator.app.suggest_options import left_out, uses_underthesea

        running = {"rules", "model"} - left_out(self.project)
        if uses_underthesea(self.project):
            running.add("underthesea")
        if name == "memory" or running - {name}:
            return True
        self.status.showMessage(
            _tr("At least one of the rules, the model and underthesea NER must run."), 6000
        )
        return False

    def set_min_confidence(self, limit: float) -> None:
        """Annotate ▸ Minimum confidence of suggestions: a setting of the project."""
        from annotator.app.suggest_options import set_min_confidence

        if self.project is not None:
            set_min_confidence(self.project, limit)
        self.show_suggest_options()

    def show_suggest_options(self) -> None:
        """Tick the menu's suggester choices as the open project has them."""
        from annotator.app.suggest_options import left_out, min_confidence, uses_underthesea

        on = self.project is not None and uses_underthesea(self.project)
        self.commands.suggest_underthesea.setChecked(on)
        out = left_out(self.project) if self.project is not None else frozenset()
        self.suggesters_menu.menuAction().setEnabled(self.project is not None)
        for action in self.suggesters_menu.actions():
            if action.data() is not None and action.isCheckable():
                action.setChecked(action.data() not in out)
        limit = min_confidence(self.project) if self.project is not None else 0.0
        self.min_confidence_menu.menuAction().setEnabled(self.project is not None)
        for action in self.min_confidence_menu.actions():
            action.setChecked(abs(float(action.data()) - limit) < 1e-6)

    def show_held_back(self):
        """Annotate ▸ Held back by the memory…: see what the memory holds back, and lift it."""
        from annotator.gui.review.held_back import show_held_back

        return show_held_back(self)

    def train_model(self):
        return flows.start_training(self)
