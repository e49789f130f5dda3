"""The main window: composes the editor, the panels, the review loop and the menus around a project."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtGui import QCloseEvent, QShowEvent
from PySide6.QtWidgets import QMainWindow, QMessageBox, QStackedWidget, QVBoxLayout, QWidget

from annotator.core.operations import SetNote
from annotator.gui import history
from annotator.gui.context import ProjectContext
from annotator.gui.corpus_tools import CorpusTools
from annotator.gui.docks import LEFT, RIGHT, add_docks
from annotator.gui.documents.commands import DocumentCommandsMixin
from annotator.gui.documents.info_panel import DocumentInfoPanel
from annotator.gui.documents.panel import DocumentPanel
from annotator.gui.editor import AnnotationEditor
from annotator.gui.editor.units import WordSpansProvider
from annotator.gui.field_keys import FieldKeyGuard
from annotator.gui.find_bar import FindBar
from annotator.gui.guidelines import guidelines_browser
from annotator.gui.i18n import application_title
from annotator.gui.menus import build_menus, fill_view_menu
from annotator.gui.palette_panel import LabelPalette
from annotator.gui.panel_layout import PanelLayout
from annotator.gui.project_lifecycle import ProjectLifecycleMixin
from annotator.gui.reading_position import ReadingPositionMixin
from annotator.gui.refusal_notice import RefusalNotice
from annotator.gui.reports.notice import ReportNotice
from annotator.gui.review.annotations_panel import AnnotationsPanel
from annotator.gui.review.controller import ReviewController
from annotator.gui.review.relation_panel import RelationsPanel
from annotator.gui.search.indexing import SearchIndexer
from annotator.gui.settings import restore_window_state, save_window_state
from annotator.gui.start_page import StartPage
from annotator.gui.status_bar import AnnotatorStatusBar
from annotator.gui.team.controller import TeamController
from annotator.gui.view_commands import ViewCommandsMixin
from annotator.gui.window_commands import WindowCommandsMixin
from annotator.gui.window_size import fit_first_size, keep_on_screen
from annotator.store.errors import ProjectFileError


class MainWindow(
    ProjectLifecycleMixin,
    DocumentCommandsMixin,
    ViewCommandsMixin,
    WindowCommandsMixin,
    ReadingPositionMixin,
    QMainWindow,
):
    """One window, one project at a time. Views talk only through `context`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context: ProjectContext | None = None
        self._doc = None  # the open Document
        self.tasks: list = []  # background tasks still running
        self.last_report = None  # the latest report dialog (import, suggest, train)
        self.last_warning: QMessageBox | None = None
        self.last_file_failure = None  # the latest file-level failure shown (see file_safety)
        self.last_dialog = None  # the latest non-modal dialog (preferences, shortcuts)
        self._words: WordSpansProvider | None = None  # word mode's segmentation, made on first use
        fit_first_size(self)  # on a 1366x768 laptop too
        self._build_widgets()
        # Edits refresh the side lists just after the editor paints, so a label
        # key shows its highlight without waiting for lists of thousands of rows.
        self._lists_timer = QTimer(self, singleShot=True, interval=0)
        self._lists_timer.timeout.connect(self._refresh_lists)
        self.status = AnnotatorStatusBar(self)
        self.setStatusBar(self.status)
        self.notice.attach(self.status)
        self.commands = build_menus(self)
        fill_view_menu(self.commands, self.docks)
        self.corpus = CorpusTools(self)  # search, label all, consistency, statistics, registry
        self.field_keys = FieldKeyGuard(
            self,
            self.editor,
            self.actions,
            lambda: [*self.commands.document_actions(), self.corpus.actions["label_all"]],
            lambda text: self.status.showMessage(text, 8000),
        )
        self._build_indexer()
        self.team = TeamController(self)
        self._build_review()
        self._connect()
        first_layout = self.saveState()  # what View ▸ Reset panel layout puts back
        restored = restore_window_state(self)
        self.panel_layout = PanelLayout(self, self.docks, restored=restored, first=first_layout)
        keep_on_screen(self)
        self.apply_view_preferences()
        self._show_project_state()

    def _build_indexer(self) -> None:
        """The search indexer, which fills the index a large import left waiting and says how
        far it is in the status bar and the search panel."""
        self.indexer = SearchIndexer(self)  # fills the search index a large import left waiting
        self.indexer.progress.connect(self.status.show_indexing)
        self.indexer.waiting.connect(self.corpus.search.set_index_waiting)
        self.indexer.leftOut.connect(self.status.show_left_out)
        self.indexer.leftOut.connect(
            lambda items: self.corpus.search.set_index_left_out(len(items))
        )

    def _build_review(self) -> None:
        """The review loop over the editor and the two lists, reading the layer shown."""
        self.review = ReviewController(
            editor=self.editor,
            spans=self.annotations,
            relations=self.relations,
            context=lambda: self.context,
            reads=lambda: self.team.view or self.project,  # the layer shown (gui.team)
            document=lambda: self._doc,
            open_document=self.open_document,
            status=self.status,
            layer_note=self.team.layer_note,
            parent=self,
        )
        self.review.actions.refused.connect(self.notice.refuse)

    def _build_widgets(self) -> None:
        self.editor = AnnotationEditor(self)
        self.editor.setPlaceholderText(
            self.tr(
                "No document is open. Choose one in the document list, "
                "or add articles with File ▸ Import files… or Import folder…"
            )
        )
        self.find_bar = FindBar(lambda: self._doc.text if self._doc is not None else "", self)
        self.reading = self._reading_column()
        self.start_page = StartPage(self)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.start_page)
        self.stack.addWidget(self.reading)
        self.setCentralWidget(self.stack)
        self.documents = DocumentPanel(self)
        self.palette = LabelPalette(self)
        self.annotations = AnnotationsPanel(self)
        self.relations = RelationsPanel(self)
        self.info = DocumentInfoPanel(self)
        self.guidelines = guidelines_browser(self)
        self.docks = add_docks(
            self,
            {
                "Documents": (self.documents, LEFT),
                "Guidelines": (self.guidelines, LEFT),
                "Labels": (self.palette, RIGHT),
                "Annotations": (self.annotations, RIGHT),
                "Relations": (self.relations, RIGHT),
                "Document": (self.info, RIGHT),
            },
        )

    def _reading_column(self) -> QWidget:
        """The text with its strips under it: a run's report, a refusal, the find bar."""
        reading = QWidget(self)
        column = QVBoxLayout(reading)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.editor)
        self.run_notice = ReportNotice(self.editor, reading)  # a suggestion run's report
        column.addWidget(self.run_notice)
        self.notice = RefusalNotice(reading)  # its status bar is made just after
        column.addWidget(self.notice)
        column.addWidget(self.find_bar)
        return reading

    def _connect(self) -> None:
        self.start_page.openRequested.connect(self.ask_open_project)
        self.start_page.newRequested.connect(self.ask_new_project)
        self.start_page.recentChosen.connect(self.open_project_path)
        self.documents.documentActivated.connect(self.open_document)
        self.documents.menuRequested.connect(self.show_document_menu)
        self.palette.labelChosen.connect(self.apply_label)
        self.info.noteEdited.connect(self._save_note)
        self.editor.changesApplied.connect(self._on_editor_changes)
        self.editor.statusMessage.connect(lambda text: self.status.showMessage(text, 8000))
        self.editor.refused.connect(self.notice.refuse)
        self.editor.changesApplied.connect(lambda _changes: self.notice.hide())
        self.editor.changesApplied.connect(lambda _changes: self.run_notice.hide())
        self.editor.cursorPositionChanged.connect(self._show_position)
        self.find_bar.matchesChanged.connect(self._show_find_matches)
        self.find_bar.closed.connect(self.editor.setFocus)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        self.panel_layout.lay_out()  # laid out with the panels shown, if a project is open

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.context is not None:
            save_window_state(self)  # with the project's panels shown
            self.panel_layout.save()
        self.close_project()
        super().closeEvent(event)

    # --- documents -----------------------------------------------------------------

    def open_document(self, doc_id: int | None) -> None:
        """Show `doc_id` in the editor and every panel (None shows nothing)."""
        if doc_id is not None and doc_id == self.current_doc_id():
            return
        self.info.flush()
        # What the bar says is about the document being left ("Suggested … Enter accepts"):
        # gone with it. Whoever opens a document to say something says it after this.
        self.status.clearMessage()
        # No need to save the place in the document being left: the one opened
        # becomes the place to come back to (saved with its first edit, and on close).
        try:
            self._doc = (
                None if doc_id is None or self.context is None else self.project.document(doc_id)
            )
        except ProjectFileError as exc:  # a damaged page, a vanished disk
            self._doc = None
            self.warn(self.tr("Open document"), exc)
        if self.context is not None:
            self.context.session.show(self.current_doc_id(), getattr(self._doc, "status", None))
        self.editor.load_document(self.current_doc_id(), document=self._doc)
        self.info.show_document(self._doc)
        self._refresh_lists()
        self.documents.select_document(self.current_doc_id())
        if self.find_bar.isVisible():
            self.find_bar.search()
        if self._doc is not None:
            self._note_place(self._doc.id)
            app = application_title()
            self.setWindowTitle(f"{self._doc.title} — {self._project_title()} — {app}")

    def _refresh_lists(self) -> None:
        """Rebuild the annotation and relation lists of the open document."""
        self._lists_timer.stop()
        self.review.refresh_lists()

    def _show_position(self) -> None:
        if self._doc is None:
            self.status.show_position(None)
            return
        self.status.show_position(*self.editor.locate(self.editor.caret_cp()))

    # --- changes -------------------------------------------------------------------

    def _on_editor_changes(self, changes) -> None:
        if self.context is not None:
            self.context.notify(changes, source=self.editor)

    def _on_changed(self, changes, source) -> None:
        if source is ProjectContext.EXTERNAL:
            self._reload_for_others(changes)
        elif source is not self.editor:
            self.editor.refresh(changes)
        self.documents.apply_changes(changes)
        if changes.schema_changed:
            schema = self.project.schema()
            self.palette.set_schema(schema)
            self.editor.set_label_keys(schema)
        doc_id = self.current_doc_id()
        if doc_id is not None and doc_id in changes.documents_removed:
            self.open_document(None)
        elif doc_id is not None and (doc_id in changes.doc_ids or changes.schema_changed):
            self._doc = self.project.document(doc_id)
            self._lists_timer.start()  # after the editor has painted the change
            if doc_id in changes.note_changed:
                self.info.show_note(self._doc.note)
            if doc_id in changes.status_changed or doc_id in changes.titles_changed:
                self.info.show_meta(self._doc)
                self.context.session.show(doc_id, self._doc.status)
        if changes.status_changed or changes.documents_added or changes.documents_removed:
            self.status.update_progress(self.project)
        self.status.mark_saved()

    def _reload_for_others(self, changes) -> None:
        """Another window or process changed the project: show the open document afresh."""
        doc_id = self.current_doc_id()
        if doc_id is None or not (doc_id in changes.doc_ids or changes.schema_changed):
            return
        if doc_id in changes.documents_removed or doc_id not in self.project.document_ids():
            return
        self.editor.reload_document()
        if not self.tasks:  # an import or suggestion of this window writes on its own connection
            self.status.showMessage(self.tr("Updated with changes made in another window"), 5000)

    def apply_label(self, label: str) -> None:
        """A click in the palette: the same as pressing the label's key in the editor."""
        if self._doc is not None:
            self.editor.press_label(label)

    def _save_note(self, doc_id: int, text: str) -> None:
        if self.context is not None:
            self._apply_guarded(SetNote(doc_id=doc_id, note=text), source=self.info)

    def undo(self) -> None:
        history.step(self, redo=False)

    def redo(self) -> None:
        history.step(self, redo=True)
