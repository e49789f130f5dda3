"""The main window's menus and shortcuts, built in one place."""

from __future__ import annotations

from dataclasses import dataclass, fields
from pathlib import Path

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from annotator.gui.settings import recent_projects


@dataclass
class WindowActions:
    """Every action of the window; those in PROJECT_ACTIONS need an open project."""

    new_project: QAction
    open_project: QAction
    import_files: QAction
    import_folder: QAction
    export: QAction
    save_as: QAction
    close_project: QAction
    quit: QAction
    undo: QAction
    redo: QAction
    mark_done: QAction
    next_document: QAction
    previous_document: QAction
    schema: QAction
    suggest_document: QAction
    suggest_all: QAction
    accept_all: QAction
    reject_all: QAction
    word_mode: QAction
    train: QAction
    guidelines: QAction
    recent_menu: QMenu

    PROJECT_ACTIONS = (
        "import_files", "import_folder", "export", "save_as", "close_project", "undo", "redo",
        "mark_done", "next_document", "previous_document", "schema", "suggest_document",
        "suggest_all", "accept_all", "reject_all", "word_mode", "train",
    )  # fmt: skip

    def set_project_open(self, is_open: bool) -> None:
        for name in self.PROJECT_ACTIONS:
            getattr(self, name).setEnabled(is_open)

    def all_actions(self) -> list[QAction]:
        return [getattr(self, f.name) for f in fields(self) if f.name != "recent_menu"]


def _action(window: QMainWindow, text: str, slot, *shortcuts) -> QAction:
    action = QAction(text, window)
    keys = [QKeySequence(s) for s in shortcuts]
    if keys:
        action.setShortcuts(keys)
    action.triggered.connect(lambda _checked=False: slot())
    window.addAction(action)  # shortcuts work wherever the focus is in the window
    return action


def build_menus(window) -> WindowActions:
    """Create the menu bar of `window` (a MainWindow) and return its actions."""
    a = WindowActions(
        new_project=_action(window, "&New project…", window.ask_new_project, QKeySequence.StandardKey.New),
        open_project=_action(window, "&Open project…", window.ask_open_project, QKeySequence.StandardKey.Open),
        import_files=_action(window, "&Import files…", window.ask_import_files, "Ctrl+I"),
        import_folder=_action(window, "Import &folder…", window.ask_import_folder),
        export=_action(window, "&Export…", window.show_export_dialog, "Ctrl+E"),
        save_as=_action(window, "Save project &as…", window.ask_save_as, QKeySequence.StandardKey.SaveAs),
        close_project=_action(window, "&Close", window.close_project, "Ctrl+W"),
        quit=_action(window, "&Quit", window.close, QKeySequence.StandardKey.Quit),
        undo=_action(window, "&Undo", window.undo, "Ctrl+Z"),
        redo=_action(window, "&Redo", window.redo, "Ctrl+Shift+Z", "Ctrl+Y"),
        mark_done=_action(window, "Mark &done and go to next", window.mark_done_and_next, "Ctrl+Return", "Ctrl+Enter"),
        next_document=_action(window, "&Next document", lambda: window.step_document(1), "Ctrl+PgDown"),
        previous_document=_action(window, "&Previous document", lambda: window.step_document(-1), "Ctrl+PgUp"),
        schema=_action(window, "Label &schema…", window.show_schema_dialog),
        suggest_document=_action(window, "&Suggest for this document", window.suggest_current, "Ctrl+G"),
        suggest_all=_action(window, "Suggest for &all unfinished documents", window.suggest_unfinished),
        accept_all=_action(window, "&Accept all pending", window.accept_all_pending),
        reject_all=_action(window, "Re&ject all pending", window.reject_all_pending),
        word_mode=_action(window, "Select whole &words", window.toggle_word_mode, "Ctrl+Shift+W"),
        train=_action(window, "&Train model from my annotations…", window.train_model),
        guidelines=_action(window, "Annotation &guidelines", window.show_guidelines, "F1"),
        recent_menu=QMenu("Open &recent", window),
    )  # fmt: skip
    bar = window.menuBar()
    file_menu = bar.addMenu("&File")
    file_menu.addActions([a.new_project, a.open_project])
    file_menu.addMenu(a.recent_menu)
    a.recent_menu.aboutToShow.connect(lambda: _fill_recent(a.recent_menu, window))
    file_menu.addSeparator()
    file_menu.addActions([a.import_files, a.import_folder, a.export, a.save_as])
    file_menu.addSeparator()
    file_menu.addActions([a.close_project, a.quit])
    edit_menu = bar.addMenu("&Edit")
    edit_menu.addActions([a.undo, a.redo])
    edit_menu.addSeparator()
    edit_menu.addAction(a.schema)
    doc_menu = bar.addMenu("&Document")
    doc_menu.addActions([a.mark_done, a.next_document, a.previous_document])
    annotate = bar.addMenu("&Annotate")
    annotate.addActions([a.suggest_document, a.suggest_all])
    annotate.addSeparator()
    annotate.addActions([a.accept_all, a.reject_all])
    annotate.addSeparator()
    a.word_mode.setCheckable(True)
    annotate.addAction(a.word_mode)
    annotate.addSeparator()
    annotate.addAction(a.train)
    bar.addMenu("&Help").addAction(a.guidelines)
    return a


def _fill_recent(menu: QMenu, window) -> None:
    menu.clear()
    paths = recent_projects()
    for path in paths:
        action = menu.addAction(Path(path).name.replace("&", "&&"))
        action.setToolTip(path)
        action.triggered.connect(lambda _checked=False, p=path: window.open_project_path(p))
    if not paths:
        menu.addAction("(none)").setEnabled(False)
