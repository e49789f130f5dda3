"""The main window's size and place: the size it had last time, else one that fits the screen.

A linguist's laptop often has a 1366x768 screen, less a panel or two: the
window must open whole there, title bar and status bar included, or its
buttons and the status line start below the screen's edge. The preferred
first size (1280x820) is therefore cut to the screen's available geometry
less room for the frame the window manager adds, and a saved geometry that
no longer fits (a larger monitor unplugged) is brought back onto the screen.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

PREFERRED = QSize(1280, 820)
# Room outside the window's geometry for the title bar and borders of the
# window manager's frame (the frame is not known until the window is shown).
FRAME_WIDTH = 16
FRAME_HEIGHT = 48


def first_geometry(available: QRect, preferred: QSize = PREFERRED) -> QRect:
    """The window's first geometry on a screen whose available part is `available`: centred."""
    width = max(1, min(preferred.width(), available.width() - FRAME_WIDTH))
    height = max(1, min(preferred.height(), available.height() - FRAME_HEIGHT))
    geometry = QRect(0, 0, width, height)
    geometry.moveCenter(available.center())
    return kept_on(geometry, available)


def kept_on(geometry: QRect, available: QRect) -> QRect:
    """`geometry` made to fit `available` (frame room kept): smaller if it must, then moved in."""
    width = min(geometry.width(), max(1, available.width() - FRAME_WIDTH))
    height = min(geometry.height(), max(1, available.height() - FRAME_HEIGHT))
    left = min(
        max(geometry.left(), available.left() + FRAME_WIDTH // 2),
        available.right() - FRAME_WIDTH // 2 - width + 1,
    )
    top = min(
        max(geometry.top(), available.top() + FRAME_HEIGHT - FRAME_WIDTH // 2),
        available.bottom() - FRAME_WIDTH // 2 - height + 1,
    )
    return QRect(left, top, width, height)


def available_geometry(window: QWidget) -> QRect:
    """The available geometry of the screen the window is on (the primary one before it shows)."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def fit_first_size(window: QWidget) -> None:
    """Give a new window the preferred size, cut to its screen."""
    window.setGeometry(first_geometry(available_geometry(window)))


def keep_on_screen(window: QWidget) -> None:
    """After a saved geometry was restored: make sure the whole window is on its screen."""
    if window.isMaximized() or window.isFullScreen():
        return  # the window manager fits it
    available = available_geometry(window)
    fitted = kept_on(window.geometry(), available)
    if fitted != window.geometry():
        window.setGeometry(fitted)
