"""The application's face: its icon, and Help ▸ About with version and licence."""

from __future__ import annotations

import platform

import PySide6
from PySide6.QtCore import Qt, qVersion
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QVBoxLayout,
    QWidget,
)

from annotator import __license__, __version__
from annotator.core.resources import resource_path
from annotator.gui.dialog_keys import open_modal
from annotator.gui.i18n import _tr, application_title
from annotator.gui.plaintext import plain_label


def application_icon() -> QIcon:
    """The icon drawn in resources/icons/annotator.svg (window, task bar, desktop entry)."""
    return QIcon(str(resource_path("icons", "annotator.svg")))


class AboutDialog(QDialog):
    """Name, version, licence and the versions of what it runs on (for bug reports)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("about-dialog")
        self.setWindowTitle(self.tr("About {name}").format(name=application_title()))
        picture = QLabel()
        picture.setPixmap(application_icon().pixmap(96, 96))
        picture.setAlignment(Qt.AlignmentFlag.AlignTop)
        title = plain_label(application_title())
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        title.setFont(font)
        self.version_label = plain_label(self.tr("Version {version}").format(version=__version__))
        self.licence_label = plain_label(self.licence_text())
        self.runtime_label = plain_label(self.runtime_text())
        blurb = plain_label(
            self.tr(
                "Annotate people, their roles and events in Vietnamese political news, "
                "offline, and export training data."
            )
        )
        column = QVBoxLayout()
        for label in (title, self.version_label, blurb, self.licence_label, self.runtime_label):
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            column.addWidget(label)
        row = QHBoxLayout()
        row.addWidget(picture)
        row.addLayout(column, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(buttons)
        self.resize(520, self.sizeHint().height())

    def licence_text(self) -> str:
        return self.tr(
            "Licence: {licence} (GNU General Public License, version 3 or any later version). "
            "This program is free software: you may share and change it under that licence. "
            "It comes with ABSOLUTELY NO WARRANTY."
        ).format(licence=__license__)

    def runtime_text(self) -> str:
        return self.tr("Python {python}, Qt {qt}, PySide6 {pyside}").format(
            python=platform.python_version(), qt=qVersion(), pyside=PySide6.__version__
        )


def add_about_action(window: QWidget, menu: QMenu) -> QAction:
    """Help ▸ About…: opens the dialog without blocking the window (kept as `last_dialog`)."""

    def show() -> None:
        dialog = AboutDialog(window)
        window.last_dialog = dialog  # type: ignore[attr-defined]
        open_modal(dialog)

    action = QAction(_tr("&About {name}").format(name=application_title()), window)
    action.setMenuRole(QAction.MenuRole.AboutRole)
    action.triggered.connect(lambda _checked=False: show())
    menu.addSeparator()
    menu.addAction(action)
    return action
