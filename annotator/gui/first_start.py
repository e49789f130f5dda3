"""The first start: who annotates, the interface language, then a project to open.

The name signs every span, relation and log row, and team work compares
people's layers by it, so the login name of a shared or borrowed computer is
a poor default. Asked once, before the window opens, when no name has been
chosen (core.user_config) and the question was never answered or closed;
someone with a name, and every test that builds a window, never sees it.
The language goes into the QSettings key `ui/language` ("vi", "en", or ""
for the system's), which the interface-language loader reads.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QStandardPaths
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from annotator.app.demo import create_demo_project
from annotator.core.user_config import config_dir, configured_annotator, save_annotator
from annotator.gui import file_dialogs
from annotator.gui.dialog_keys import run_modal
from annotator.gui.file_safety import project_filter
from annotator.gui.i18n import install_translator
from annotator.gui.plaintext import plain_label
from annotator.gui.settings import UI_LANGUAGE, set_preference, user_settings
from annotator.store.project import default_annotator

LANGUAGE_KEY = UI_LANGUAGE  # read by the interface-language loader (gui.i18n)
DONE_KEY = "first_start/done"
# Where the demo and the first new project go: Documents/Annotator, unless this names a folder.
PROJECTS_ENV = "ANNOTATOR_PROJECTS_DIR"
DEMO_FILE = "demo-project.db"
DEMO, NEW, NOTHING = "demo", "new", ""


@dataclass(frozen=True)
class FirstStart:
    """The answers: a name ("" keeps signing with the login name), a language, what to open."""

    name: str
    language: str
    open: str


def is_first_start() -> bool:
    """No annotator name chosen, and the question not asked before."""
    return configured_annotator() is None and user_settings().value(DONE_KEY) is None


def can_ask() -> bool:
    """Whether a person can see and answer the dialog (not under the offscreen platform)."""
    return QGuiApplication.platformName() not in ("offscreen", "minimal")


def projects_folder() -> Path:
    explicit = os.environ.get(PROJECTS_ENV)
    if explicit:
        return Path(explicit)
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents or Path.home()) / "Annotator"


class FirstStartDialog(QDialog):
    """Two questions and, when nothing else is to be opened, the demo or a new project."""

    def __init__(self, *, ask_project: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("first-start")
        self.intro = plain_label("")
        self.intro.setWordWrap(True)
        self.setMinimumWidth(520)
        self.name_edit = QLineEdit(default_annotator(), self)
        self.name_edit.setObjectName("first-run-name")
        self.name_edit.selectAll()
        self.language_box = QComboBox(self)
        for text, code in self.languages():
            self.language_box.addItem(text, code)
        self.name_label, self.language_label = QLabel(self), QLabel(self)
        form = QFormLayout()
        form.addRow(self.name_label, self.name_edit)
        form.addRow(self.language_label, self.language_box)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        self.demo_radio = QRadioButton(self)
        self.new_radio = QRadioButton(self)
        self.demo_radio.setChecked(True)
        self.project_group = QButtonGroup(self)
        for radio in (self.demo_radio, self.new_radio):
            self.project_group.addButton(radio)
            radio.setVisible(ask_project)
            layout.addWidget(radio)
        self.ask_project = ask_project
        buttons = QDialogButtonBox(self)
        # Not a standard button: the box would give it back Qt's "OK" on a language change.
        self.start_button = buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)
        self.language_box.currentIndexChanged.connect(self.show_in_chosen_language)
        self.show_in_chosen_language()
        self.name_edit.setFocus()

    def show_in_chosen_language(self) -> None:
        """Speak the language the box names, at once, so the choice reads as what it gives.

        The box offers Vietnamese first; a dialog left in the system's English
        beside it would not show what Start will open. A closed dialog saves
        nothing, and the start-up installs the saved or system language again.
        """
        install_translator(str(self.language_box.currentData()) or None)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Every text of the dialog in the installed language."""
        self.setWindowTitle(self.tr("Who is annotating?"))
        self.intro.setText(
            self.tr(
                "Your name signs every annotation you make, so a team can compare each "
                "person's work and merge it back. Use the same name in every project "
                "(Edit ▸ Preferences changes it and the language; they are kept in {path})."
            ).format(path=config_dir())
        )
        self.name_label.setText(self.tr("Your name"))
        self.language_label.setText(self.tr("Interface language"))
        self.demo_radio.setText(
            self.tr("Open the demo project: political news articles with suggestions to correct")
        )
        self.new_radio.setText(self.tr("Create a new project for my own articles"))
        self.start_button.setText(self.tr("Start"))
        for index, (text, _code) in enumerate(self.languages()):  # filled before a language
            self.language_box.setItemText(index, text)

    def languages(self) -> list[tuple[str, str]]:
        """The choices of `ui/language`; each language is named in itself."""
        return [
            (self.tr("Tiếng Việt"), "vi"),
            (self.tr("English"), "en"),
            (self.tr("As the system"), ""),
        ]

    def choice(self) -> FirstStart:
        target = (DEMO if self.demo_radio.isChecked() else NEW) if self.ask_project else NOTHING
        return FirstStart(
            name=" ".join(self.name_edit.text().split()),
            language=str(self.language_box.currentData()),
            open=target,
        )


def remember(choice: FirstStart | None) -> None:
    """Save the answers; an unanswered dialog (closed) is not asked again either."""
    if choice is not None:
        if choice.name:
            save_annotator(choice.name)
        set_preference(LANGUAGE_KEY, choice.language)
    set_preference(DONE_KEY, True)
    user_settings().sync()


def ask(*, ask_project: bool) -> FirstStart | None:
    """Show the dialog (modal, before the window) and save the answers; None when closed."""
    dialog = FirstStartDialog(ask_project=ask_project)
    accepted = run_modal(dialog) == QDialog.DialogCode.Accepted  # no window yet to give keys to
    choice = dialog.choice() if accepted else None
    remember(choice)
    dialog.deleteLater()
    install_translator()  # the language saved (or the system's, when closed), not the box's
    return choice


def open_choice(window, choice: FirstStart | None) -> None:
    """Open what the first start chose in `window`: the demo (suggesting on it), or a new project."""
    if choice is None or choice.open == NOTHING:
        return
    folder = projects_folder()
    if choice.open == DEMO:
        path = folder / DEMO_FILE
        fresh = not path.exists()
        create_demo_project(path).close()
        if window.open_project_path(path) and fresh:
            window.first_start_task = window.suggest_unfinished()
        return
    folder.mkdir(parents=True, exist_ok=True)
    path, _ = file_dialogs.save_file_name(
        window,
        QCoreApplication.translate("FirstStartDialog", "New project"),
        str(folder / "project.db"),
        project_filter(),
    )
    if path:
        window.new_project_path(path)
