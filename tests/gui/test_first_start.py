"""The first start asks the name and language once, then opens the demo or a new project."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from annotator.core.user_config import configured_annotator, save_annotator
from annotator.gui import file_dialogs, first_start
from annotator.gui.app import start_window
from annotator.gui.first_start import DEMO_FILE, LANGUAGE_KEY, FirstStartDialog
from annotator.gui.settings import remember_project, user_settings
from annotator.store import default_annotator
from tests.gui.helpers import type_text


@pytest.fixture
def projects(tmp_path, monkeypatch) -> Path:
    folder = tmp_path / "Annotator"
    monkeypatch.setenv(first_start.PROJECTS_ENV, str(folder))
    return folder


@pytest.fixture
def started(qtbot):
    """start_window as main() calls it; every window it made is closed afterwards."""
    windows = []

    def start(project=None):
        window = start_window(project, ask=True)  # offscreen: main() would not ask
        qtbot.addWidget(window)
        windows.append(window)
        return window

    yield start
    for window in windows:
        qtbot.waitUntil(lambda w=window: not w.tasks, timeout=240_000)
        window.close_project()


def _shown_dialog() -> FirstStartDialog | None:
    widget = QApplication.activeModalWidget()
    return widget if isinstance(widget, FirstStartDialog) and widget.isVisible() else None


def _answer(qtbot, seen: list, *, name="", language="", new=False, close=False):
    """When the first-start dialog is up, answer it by keyboard and mouse as a person would."""

    attempts = iter(range(500))

    def act() -> None:
        dialog = _shown_dialog()
        if dialog is None:  # not shown yet: look again in a moment (for up to 10 s)
            if next(attempts, None) is not None:
                QTimer.singleShot(20, act)
            return
        seen.append(dialog)
        if close:
            qtbot.keyClick(dialog, Qt.Key.Key_Escape)
            return
        dialog.name_edit.clear()  # it offers the login name, selected
        type_text(dialog.name_edit, name)
        box = dialog.language_box
        box.setFocus()
        while box.currentData() != language:
            qtbot.keyClick(box, Qt.Key.Key_Down)
        if new:
            qtbot.mouseClick(dialog.new_radio, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, act)


def _never_asked(seen: list) -> None:
    """Closes a first-start dialog that should not have appeared (instead of hanging)."""

    def check() -> None:
        dialog = _shown_dialog()
        if dialog is not None:
            seen.append(dialog)
            dialog.reject()

    QTimer.singleShot(0, check)


def test_first_start_asks_name_and_language_then_opens_the_demo(qtbot, started, projects):
    assert first_start.is_first_start()
    seen: list = []
    _answer(qtbot, seen, name="Nguyễn Thị An", language="vi")
    window = started()
    assert len(seen) == 1 and seen[0].demo_radio.isVisibleTo(seen[0])
    assert configured_annotator() == "Nguyễn Thị An"
    assert user_settings().value(LANGUAGE_KEY) == "vi"
    assert window.context is not None and window.context.path == projects / DEMO_FILE
    assert window.project.annotator == "Nguyễn Thị An"
    qtbot.waitUntil(lambda: not window.tasks, timeout=240_000)  # the demo's suggestions
    rows = window.project.document_rows(limit=100)
    assert len(rows) >= 5 and sum(r.pending_count for r in rows) > 0
    assert not first_start.is_first_start()


def test_asked_once_only(qtbot, started, projects):
    seen: list = []
    _answer(qtbot, seen, close=True)  # closed without answering
    started().close_project()
    assert len(seen) == 1
    assert configured_annotator() is None and user_settings().value(LANGUAGE_KEY) is None
    assert not first_start.is_first_start()
    _never_asked(seen)
    started()
    assert len(seen) == 1


def test_a_new_project_in_the_projects_folder(qtbot, started, projects, monkeypatch):
    asked = []

    def save_dialog(parent, title, suggested, filters):
        """The platform's file dialog: the person accepts the suggested file."""
        asked.append(suggested)
        return suggested, filters

    monkeypatch.setattr(file_dialogs, "save_file_name", save_dialog)
    _answer(qtbot, [], name="Bình", language="en", new=True)
    window = started()
    assert asked == [str(projects / "project.db")]
    assert window.context is not None and window.context.path == projects / "project.db"
    assert window.project.document_count() == 0
    assert user_settings().value(LANGUAGE_KEY) == "en"


def test_a_project_named_on_the_command_line_is_opened_instead(qtbot, started, demo_path):
    seen: list = []
    _answer(qtbot, seen, name="Chi", language="")
    window = started(str(demo_path))
    assert len(seen) == 1 and not seen[0].demo_radio.isVisibleTo(seen[0])
    assert window.context.path == demo_path
    assert user_settings().value(LANGUAGE_KEY) == ""  # the system's language
    assert configured_annotator() == "Chi"


def test_nobody_is_asked_where_nobody_can_see(qtbot, demo_path):
    """Offscreen (tests, scripts) main() never waits for an answer: the window opens."""
    assert first_start.is_first_start() and not first_start.can_ask()
    seen: list = []
    _never_asked(seen)
    window = start_window(str(demo_path))
    qtbot.addWidget(window)
    assert seen == [] and window.context.path == demo_path
    window.close_project()


def test_someone_with_a_name_is_not_asked(qtbot, started, demo_path):
    save_annotator("Dũng")
    assert not first_start.is_first_start()
    seen: list = []
    _never_asked(seen)
    started(str(demo_path))
    assert seen == []


def test_someone_who_used_it_before_without_a_name_is_asked_once(qtbot, started, demo_path):
    """Signed with the login name so far: asked once, without the project question."""
    remember_project(demo_path)
    assert first_start.is_first_start()
    seen: list = []
    _answer(qtbot, seen, name="Giang", language="en")
    window = started()
    assert len(seen) == 1 and not seen[0].demo_radio.isVisibleTo(seen[0])
    assert window.context.path == demo_path.resolve() and configured_annotator() == "Giang"
    assert not first_start.is_first_start()


def test_the_login_name_is_offered_and_kept_when_accepted(qtbot):
    dialog = FirstStartDialog(ask_project=False)
    qtbot.addWidget(dialog)
    assert dialog.name_edit.text() == default_annotator()
    assert dialog.name_edit.selectedText() == default_annotator()  # typing replaces it
    dialog.accept()
    first_start.remember(dialog.choice())
    assert configured_annotator() == " ".join(default_annotator().split())


def test_the_dialog_speaks_the_language_its_box_names(qtbot):
    dialog = FirstStartDialog(ask_project=True)
    qtbot.addWidget(dialog)
    assert dialog.language_box.currentData() == "vi"  # Vietnamese is offered first
    qtbot.wait(50)  # the language change reaches every widget as an event
    assert dialog.start_button.text() == "Bắt đầu"
    assert dialog.windowTitle() != "Who is annotating?"
    dialog.language_box.setFocus()
    qtbot.keyClick(dialog.language_box, Qt.Key.Key_Down)
    qtbot.wait(50)  # the language change reaches every widget as an event
    assert dialog.language_box.currentData() == "en"
    assert dialog.start_button.text() == "Start"
    assert dialog.windowTitle() == "Who is annotating?"
    assert dialog.new_radio.text() == "Create a new project for my own articles"
    qtbot.keyClick(dialog.language_box, Qt.Key.Key_Up)
    assert "Tên của bạn" in dialog.intro.text()


def test_every_choice_of_the_language_box_speaks_the_dialogs_language(qtbot):
    dialog = FirstStartDialog(ask_project=True)
    qtbot.addWidget(dialog)
    qtbot.wait(50)  # the language change reaches every widget as an event
    box = dialog.language_box
    assert [box.itemText(i) for i in range(box.count())] == [
        "Tiếng Việt", "English", "Theo hệ thống",
    ]  # fmt: skip
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Down)
    qtbot.wait(50)
    assert box.itemText(2) == "As the system" and box.itemData(2) == ""


def _answer_by_keys(qtbot, seen: list, name: str, *, tabs: int) -> None:
    """Answer with the keyboard alone: the name, Tab past the language (and the project
    choice, when asked) to Start, then Enter."""

    def act() -> None:
        dialog = _shown_dialog()
        if dialog is None or QApplication.focusWidget() is not dialog.name_edit:
            QTimer.singleShot(20, act)  # the keys go to the name as soon as the dialog shows
            return
        seen.append(dialog)
        type_text(dialog.name_edit, name)  # the offered name is selected: replaced
        for _ in range(tabs):
            qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)

    QTimer.singleShot(0, act)


def test_the_first_start_is_answered_by_keys_and_the_window_asks_for_them(
    qtbot, started, demo_path, monkeypatch
):
    """With no window manager nothing gives the window the keys after the questions (the
    offscreen platform gives them to every window shown, so the request is what is checked)."""
    from annotator.gui.main_window import MainWindow

    asked_for_keys: list = []
    original = MainWindow.activateWindow

    def activate(window) -> None:
        asked_for_keys.append(window)
        original(window)

    monkeypatch.setattr(MainWindow, "activateWindow", activate)
    seen: list = []
    _answer_by_keys(qtbot, seen, "Hà", tabs=2)  # the language, Start
    window = started(str(demo_path))
    assert len(seen) == 2 and seen[1] is seen[0].start_button  # Tab reached Start
    assert configured_annotator() == "Hà"
    assert asked_for_keys and asked_for_keys[0] is window
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.editor, timeout=3000)
    qtbot.keyClick(window.editor, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.find_bar.isVisible()
