"""What the window shows with no project open: open, new, and recent projects."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget

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
        self.open_button = QPushButton("Open project…", self)
        self.new_button = QPushButton("New project…", self)
        self.recent = QListWidget(self)
        self.open_button.clicked.connect(self.openRequested)
        self.new_button.clicked.connect(self.newRequested)
        self.recent.itemActivated.connect(self._on_recent)
        self.recent.itemDoubleClicked.connect(self._on_recent)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        title = plain_label("No project is open.", self)
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(title)
        for button in (self.open_button, self.new_button):
            layout.addWidget(button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(plain_label("Recent projects:", self), 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.recent, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        self.refresh()

    def refresh(self) -> None:
        self.recent.clear()
        for path in recent_projects():
            item = QListWidgetItem(f"{Path(path).name}    {path}", self.recent)
            item.setData(PATH_ROLE, path)

    def _on_recent(self, item: QListWidgetItem) -> None:
        self.recentChosen.emit(item.data(PATH_ROLE))
