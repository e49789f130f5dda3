"""The corpus tools in the main window: search and registry docks, a Corpus menu, navigation.

The main window only creates this and hands it the project context; the
panels talk to the editor through the window's documented methods
(open_document, the editor's selection) and to the project through the
context, like every other panel.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence, QTextCursor
from PySide6.QtWidgets import QDockWidget, QMenu

from annotator.app.search.label_all import span_query
from annotator.core.search_query import SearchQuery
from annotator.gui.dialog_keys import open_modal
from annotator.gui.docks import scrolled
from annotator.gui.qt_offsets import QtOffsets
from annotator.gui.registry.view import RegistryView
from annotator.gui.search.consistency_dialog import ConsistencyDialog
from annotator.gui.search.label_all_dialog import LabelAllDialog
from annotator.gui.search.panel import SearchPanel
from annotator.gui.settings import preference, set_preference
from annotator.gui.stats.dialog import StatsDialog

HEIGHT_KEY = "window/corpus_panel_height"  # the search and registry panels' height, as left
SMALLEST_HEIGHT = 220  # a query line, the filters and a few result rows


class CorpusTools(QObject):
    """Search (Ctrl+Shift+F), label all occurrences, consistency, statistics, registry."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.context: Any = None
        self.search = SearchPanel(window)
        self.registry = RegistryView(window)
        self.search_dock = self._dock(self.tr("Search"), "dock-search", self.search)
        self.registry_dock = self._dock(self.tr("Registry"), "dock-registry", self.registry)
        window.tabifyDockWidget(self.search_dock, self.registry_dock)
        # Spanning the whole foot of the window, search took its height from the right-hand
        # column too and left the Annotations list one row: the column keeps its corner.
        window.setCorner(Qt.Corner.BottomRightCorner, Qt.DockWidgetArea.RightDockWidgetArea)
        self.dialog: Any = None  # the latest dialog opened (tests reach it here)
        self.stats: StatsDialog | None = None  # open beside the text, following the project
        self.actions = self._menu()
        self.search.hitActivated.connect(
            lambda hit: self.show_place(hit.doc_id, hit.start, hit.end)
        )
        self.search.labelAllRequested.connect(self.label_all_results)
        self.registry.placeActivated.connect(self.show_place)
        self.registry.message.connect(lambda text: window.status.showMessage(text, 8000))
        self.set_context(None)

    def _dock(self, title: str, name: str, widget: Any) -> QDockWidget:
        dock = QDockWidget(title, self.window)
        dock.setObjectName(name)
        dock.setWidget(scrolled(widget))
        self.window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
        dock.hide()
        dock.visibilityChanged.connect(lambda shown: shown or self._remember_height(dock))
        return dock

    def _remember_height(self, dock: QDockWidget) -> None:
        """Keep the height the linguist left the panel at, for the next time it opens."""
        docked = not dock.isFloating() and self.window.isVisible()
        if docked and dock.height() >= SMALLEST_HEIGHT:
            set_preference(HEIGHT_KEY, dock.height())

    def _opening_height(self) -> int:
        """The height left last time, else a third of the window; never more than half of it,
        so the text above keeps its lines."""
        half = self.window.height() // 2
        left = preference(HEIGHT_KEY, 0)
        wanted = left if left >= SMALLEST_HEIGHT else self.window.height() // 3
        return max(SMALLEST_HEIGHT, min(wanted, half))

    def _menu(self) -> dict[str, QAction]:
        window = self.window
        items = (
            ("find", self.tr("&Search the project…"), self.show_search, "Ctrl+Shift+F"),
            (
                "label_all",
                self.tr("&Label all occurrences…"),
                self.label_all_selection,
                "Ctrl+Shift+L",
            ),
            ("consistency", self.tr("&Consistency check…"), self.show_consistency, None),
            ("statistics", self.tr("S&tatistics…"), self.show_statistics, None),
            ("registry", self.tr("People and &roles registry"), self.show_registry, "Ctrl+Shift+P"),
        )
        menu = QMenu(self.tr("&Corpus"), window)
        actions = {}
        for key, text, slot, shortcut in items:
            action = QAction(text, window)
            if shortcut:
                action.setShortcut(QKeySequence(shortcut))
            action.triggered.connect(lambda _checked=False, run=slot: run())
            window.addAction(action)
            menu.addAction(action)
            actions[key] = action
        bar = window.menuBar()
        before = bar.actions()[-1] if bar.actions() else None  # before Help
        if before is not None:
            bar.insertMenu(before, menu)
        else:
            bar.addMenu(menu)
        return actions

    # -- project --------------------------------------------------------------------------

    def set_context(self, context: Any) -> None:
        """The window opened (or closed, None) a project."""
        if self.context is not None:
            self.context.changed.disconnect(self._on_changed)
        self.context = context
        project = None if context is None else context.project
        self.search.set_project(project, None if context is None else context.path)
        self.registry.set_context(context)
        for action in self.actions.values():
            action.setEnabled(context is not None)
        if self.stats is not None and self.stats.isVisible():
            if context is None:
                self.stats.close()  # no project: nothing to count
            else:
                self.stats.follow(context)  # another project: its figures
        if context is None:
            self.search_dock.hide()
            self.registry_dock.hide()
            return
        context.changed.connect(self._on_changed)

    def _on_changed(self, changes: Any, source: Any) -> None:
        touched = changes.registry_changed or changes.spans_added or changes.spans_removed
        if source is not self.registry and touched and self.registry_dock.isVisible():
            self.registry.refresh()

    # -- commands -------------------------------------------------------------------------

    def _raise(self, dock: QDockWidget) -> None:
        first = (
            not dock.isVisible()
            and not self.search_dock.isVisible()
            and not (self.registry_dock.isVisible())
        )
        dock.show()
        dock.raise_()
        if first:  # the height it was left at, not a sliver under the editor
            self.window.resizeDocks([dock], [self._opening_height()], Qt.Orientation.Vertical)

    def show_search(self) -> None:
        """Show the search panel; an editor selection becomes the query."""
        self._raise(self.search_dock)
        selection = self._selected_text()
        if selection:
            self.search.query_edit.setText(selection)
        self.search.query_edit.setFocus()
        self.search.query_edit.selectAll()

    def show_registry(self) -> None:
        self._raise(self.registry_dock)
        self.registry.refresh()

    def show_statistics(self) -> StatsDialog | None:
        """The statistics beside the text, counted again as the project changes."""
        if self.context is None:
            return None
        if self.stats is not None and self.stats.isVisible():
            self.stats.raise_()
            self.stats.activateWindow()
            self.dialog = self.stats
            return self.stats
        self.stats = self.dialog = StatsDialog(self.context.path, self.window)
        self.stats.follow(self.context)
        self.stats.show()
        return self.stats

    def show_consistency(self) -> ConsistencyDialog | None:
        if self.context is None:
            return None
        dialog = ConsistencyDialog(
            self.context.path, self.context.project.document_titles, self.window
        )
        dialog.placeActivated.connect(
            lambda place: self.show_place(place.doc_id, place.start, place.end)
        )
        self.dialog = dialog
        dialog.show()
        dialog.run_check()
        return dialog

    def label_all_selection(self) -> LabelAllDialog | None:
        """Label all occurrences of the selected span (its label), or of the selected text."""
        if self.context is None:
            return None
        editor, doc_id = self.window.editor, self.window.current_doc_id()
        span = editor.selected_span()
        if span is not None:
            query, label = span_query(editor.surface(span)), span.label
        elif self._selected_text():
            query, label = span_query(self._selected_text()), None
        elif self.search.query is not None:
            return self.label_all_results(self.search.query)
        else:
            self.window.status.showMessage(
                self.tr("Select an annotation or some text first, or search the project."), 5000
            )
            return None
        return self._open_label_all(query=query, label=label, doc_id=doc_id, results=False)

    def label_all_results(self, query: SearchQuery) -> LabelAllDialog | None:
        label = query.label
        return self._open_label_all(
            query=query, label=label, doc_id=self.window.current_doc_id(), results=True
        )

    def _open_label_all(self, **arguments: Any) -> LabelAllDialog:
        dialog = LabelAllDialog(self.context, parent=self.window, **arguments)
        dialog.accepted.connect(lambda: self._labelled(dialog))
        self.dialog = dialog
        open_modal(dialog)
        return dialog

    def _labelled(self, dialog: LabelAllDialog) -> None:
        if dialog.plan is not None:
            text = self.tr("Labelled %Ln occurrence(s) as ", "", dialog.plan.count)
            self.window.status.showMessage(
                text + dialog.plan.label + self.tr(" (Ctrl+Z undoes)"), 8000
            )
            if self.search.query is not None:
                self.search.run_search()  # the concordance shows the labels just given

    # -- navigation -----------------------------------------------------------------------

    def show_place(self, doc_id: int, start: int, end: int) -> None:
        """Open a document with [start, end) selected and on screen (a span there is selected)."""
        window = self.window
        window.open_document(doc_id)
        if window.current_doc_id() != doc_id:
            return
        self._select_place(doc_id, start, end)
        if not window.documents.shows(doc_id):
            # The list keeps the linguist's filters (as "next document" does): say
            # why the open document has no highlighted row there.
            title = window.project.document(doc_id).title
            text = self.tr("The document list's filters hide the open document “{title}”.")
            window.status.showMessage(text.format(title=title), 8000)

    def _select_place(self, doc_id: int, start: int, end: int) -> None:
        editor = self.window.editor
        spans = self.window.project.spans(doc_id)
        same = [s for s in spans if (s.start, s.end) == (start, end)]
        if same:
            editor.select_span(same[0].id)
            return
        offsets = QtOffsets(editor.toPlainText())
        cursor = QTextCursor(editor.document())
        cursor.setPosition(offsets.to_qt(start))
        cursor.setPosition(offsets.to_qt(end), QTextCursor.MoveMode.KeepAnchor)
        editor.setTextCursor(cursor)
        editor.ensureCursorVisible()

    def _selected_text(self) -> str:
        doc_id = self.window.current_doc_id()
        selection = self.window.editor.selection_range() if doc_id is not None else None
        if not selection:
            return ""
        return self.window.project.document(doc_id).text[selection[0] : selection[1]]
