"""The window's saved panel layout, put back once the project's panels are shown and laid out.

The layout (QMainWindow.saveState) was put back while the window was being
built, its panels hidden until a project opens. Opened from the start page,
Qt then shared the room out again as the panels were shown, and the
Relations panel came back shorter than the linguist left it. So the saved
layout is put back a second time, once: after the window is shown with the
project's panels, when the event loop has laid them out. Closing a project
and opening one in the same window keeps the panels the same way.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QByteArray, QTimer
from PySide6.QtWidgets import QDockWidget

from annotator.gui.settings import restore_window_state, save_window_state


class PanelLayout:
    """Saves the window's size and panels, and puts them back (`window` is a MainWindow)."""

    def __init__(self, window: Any) -> None:
        self.window = window
        self._waiting: QByteArray | None = None  # the saved layout, not yet put back laid out

    def restore(self) -> bool:
        """Put the window and its panels back as saved; False when nothing was saved."""
        self._waiting = restore_window_state(self.window)
        return self._waiting is not None

    def save(self) -> None:
        """Remember the window's size and where its panels are (with the project's shown)."""
        save_window_state(self.window)

    def keep(self) -> None:
        """The project's panels are about to hide (the project closes): the next project opened
        in this window finds them as they are now, not shared out again."""
        self._waiting = self.window.saveState()

    def panels_shown(self) -> None:
        """The project's panels are shown: put the saved layout back once they are laid out."""
        if self._waiting is not None and self.window.isVisible():
            QTimer.singleShot(0, self._put_back)

    def _put_back(self) -> None:
        """The saved sizes, with each panel shown or hidden as it is now: a panel the
        closing project hid (the search) stays hidden, its room left to the lists."""
        state, self._waiting = self._waiting, None
        if state is None or self.window.context is None:
            return
        docks = self.window.findChildren(QDockWidget)
        shown = {dock: dock.isVisible() for dock in docks}
        self.window.restoreState(state)
        for dock, visible in shown.items():
            if dock.isVisible() != visible:
                dock.setVisible(visible)
