"""GUI fixtures: private QSettings, demo projects and real main windows."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings

SCREENSHOTS = Path(__file__).resolve().parents[1] / "output" / "screenshots"


@pytest.fixture(scope="session", autouse=True)
def english_catalogue(qapp) -> None:
    """The English catalogue, as the application installs one at start.

    English counts agree with their number through it ("1 hit", "2 hits"):
    without it the window would show the hedged source text, "2 hit(s)".
    """
    from annotator.gui.i18n import install_translator

    install_translator("en")


@pytest.fixture(autouse=True)
def private_settings(qapp, tmp_path_factory) -> Iterator[Path]:
    """Point QSettings at a temporary folder so tests never touch the user's.

    The interface language is the application's, not the settings': a test
    that chose Vietnamese (the first-start dialog installs the language its
    box names) leaves English behind for the next one.
    """
    folder = tmp_path_factory.mktemp("qsettings")
    QCoreApplication.setOrganizationName("annotator-tests")
    QCoreApplication.setApplicationName("annotator-tests")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    QSettings().clear()
    yield folder
    from annotator.gui.i18n import current_language, install_translator

    if current_language() != "en":
        install_translator("en")


@pytest.fixture
def vietnamese(qapp) -> Iterator[None]:
    """The interface in Vietnamese for one test (English again after it)."""
    from tests.gui.i18n_support import vietnamese_interface

    with vietnamese_interface():
        yield


@pytest.fixture
def demo_path(tmp_path) -> Path:
    """A fresh demo project file (the seed article and the demo articles)."""
    from annotator.app.demo import create_demo_project

    path = tmp_path / "demo.db"
    create_demo_project(path).close()
    return path


@pytest.fixture
def make_window(qtbot) -> Callable:
    """Factory: a real, shown MainWindow, optionally with a project open.

    Every window is closed at teardown, which also closes its project.
    """
    from annotator.gui.app import create_main_window

    windows = []

    def factory(project: Path | None = None, *, size=(1280, 820)):
        window = create_main_window(project)
        qtbot.addWidget(window)
        window.resize(*size)
        with qtbot.waitExposed(window):
            window.show()
        with qtbot.waitActive(window):  # window shortcuts (Ctrl+Z...) need an active window
            window.activateWindow()
        window.editor.setFocus()
        windows.append(window)
        return window

    yield factory
    for window in windows:
        window.close_project()


@pytest.fixture
def screenshots() -> Path:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    return SCREENSHOTS


@pytest.fixture
def gate(monkeypatch):
    """Each background search-index batch waits for a permit of this semaphore (then the real
    batch runs), so a test decides when the window's indexer moves on."""
    import threading

    from annotator.store import search_backlog

    permits = threading.Semaphore(0)
    real = search_backlog.index_batch

    def gated(conn, **kwargs):
        permits.acquire(timeout=20)
        return real(conn, **kwargs)

    monkeypatch.setattr(search_backlog, "index_batch", gated)
    return permits
