"""Starting the GUI: the QApplication, then the main window with a project."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from annotator.gui.i18n import install_translator
from annotator.gui.settings import APPLICATION, ORGANISATION, last_project


def ensure_application(argv: list[str] | None = None) -> QApplication:
    """The running QApplication, created with the names QSettings uses."""
    app = QApplication.instance()
    if app is None:
        app = QApplication([sys.argv[0] if sys.argv else "annotator", *(argv or [])])
    if not QApplication.organizationName():  # tests set their own, to stay off the user's
        QApplication.setOrganizationName(ORGANISATION)
        QApplication.setApplicationName(APPLICATION)
    return app  # type: ignore[return-value]


def create_main_window(project: str | Path | None = None):
    """A main window showing `project`, else the last project, else the start page."""
    from annotator.gui.main_window import MainWindow

    window = MainWindow()
    path = project if project is not None else last_project()
    if path is not None:
        window.open_project_path(path)
    return window


def main(argv: list[str] | None = None) -> int:
    """`python main.py [PROJECT]`: open PROJECT (or the last one) and run."""
    args = list(sys.argv[1:] if argv is None else argv)
    paths = [a for a in args if not a.startswith("-")]
    app = ensure_application()
    install_translator()  # before any window or question: the system's language or the chosen one
    from annotator.gui.first_run import ask_annotator_name

    ask_annotator_name()
    window = create_main_window(paths[0] if paths else None)
    window.show()
    return app.exec()
