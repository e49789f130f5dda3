"""What the window shows with no project open: open, new, and recent projects."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from annotator.gui.i18n import application_title
from annotator.gui.plaintext import plain_label
from annotator.gui.settings import recent_projects

PATH_ROLE = Qt.ItemDataRole.UserRole + 1


class StartPage(QWidget):
    """Buttons for a new or existing project and the recent list."""

    openRequested = Signal()
    newRequested = Signal()
    recentChosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.open_button = QPushButton(self.tr("Open project…"), self)
        self.new_button = QPushButton(self.tr("New project…"), self)
        self.recent = QListWidget(self)
        self.open_button.clicked.connect(self.openRequested)
        self.new_button.clicked.connect(self.newRequested)
        self.recent.itemActivated.connect(self._on_recent)
        self.recent.itemDoubleClicked.connect(self._on_recent)
        self.recent.setMaximumSize(640, 220)  # no minimum: the page must not widen the window
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addStretch(1)
        self._add_heading(layout)
        self._add_buttons(layout)
        layout.addSpacing(12)
        layout.addWidget(
            plain_label(self.tr("Recent projects:"), self), 0, Qt.AlignmentFlag.AlignHCenter
        )
        centred = QHBoxLayout()
        centred.addStretch(1)
        centred.addWidget(self.recent, 4)
        centred.addStretch(1)
        layout.addLayout(centred)
        layout.addStretch(2)
        self.refresh()

    def _add_buttons(self, layout: QVBoxLayout) -> None:
        """Open and New, centred, each wider than its text so it reads as the page's choice."""
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.open_button, self.new_button):
            button.setMinimumWidth(button.sizeHint().width() + 40)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)

    def _add_heading(self, layout: QVBoxLayout) -> None:
        """The program's name, large and bold, and what to do when no project is open."""
        heading = plain_label(application_title(), self)
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        heading.setFont(font)
        title = plain_label(
            self.tr("No project is open. Open one, or create a new project and import articles."),
            self,
        )
        title.setWordWrap(True)
        for label in (heading, title):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(label)

    def refresh(self) -> None:
        self.recent.clear()
        for path in recent_projects():
            item = QListWidgetItem(f"{Path(path).name}    {path}", self.recent)
            item.setData(PATH_ROLE, path)
        if self.recent.count():
            self.recent.setCurrentRow(0)

    def take_keys(self) -> None:
        """The keys on the page's first choice: the latest project (Enter opens it), else Open.

        After Ctrl+W the keys fell on the Open button, where Enter does nothing,
        and the project just closed could only be opened again with the mouse.
        """
        first = self.recent if self.recent.count() else self.open_button
        first.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_recent(self, item: QListWidgetItem) -> None:
        self.recentChosen.emit(item.data(PATH_ROLE))
