"""The first run asks who annotates: the name that signs every span, relation and log row.

Team work compares people's layers by that name, so the login name of a
shared or borrowed computer is a poor default. Asked once, before the
window opens, when no name has been chosen (Preferences changes it later).
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLineEdit, QVBoxLayout, QWidget

from annotator.core.user_config import config_dir, configured_annotator, save_annotator
from annotator.gui.plaintext import plain_label
from annotator.store import default_annotator


class AnnotatorNameDialog(QDialog):
    """Who annotates on this computer; OK saves the name (the login name when left as it is)."""

    def __init__(self, os_login: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Who is annotating?"))
        self.name_edit = QLineEdit(os_login, self)
        self.name_edit.setObjectName("first-run-name")
        self.name_edit.selectAll()
        self.setMinimumWidth(460)
        text = plain_label(
            self.tr(
                "Your name signs every annotation you make, so a team can compare each "
                "person's work and merge it back. Use the same name in every project "
                "(Preferences changes it; it is kept in {path})."
            ).format(path=config_dir()),
            self,
        )
        text.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok, self)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.name_edit)
        layout.addWidget(buttons)
        self.accepted.connect(self.save)

    def save(self) -> None:
        save_annotator(self.name_edit.text())


def needs_annotator_name() -> bool:
    """True on the first run: no name has been chosen yet."""
    return configured_annotator() is None


def ask_annotator_name() -> None:
    """Ask for the name (modal) when none has been chosen; closing the dialog keeps the login."""
    if needs_annotator_name():
        AnnotatorNameDialog(default_annotator()).exec()
