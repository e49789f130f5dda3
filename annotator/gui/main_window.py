"""The main window: composes the editor, the panels and the menus around a project."""

from __future__ import annotations

import contextlib
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDockWidget,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from annotator.core.errors import AnnotatorError
from annotator.core.model import DONE
from annotator.core.operations import AddSpan, DeleteRelation, RelabelSpan, SetNote, SetStatus
from annotator.gui import file_safety, history
from annotator.gui.annotations_panel import AnnotationsPanel
from annotator.gui.context import ProjectContext
from annotator.gui.document_info_panel import DocumentInfoPanel
from annotator.gui.document_panel import DocumentPanel
from annotator.gui.editor import AnnotationEditor
from annotator.gui.editor.units import WordSpansProvider, segmenter_words
from annotator.gui.menus import build_menus
from annotator.gui.palette_panel import LabelPalette
from annotator.gui.relations_panel import RelationsPanel
from annotator.gui.settings import (
    APPLICATION,
    remember_project,
    restore_window_state,
    save_window_state,
)
from annotator.gui.start_page import StartPage
from annotator.gui.status_bar import AnnotatorStatusBar
from annotator.gui.team.controller import TeamController
from annotator.gui.window_commands import UNFINISHED, WindowCommandsMixin
from annotator.store import create_project
from annotator.store.errors import ProjectFileError

READING_KEY = "gui.reading_position"  # {"doc_id": int, "position": int}


class MainWindow(WindowCommandsMixin, QMainWindow):
    """One window, one project at a time. Views talk only through `context`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context: ProjectContext | None = None
        self._doc = None  # the open Document
        self.tasks: list = []  # background tasks still running
        self.last_report = None  # the latest report dialog (import, suggest, train)
        self.last_warning: QMessageBox | None = None
        self.last_file_failure = None  # the latest file-level failure shown (see file_safety)
        self._words: WordSpansProvider | None = None  # word mode's segmentation, made on first use
        self.resize(1280, 820)
        self.editor = AnnotationEditor(self)
        self.editor.setPlaceholderText(
            "No document is open. Choose one in the document list, "
            "or add articles with File ▸ Import files… or Import folder…"
        )
        self.start_page = StartPage(self)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.start_page)
        self.stack.addWidget(self.editor)
        self.setCentralWidget(self.stack)
        self.documents = DocumentPanel(self)
        self.palette = LabelPalette(self)
        self.annotations = AnnotationsPanel(self)
        self.relations = RelationsPanel(self)
        self.info = DocumentInfoPanel(self)
        self._add_docks()
        # Edits refresh the side lists just after the editor paints, so a label
        # key shows its highlight without waiting for lists of thousands of rows.
        self._lists_timer = QTimer(self, singleShot=True, interval=0)
        self._lists_timer.timeout.connect(self._refresh_lists)
        self.status = AnnotatorStatusBar(self)
        self.setStatusBar(self.status)
        self.commands = build_menus(self)
        self.team = TeamController(self)
        self._connect()
        self._size_docks()
        self._docks_sized = restore_window_state(self)
        self._show_project_state()

    def _add_docks(self) -> None:
        left, right = Qt.DockWidgetArea.LeftDockWidgetArea, Qt.DockWidgetArea.RightDockWidgetArea
        self.docks = {}
        for title, widget, area in (
            ("Documents", self.documents, left),
            ("Labels", self.palette, right),
            ("Annotations", self.annotations, right),
            ("Relations", self.relations, right),
            ("Document", self.info, right),
        ):
            dock = QDockWidget(title, self)
            dock.setObjectName(f"dock-{title.lower()}")
            dock.setWidget(widget)
            self.addDockWidget(area, dock)
            self.docks[title] = dock
        self.tabifyDockWidget(self.docks["Relations"], self.docks["Document"])
        self.docks["Relations"].raise_()

    def _size_docks(self) -> None:
        """Default panel sizes: the list and the side panels narrow, the editor wide."""
        horizontal, vertical = Qt.Orientation.Horizontal, Qt.Orientation.Vertical
        self.resizeDocks([self.docks["Documents"], self.docks["Labels"]], [340, 340], horizontal)
        right = [self.docks[name] for name in ("Labels", "Annotations", "Relations")]
        self.resizeDocks(right, [190, 380, 250], vertical)

    def _connect(self) -> None:
        self.start_page.openRequested.connect(self.ask_open_project)
        self.start_page.newRequested.connect(self.ask_new_project)
        self.start_page.recentChosen.connect(self.open_project_path)
        self.documents.documentActivated.connect(self.open_document)
        self.palette.labelChosen.connect(self.apply_label)
        self.annotations.spanActivated.connect(self.editor.select_span)
        self.editor.spanSelected.connect(
            lambda span: self.annotations.select_span(None if span is None else span.id)
        )
        self.relations.spanActivated.connect(self.editor.select_span)
        self.relations.deleteRequested.connect(self.delete_relation)
        self.info.noteEdited.connect(self._save_note)
        self.editor.changesApplied.connect(self._on_editor_changes)
        self.editor.statusMessage.connect(lambda text: self.status.showMessage(text, 5000))

    # --- project lifecycle -------------------------------------------------------

    @property
    def project(self):
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
            self.warn("New project", str(exc))
            return False
        self._install(project, Path(path))
        file_safety.show_notices(self, project)
        return True

    def _install(self, project, path: Path) -> None:
        self.close_project()
        self.context = ProjectContext(project, path, self)
        self.context.changed.connect(self._on_changed)
        self.context.fileFailed.connect(lambda error: file_safety.file_failed(self, error))
        self.editor.set_project(project, self.context.session)
        self.editor.set_label_keys(project.schema())
        self.documents.set_project(project)
        self.palette.set_schema(project.schema())
        remember_project(path)
        self._show_project_state()
        self.team.project_opened()
        self._restore_reading_position()

    def close_project(self) -> None:
        """Save where the reader was, then let go of the project."""
        if self.context is None:
            return
        self._wait_for_tasks()
        self.info.flush()
        self._remember_reading_position()
        self.open_document(None)
        self.editor.set_project(None, None)
        self.team.project_closed()
        self.documents.set_project(None)
        self.palette.set_schema(None)
        context, self.context = self.context, None
        context.close()
        context.deleteLater()
        self._show_project_state()

    def _show_project_state(self) -> None:
        is_open = self.context is not None
        self.commands.set_project_open(is_open)
        self.stack.setCurrentWidget(self.editor if is_open else self.start_page)
        for dock in self.docks.values():
            dock.setVisible(is_open)
        if is_open and not self._docks_sized:
            self._docks_sized = True
            if self.isVisible():  # docks hidden since start keep no size: size them laid out
                QTimer.singleShot(0, self._size_docks)
        if not is_open:
            self.start_page.refresh()
        read_only = " (read-only)" if is_open and self.project.read_only else ""
        title = f"{self.context.path.name}{read_only} — {APPLICATION}" if is_open else APPLICATION
        self.setWindowTitle(title)
        self.status.show_project(self.project)

    def _remember_reading_position(self) -> None:
        doc_id = self.current_doc_id()
        if self.context is not None and doc_id is not None:
            self._bookmark(doc_id, int(self.editor.first_visible_position()))

    def _bookmark(self, doc_id: int, position: int) -> None:
        """Save the reading place, where the file can take it (not read-only, gone or full)."""
        if not self.project.read_only:
            with contextlib.suppress(AnnotatorError):
                self.project.set_setting(READING_KEY, {"doc_id": doc_id, "position": position})

    def _restore_reading_position(self) -> None:
        saved = self.project.get_setting(READING_KEY) or {}
        doc_id, position = saved.get("doc_id"), saved.get("position", 0)
        if doc_id is None or not self.project.document_count():
            rows = self.project.document_rows(limit=1)
            doc_id, position = (rows[0].id if rows else None), 0
        try:
            self.open_document(doc_id)
        except AnnotatorError:  # the document was removed since
            self.open_document(None)
            return
        if doc_id is not None and position:
            self._scroll_when_laid_out(doc_id, int(position))

    def _scroll_when_laid_out(self, doc_id: int, position: int) -> None:
        """Scroll now and again once the window has its final size (after show)."""
        self.editor.scroll_to_position(position)

        def again() -> None:
            if self.current_doc_id() == doc_id:
                self.editor.scroll_to_position(position)

        QTimer.singleShot(0, again)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.context is not None:
            save_window_state(self)  # with the project's panels shown
        self.close_project()
        super().closeEvent(event)

    def _wait_for_tasks(self) -> None:
        for task in list(self.tasks):
            task.cancel()
            task.wait()

    # --- documents -----------------------------------------------------------------

    def current_doc_id(self) -> int | None:
        return None if self._doc is None else self._doc.id

    def open_document(self, doc_id: int | None) -> None:
        """Show `doc_id` in the editor and every panel (None shows nothing)."""
        if doc_id is not None and doc_id == self.current_doc_id():
            return
        self.info.flush()
        # No need to save the place in the document being left: the one opened
        # becomes the place to come back to (saved below, and on close).
        try:
            self._doc = (
                None if doc_id is None or self.context is None else self.project.document(doc_id)
            )
        except ProjectFileError as exc:  # a damaged page, a vanished disk
            self._doc = None
            self.warn("Open document", str(exc))
        if self.context is not None:
            self.context.session.show(self.current_doc_id(), getattr(self._doc, "status", None))
        self.editor.load_document(self.current_doc_id())
        self.info.show_document(self._doc)
        self._refresh_lists()
        self.documents.select_document(self.current_doc_id())
        if self._doc is not None:
            self._bookmark(self._doc.id, 0)
            read_only = " (read-only)" if self.project.read_only else ""
            name = f"{self.context.path.name}{read_only}"
            self.setWindowTitle(f"{self._doc.title} — {name} — {APPLICATION}")

    def _refresh_lists(self) -> None:
        """Rebuild the annotation and relation lists of the open document."""
        self._lists_timer.stop()
        doc = self._doc
        if doc is None:
            self.annotations.clear()
            self.relations.tree.clear()
            return
        view = self.team.view or self.project  # the layer shown (gui.team)
        spans = view.spans(doc.id)
        self.annotations.show_spans(schema=self.project.schema(), text=doc.text, spans=spans)
        selected = self.editor.selected_span()
        self.annotations.select_span(None if selected is None else selected.id)
        relations = view.relations(doc.id)
        self.relations.show_relations(text=doc.text, spans=spans, relations=relations)

    def step_document(self, step: int) -> None:
        """Open the next (1) or previous (-1) document of the list."""
        model = self.documents.model
        if model is None or not model.rowCount():
            return
        row = model.row_of(self.current_doc_id()) if self._doc else None
        row = 0 if row is None else max(0, min(model.rowCount() - 1, row + step))
        self.open_document(model.doc_id_at(row))

    def next_unfinished(self, after: int | None) -> int | None:
        ids = [i for i in self.project.document_ids(status=UNFINISHED) if i != after]
        later = [i for i in ids if after is None or i > after]
        return (later or ids or [None])[0]

    def mark_done_and_next(self) -> None:
        doc_id = self.current_doc_id()
        if doc_id is None:
            return
        self.info.flush()
        self.context.apply(SetStatus(doc_id=doc_id, status=DONE), source=self)
        following = self.next_unfinished(doc_id)
        if following is not None:
            self.open_document(following)
        else:
            self.status.showMessage("Every document is done.", 5000)

    # --- changes -------------------------------------------------------------------

    def _on_editor_changes(self, changes) -> None:
        if self.context is not None:
            self.context.notify(changes, source=self.editor)

    def _on_changed(self, changes, source) -> None:
        if source is not self.editor:
            self.editor.refresh(changes)
        self.documents.apply_changes(changes)
        if changes.schema_changed:
            schema = self.project.schema()
            self.palette.set_schema(schema)
            self.editor.set_label_keys(schema)
        doc_id = self.current_doc_id()
        if doc_id is not None and (doc_id in changes.doc_ids or changes.schema_changed):
            self._doc = self.project.document(doc_id)
            self._lists_timer.start()  # after the editor has painted the change
            if doc_id in changes.note_changed:
                self.info.show_note(self._doc.note)
            if doc_id in changes.status_changed:
                self.info.show_meta(self._doc)
                self.context.session.show(doc_id, self._doc.status)
        if changes.status_changed:
            self.status.update_progress(self.project)
        self.status.mark_saved()

    def apply_label(self, label: str) -> None:
        """Label the editor's selection (or relabel the selected span) with `label`."""
        if self._doc is None:
            return
        span = self.editor.selected_span()
        selection = self.editor.selection_range()
        if selection and selection[0] < selection[1]:
            op = AddSpan(doc_id=self._doc.id, start=selection[0], end=selection[1], label=label)
        elif span is not None:
            op = RelabelSpan(span_id=span.id, label=label)
        else:
            self.status.showMessage("Select some text or an annotation first.", 5000)
            return
        self._apply_guarded(op)

    def delete_relation(self, relation_id: int) -> None:
        self._apply_guarded(DeleteRelation(relation_id=relation_id))

    def _save_note(self, doc_id: int, text: str) -> None:
        if self.context is not None:
            self._apply_guarded(SetNote(doc_id=doc_id, note=text), source=self.info)

    def _apply_guarded(self, op, *, source: object = None):
        try:
            return self.context.apply(op, source=source or self)
        except AnnotatorError as exc:
            self.status.showMessage(str(exc), 8000)
            return None

    def undo(self) -> None:
        history.step(self, redo=False)

    def redo(self) -> None:
        history.step(self, redo=True)

    def toggle_word_mode(self) -> None:
        """Annotate ▸ Select whole words: selections snap to segmented words, or syllables."""
        enabled = self.commands.word_mode.isChecked()
        if enabled and self._words is None:
            self._words = segmenter_words()
        self.editor.set_word_mode(enabled, self._words)
        unit = "whole words" if enabled else "syllables"
        self.status.showMessage(f"Selections snap to {unit}", 5000)

    def accept_all_pending(self) -> None:
        if self._doc is not None:
            self.editor.accept_all_pending()

    def reject_all_pending(self) -> None:
        if self._doc is not None:
            self.editor.reject_all_pending()
