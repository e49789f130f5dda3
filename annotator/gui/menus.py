"""The main window's menus and shortcuts, built in one place."""

from __future__ import annotations

from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from annotator.core.model import IN_PROGRESS, REVIEWED
from annotator.gui.about import add_about_action
from annotator.gui.i18n import _tr
from annotator.gui.settings import recent_projects

HELP_MENU = "help-menu"


@dataclass
class WindowActions:
    """Every action of the window; those in PROJECT_ACTIONS need an open project."""

    new_project: QAction
    open_project: QAction
    import_files: QAction
    import_folder: QAction
    export: QAction
    save_as: QAction
    save_copy: QAction
    close_project: QAction
    quit: QAction
    undo: QAction
    redo: QAction
    find: QAction
    schema: QAction
    preferences: QAction
    show_arcs: QAction
    label_tags: QAction
    zoom_in: QAction
    zoom_out: QAction
    zoom_reset: QAction
    messages: QAction
    reset_layout: QAction
    mark_done: QAction
    reopen: QAction
    mark_reviewed: QAction
    mark_listed_done: QAction
    rename: QAction
    delete_document: QAction
    next_document: QAction
    previous_document: QAction
    next_suggestion: QAction
    previous_suggestion: QAction
    suggest_document: QAction
    suggest_all: QAction
    suggest_underthesea: QAction
    held_back: QAction
    accept_all: QAction
    reject_all: QAction
    word_mode: QAction
    train: QAction
    guidelines: QAction
    shortcuts: QAction
    recent_menu: QMenu
    view_menu: QMenu

    PROJECT_ACTIONS = (
        "import_files", "import_folder", "export", "save_as", "save_copy", "close_project", "undo", "redo", "find",
        "mark_done", "reopen", "mark_reviewed", "mark_listed_done", "rename", "delete_document", "next_document",
        "previous_document", "next_suggestion", "previous_suggestion", "schema",
        "suggest_document", "suggest_all", "suggest_underthesea", "held_back", "accept_all", "reject_all",
        "word_mode", "train",
    )  # fmt: skip

    # Commands that change the open document: their keys stay in a text field (gui.field_keys).
    DOCUMENT_ACTIONS = ("mark_done", "suggest_document", "undo", "redo")

    def document_actions(self) -> list[QAction]:
        return [getattr(self, name) for name in self.DOCUMENT_ACTIONS]

    def set_project_open(self, is_open: bool) -> None:
        for name in self.PROJECT_ACTIONS:
            getattr(self, name).setEnabled(is_open)

    def all_actions(self) -> list[QAction]:
        menus = ("recent_menu", "view_menu")
        return [getattr(self, f.name) for f in fields(self) if f.name not in menus]


def _action(window: QMainWindow, text: str, slot, *shortcuts) -> QAction:
    action = QAction(text, window)
    keys = [QKeySequence(s) for s in shortcuts]
    if keys:
        action.setShortcuts(keys)
    action.triggered.connect(lambda _checked=False: slot())
    window.addAction(action)  # shortcuts work wherever the focus is in the window
    return action


def _actions(w) -> WindowActions:
    """Every action of the window, each with its text and shortcuts, by menu."""
    return WindowActions(
        **_file_actions(w), **_edit_view_actions(w), **_document_actions(w), **_annotate_actions(w)
    )


def _file_actions(w) -> dict[str, Any]:
    """The File menu's actions: projects, import, export, saving, closing."""
    a = _action
    return dict(
        new_project=a(w, _tr("&New project…"), w.ask_new_project, QKeySequence.StandardKey.New),
        open_project=a(w, _tr("&Open project…"), w.ask_open_project, QKeySequence.StandardKey.Open),
        import_files=a(w, _tr("&Import files…"), w.ask_import_files, "Ctrl+I"),
        import_folder=a(w, _tr("Import &folder…"), w.ask_import_folder),
        export=a(w, _tr("&Export…"), w.show_export_dialog, "Ctrl+E"),
        save_as=a(w, _tr("Save project &as…"), w.ask_save_as, QKeySequence.StandardKey.SaveAs),
        save_copy=a(w, _tr("Save a &copy…"), w.ask_save_copy),
        close_project=a(w, _tr("&Close"), w.close_project, "Ctrl+W"),
        quit=a(w, _tr("&Quit"), w.close, QKeySequence.StandardKey.Quit),
    )  # fmt: skip


def _edit_view_actions(w) -> dict[str, Any]:
    """The Edit and View menus' actions: undo, find, schema, preferences, arcs, zoom."""
    a = _action
    return dict(
        undo=a(w, _tr("&Undo"), w.undo, "Ctrl+Z"),
        redo=a(w, _tr("&Redo"), w.redo, "Ctrl+Shift+Z", "Ctrl+Y"),
        find=a(w, _tr("&Find in document…"), w.show_find_bar, "Ctrl+F"),
        schema=a(w, _tr("Label &schema…"), w.show_schema_dialog),
        preferences=a(w, _tr("&Preferences…"), w.show_preferences, "Ctrl+,"),
        show_arcs=a(w, _tr("Show &relations as arcs"), w.toggle_arcs, "Ctrl+Shift+R"),
        label_tags=a(w, _tr("Room between lines for the &label of the span under the pointer"), w.toggle_label_tags),
        zoom_in=a(w, _tr("Zoom &in"), lambda: w.zoom(1), "Ctrl+=", "Ctrl++"),
        zoom_out=a(w, _tr("Zoom &out"), lambda: w.zoom(-1), "Ctrl+-"),
        zoom_reset=a(w, _tr("&Reset zoom"), lambda: w.zoom(0), "Ctrl+0"),
        messages=a(w, _tr("Recent &messages…"), lambda: w.status.show_log(), "Ctrl+Shift+M"),
        reset_layout=a(w, _tr("Reset &panel layout"), lambda: w.panel_layout.reset(w.context is not None)),
    )  # fmt: skip


def _document_actions(w) -> dict[str, Any]:
    """The Document menu's actions: status, rename, delete, moving between documents."""
    a = _action
    return dict(
        mark_done=a(w, _tr("Mark &done and go to next"), w.mark_done_and_next, "Ctrl+Return", "Ctrl+Enter"),
        reopen=a(w, _tr("&Reopen (in progress)"), lambda: w.set_document_status(IN_PROGRESS)),
        mark_reviewed=a(w, _tr("Mark re&viewed"), lambda: w.set_document_status(REVIEWED)),
        mark_listed_done=a(w, _tr("Mark every &unfinished document of the list done…"), w.ask_mark_listed_done),
        rename=a(w, _tr("Re&name…"), w.ask_rename_document),
        delete_document=a(w, _tr("De&lete…"), w.ask_delete_document),
        next_document=a(w, _tr("&Next document"), lambda: w.step_document(1), "Ctrl+PgDown"),
        previous_document=a(w, _tr("&Previous document"), lambda: w.step_document(-1), "Ctrl+PgUp"),
    )  # fmt: skip


def _annotate_actions(w) -> dict[str, Any]:
    """The Annotate and Help menus' actions, and the two submenus filled later."""
    a = _action
    return dict(
        next_suggestion=a(w, _tr("Ne&xt suggestion"), lambda: w.review.step_from_window(1), "F8"),
        previous_suggestion=a(w, _tr("Pre&vious suggestion"), lambda: w.review.step_from_window(-1), "Shift+F8"),
        suggest_document=a(w, _tr("&Suggest for this document"), w.suggest_current, "Ctrl+G"),
        suggest_all=a(w, _tr("Suggest for &all unfinished documents"), w.suggest_unfinished),
        suggest_underthesea=a(w, _tr("underthesea &NER (slower)"), w.toggle_underthesea),
        held_back=a(w, _tr("&Held back by the memory…"), w.show_held_back),
        accept_all=a(w, _tr("&Accept all pending"), w.accept_all_pending),
        reject_all=a(w, _tr("Re&ject all pending"), w.reject_all_pending),
        word_mode=a(w, _tr("Select whole &words"), w.toggle_word_mode, "Ctrl+Shift+W"),
        train=a(w, _tr("&Train model from my annotations…"), w.train_model),
        guidelines=a(w, _tr("Annotation &guidelines"), w.show_guidelines, "F1"),
        shortcuts=a(w, _tr("&Keyboard shortcuts"), w.show_shortcuts, "Ctrl+/"),
        recent_menu=QMenu(_tr("Open &recent"), w),
        view_menu=QMenu(_tr("&View"), w),
    )  # fmt: skip


def build_menus(window) -> WindowActions:
    """Create the menu bar of `window` (a MainWindow) and return its actions."""
    a = _actions(window)
    bar = window.menuBar()
    _file_menu(window, bar.addMenu(_tr("&File")), a)
    _edit_menu(bar.addMenu(_tr("&Edit")), a)
    bar.addMenu(a.view_menu)
    doc_menu = bar.addMenu(_tr("&Document"))
    doc_menu.addActions([a.mark_done, a.reopen, a.mark_reviewed, a.mark_listed_done])
    doc_menu.addActions([a.rename, a.delete_document])
    doc_menu.addSeparator()
    doc_menu.addActions([a.next_document, a.previous_document])
    _annotate_menu(window, bar.addMenu(_tr("&Annotate")), a)
    help_menu = bar.addMenu(_tr("&Help"))
    help_menu.setObjectName(HELP_MENU)  # found by name: its text depends on the language
    help_menu.addActions([a.guidelines, a.shortcuts])
    window.about_action = add_about_action(window, help_menu)
    a.show_arcs.setCheckable(True)
    a.label_tags.setCheckable(True)
    return a


def _file_menu(window, file_menu: QMenu, a: WindowActions) -> None:
    """Projects, the recent ones (listed afresh each time the submenu opens), import and
    export, saving, closing."""
    file_menu.addActions([a.new_project, a.open_project])
    file_menu.addMenu(a.recent_menu)
    a.recent_menu.aboutToShow.connect(lambda: _fill_recent(a.recent_menu, window))
    file_menu.addSeparator()
    file_menu.addActions([a.import_files, a.import_folder, a.export, a.save_as, a.save_copy])
    file_menu.addSeparator()
    file_menu.addActions([a.close_project, a.quit])


def _edit_menu(edit_menu: QMenu, a: WindowActions) -> None:
    """Undo and redo, find, then the label schema and the preferences."""
    edit_menu.addActions([a.undo, a.redo])
    edit_menu.addSeparator()
    edit_menu.addAction(a.find)
    edit_menu.addSeparator()
    edit_menu.addActions([a.schema, a.preferences])


def _annotate_menu(window, annotate: QMenu, a: WindowActions) -> None:
    """Moving between suggestions, suggesting (with the suggesters and the minimum
    confidence as submenus), deciding all pending at once, word mode and training."""
    annotate.addActions([a.next_suggestion, a.previous_suggestion])
    annotate.addSeparator()
    annotate.addActions([a.suggest_document, a.suggest_all])
    a.suggest_underthesea.setCheckable(True)
    a.suggest_underthesea.setToolTip(
        _tr(
            "Also run stock underthesea NER: slower, and it adds little to the rules and the "
            "model on political news; useful for sport, business or culture articles."
        )
    )
    window.suggesters_menu = _suggesters_menu(window, a.suggest_underthesea)
    annotate.addMenu(window.suggesters_menu)
    window.min_confidence_menu = _min_confidence_menu(window)
    annotate.addMenu(window.min_confidence_menu)
    annotate.addAction(a.held_back)
    annotate.addSeparator()
    annotate.addActions([a.accept_all, a.reject_all])
    annotate.addSeparator()
    a.word_mode.setCheckable(True)
    annotate.addAction(a.word_mode)
    annotate.addSeparator()
    annotate.addAction(a.train)


def _suggesters_menu(window, underthesea: QAction) -> QMenu:
    """Which suggesters run and whether the project's memory applies, ticked per project.

    The command line could leave the memory out (`--without-memory`) and
    choose its suggesters; the window offered only underthesea.
    """
    menu = QMenu(_tr("Su&ggesters"), window)
    menu.setToolTipsVisible(True)
    choices = (
        ("rules", _tr("&Rules and gazetteers"), _tr("The political-domain rules and lists.")),
        (
            "model",
            _tr("The &model"),
            _tr("The project's own model once trained, else the shipped base model."),
        ),
        None,
        (
            "memory",
            _tr("&The project's memory"),
            _tr(
                "Extends a suggestion to a longer name marked in a worked document, holds back "
                "one rejected twice and never accepted, and withdraws its copies still pending."
            ),
        ),
    )
    for choice in choices:
        if choice is None:
            menu.addAction(underthesea)
            menu.addSeparator()
            continue
        name, text, tip = choice
        action = menu.addAction(text)
        action.setCheckable(True)
        action.setData(name)
        action.setToolTip(tip)
        action.triggered.connect(lambda checked, n=name: window.set_suggester(n, checked))
    return menu


# The minimums offered in Annotate ▸ Minimum confidence of suggestions (0: any).
MIN_CONFIDENCE_CHOICES = (0.0, 0.5, 0.8, 0.9, 0.95)


def _min_confidence_menu(window) -> QMenu:
    """The project's least confidence for stored suggestions, one checked choice.

    `annotator suggest --min-confidence` could leave the less sure ones out;
    the window could not, so they were reviewed one by one in every document.
    """
    menu = QMenu(_tr("Minimum &confidence of suggestions"), window)
    group = QActionGroup(menu)
    for limit in MIN_CONFIDENCE_CHOICES:
        text = (
            _tr("{percent}% or more").format(percent=round(limit * 100))
            if limit
            else _tr("Any confidence")
        )
        action = menu.addAction(text)
        action.setCheckable(True)
        action.setData(limit)
        group.addAction(action)
        action.triggered.connect(lambda _checked=False, v=limit: window.set_min_confidence(v))
    return menu


def fill_view_menu(actions: WindowActions, docks: dict) -> None:
    """Every panel, then arcs and zoom (the docks exist only once the window is built)."""
    menu = actions.view_menu
    for dock in docks.values():
        menu.addAction(dock.toggleViewAction())
    menu.addAction(actions.reset_layout)  # panels docked as tabs or afloat: back in place
    menu.addSeparator()
    menu.addActions([actions.show_arcs, actions.label_tags])
    menu.addSeparator()
    menu.addActions([actions.zoom_in, actions.zoom_out, actions.zoom_reset])
    menu.addSeparator()
    menu.addAction(actions.messages)  # the status line's messages, whole


def _fill_recent(menu: QMenu, window) -> None:
    menu.clear()
    paths = recent_projects()
    for path in paths:
        action = menu.addAction(Path(path).name.replace("&", "&&"))
        action.setToolTip(path)
        action.triggered.connect(lambda _checked=False, p=path: window.open_project_path(p))
    if not paths:
        menu.addAction(_tr("(none)")).setEnabled(False)
