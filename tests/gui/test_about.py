"""Help ▸ About, the window title and the application icon."""

from __future__ import annotations

import PySide6
from PySide6.QtWidgets import QApplication

import annotator
from annotator.gui.about import AboutDialog, application_icon
from annotator.gui.app import ensure_application
from annotator.gui.settings import APPLICATION


def _help_menu(window):
    menus = [a.menu() for a in window.menuBar().actions() if a.menu() is not None]
    return next(m for m in menus if m.title().replace("&", "") == "Help")


def test_help_about_shows_version_and_licence(make_window, qtbot):
    window = make_window()
    about = [
        a for a in _help_menu(window).actions() if a.text().replace("&", "").startswith("About")
    ]
    assert about == [window.about_action]
    about[0].trigger()
    dialog = window.last_dialog
    assert isinstance(dialog, AboutDialog)
    qtbot.waitUntil(dialog.isVisible)
    assert APPLICATION in dialog.windowTitle()
    assert annotator.__version__ in dialog.version_label.text()
    assert "GPL-3.0-or-later" in dialog.licence_label.text()
    assert PySide6.__version__ in dialog.runtime_label.text()
    dialog.reject()
    qtbot.waitUntil(lambda: not dialog.isVisible())


def test_the_window_has_the_title_and_the_icon(make_window, demo_path):
    ensure_application()
    icon = QApplication.windowIcon()
    assert not icon.isNull() and not application_icon().pixmap(64, 64).isNull()
    assert QApplication.applicationVersion() == annotator.__version__
    window = make_window(demo_path)
    assert window.windowTitle().endswith(f"— {APPLICATION}")
    assert "demo.db" in window.windowTitle()
