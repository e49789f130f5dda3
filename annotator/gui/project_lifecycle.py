"""Opening and closing a project in the main window: what each panel is handed when a project
comes, what each lets go of when it goes, and what the window shows in between.

Kept apart from the window's composition (main_window.py) so the order that
matters is in one place: on close, the reading position, the panel layout
and the open reports are kept or closed before the panels lose the project,
and the project file is closed last.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from annotator.core.errors import AnnotatorError
from annotator.gui import file_safety
from annotator.gui.context import ProjectContext
from annotator.gui.flows import close_reports
from annotator.gui.i18n import application_title
from annotator.gui.review.held_back import close_held_back
from annotator.gui.settings import remember_project
from annotator.store import create_project


class ProjectLifecycleMixin:
    """The main window's project lifecycle; mixed into MainWindow, which owns the panels."""

    context: ProjectContext | None

    @property
    def project(self) -> Any:
        return None if self.context is None else self.context.project

    def open_project_path(self, path) -> bool:
        """Open a project file (to read only, if it cannot be written); False after telling why."""
        project = file_safety.open_for_window(self, Path(path))
        if project is None:
            return False
        self._install(project, Path(path))
        file_safety.show_notices(self, project)
        return True

    def new_project_path(self, path) -> bool:
        try:
            project = create_project(Path(path))
        except (AnnotatorError, OSError) as exc:
            self.warn(self.tr("New project"), exc)
            return False
        self._install(project, Path(path))
        file_safety.show_notices(self, project)
        return True

    def _install(self, project, path: Path) -> None:
        self.close_project()
        self.context = ProjectContext(project, path, self)
        self.context.changed.connect(self._on_changed)
        self.context.fileFailed.connect(lambda error: file_safety.file_failed(self, error))
        self.context.session.after_write = self._save_place_with_edit
        self.context.watcher.fileLost.connect(lambda error: file_safety.file_lost(self, error))
        self.context.watcher.othersChanged.connect(self._others_changed)
        self.context.watcher.committed.connect(self.indexer.soon)  # a CLI import, say
        self.editor.set_project(project, self.context.session)
        self.editor.set_label_keys(project.schema())
        self.documents.set_project(project)
        self.palette.set_schema(project.schema())
        self.corpus.set_context(self.context)
        remember_project(path)
        self._show_project_state()
        self.show_suggest_options()
        self.team.project_opened()
        self._restore_reading_position()
        self._others_changed(self.context.open_elsewhere(), first=True)
        self.indexer.start(project, path)

    def _others_changed(self, others: list, *, first: bool = False) -> None:
        """Say when another window or process has this project open (at once, then in the bar)."""
        self.status.show_elsewhere(others)
        if first and others:
            other = others[0]
            self.warn(
                self.tr("Project open elsewhere"),
                self.tr(
                    "This project is also open in another window ({who}, process {pid} on "
                    "{host}). Both save every edit; each shows the other's edits within a "
                    "second, and Ctrl+Z in a window undoes only that window's own edits."
                ).format(who=other.annotator, pid=other.pid, host=other.host),
            )

    def close_project(self) -> None:
        """Save where the reader was, then let go of the project."""
        if self.context is None:
            return
        self._wait_for_tasks()
        self.panel_layout.remember()  # before the panels hide with the project
        self.indexer.stop()
        self.info.flush()
        self._remember_reading_position()
        close_reports(self)  # they were about this project
        close_held_back(self)  # its pending read would arrive with no project to show
        self.open_document(None)
        self.editor.set_project(None, None)
        self.team.project_closed()
        self.documents.set_project(None)
        self.palette.set_schema(None)
        self.corpus.set_context(None)
        context, self.context = self.context, None
        context.close()
        context.deleteLater()
        self._show_project_state()

    def _show_project_state(self) -> None:
        is_open = self.context is not None
        self.commands.set_project_open(is_open)
        self.stack.setCurrentWidget(self.reading if is_open else self.start_page)
        for name, dock in self.docks.items():
            dock.setVisible(is_open and (name != "Guidelines" or dock.isVisible()))
        if is_open:
            self.panel_layout.panels_shown()
        else:
            self.start_page.refresh()
            self.start_page.take_keys()
        app = application_title()
        title = f"{self._project_title()} — {app}" if is_open else app
        self.setWindowTitle(title)
        self.status.show_project(self.project)

    def _project_title(self) -> str:
        """The project's file name, and whether it is read-only."""
        name = self.context.path.name
        return self.tr("{name} (read-only)").format(name=name) if self.project.read_only else name

    def _wait_for_tasks(self) -> None:
        for task in list(self.tasks):
            task.cancel()
            task.wait()
