"""File and help dialogs of the main window: they ask, then call the window's methods."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog

from annotator.gui import flows

PROJECT_FILTER = "Annotation projects (*.db *.annot *.sqlite);;All files (*)"


class FileDialogsMixin:
    """Native dialogs for the File and Help menus.

    Tests call the methods they lead to (open_project_path, import_paths...)
    with paths directly, so nothing here needs a person at the keyboard.
    """

    def ask_open_project(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, "Open project", "", PROJECT_FILTER)
        if path:
            self.open_project_path(path)

    def ask_new_project(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, "New project", "project.db", PROJECT_FILTER)
        if path:
            self.new_project_path(path)

    def ask_import_files(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self, "Import files", "", flows.IMPORT_FILTER)
        if paths:
            self.import_paths([Path(p) for p in paths])

    def ask_import_folder(self) -> None:
        path = QFileDialog.getExistingDirectory(self, "Import folder")
        if path:
            self.import_paths([Path(path)])

    def import_paths(self, paths: list[Path]):
        """Import files or folders in the background; returns the running task."""
        return flows.start_import(self, paths)

    def show_export_dialog(self) -> None:
        from annotator.gui.export_dialog import ExportDialog

        if self.context is not None:
            ExportDialog(self.project, self).exec()

    def show_guidelines(self) -> None:
        from annotator.gui.guidelines_dialog import GuidelinesDialog

        GuidelinesDialog(self).exec()
