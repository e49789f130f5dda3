"""Starting the GUI: the QApplication, then the main window with a project."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from annotator import __version__
from annotator.app.desktop import DESKTOP_ID
from annotator.gui.about import application_icon
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
    QApplication.setApplicationVersion(__version__)
    QApplication.setWindowIcon(application_icon())
    QGuiApplication.setDesktopFileName(DESKTOP_ID)  # Wayland: the menu entry's icon and name
    return app  # type: ignore[return-value]


def create_main_window(project: str | Path | None = None):
    """A main window showing `project`, else the last project, else the start page."""
    from annotator.gui.main_window import MainWindow

    window = MainWindow()
    path = project if project is not None else last_project()
    if path is not None:
        window.open_project_path(path)
    return window


def start_window(project: str | None = None, *, ask: bool | None = None):
    """The shown main window of `python main.py [PROJECT]`.

    On the very first start, the first-start questions come before the window
    (so their language choice is known when it is built), and what they chose
    to open is opened in it. `ask` (default: whether anyone can see a dialog,
    not so offscreen) allows the questions at all.
    """
    from annotator.gui import first_start

    choice = None
    if (first_start.can_ask() if ask is None else ask) and first_start.is_first_start():
        # It leaves the language just chosen installed, before the window is built.
        choice = first_start.ask(ask_project=project is None and last_project() is None)
    window = create_main_window(project)
    window.show()
    take_the_keys(window)
    first_start.open_choice(window, choice)
    return window


def take_the_keys(window) -> None:
    """Ask for the keyboard for the window just shown, as a window manager would give it.

    With no window manager (a bare X server, some kiosk and remote sessions)
    nothing gives a new window the keys: after the first-start questions the
    keyboard was left with the screen's root, and every key typed into the
    window went nowhere until something in it was clicked. Asking costs
    nothing where a window manager has already given them.
    """
    window.raise_()
    window.activateWindow()


def main(argv: list[str] | None = None) -> int:
    """`python main.py [PROJECT]`: open PROJECT (or the last one) and run."""
    args = list(sys.argv[1:] if argv is None else argv)
    paths = [a for a in args if not a.startswith("-")]
    app = ensure_application()
    install_translator()  # before any window or question: the system's language or the chosen one
    _window = start_window(paths[0] if paths else None)  # alive while the loop runs
    return app.exec()
