"""Moving a window that stays open off the place it has just shown in the text.

The held-back window (820 x 480) opened a rejected place and stayed over it
on a 1366 x 768 screen: the reviewer saw the window, not the place. It goes
below the place or above it, where there is room, and is made lower when
neither side has room for all of it.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit, QWidget

# Lines kept clear above and below the place, so the words around it read too.
LINES_AROUND = 2
# Lowest a window is made to stay clear of the place (its list still shows a few rows).
LOWEST = 200


def place_on_screen(editor: QTextEdit | QPlainTextEdit) -> QRect:
    """The caret's line in the editor, with a few lines around it, in screen coordinates."""
    caret = editor.cursorRect()
    line = max(caret.height(), editor.fontMetrics().height())
    top_left = editor.viewport().mapToGlobal(QPoint(0, caret.top()))
    place = QRect(top_left.x(), top_left.y(), editor.viewport().width(), caret.height())
    return place.adjusted(0, -line * LINES_AROUND, 0, line * LINES_AROUND)


def keep_clear(window: QWidget, place: QRect) -> None:
    """Move (and if need be lower) `window` so its frame leaves `place` in sight."""
    frame = window.frameGeometry()
    if not frame.intersects(place):
        return
    screen = window.screen().availableGeometry()
    extra = frame.height() - window.height()  # the title bar and borders
    below = screen.bottom() - place.bottom()
    above = place.top() - screen.top()
    room = max(below, above)
    height = min(frame.height(), room)
    if height < LOWEST + extra:
        return  # no room either side: better over the place than too low to use
    if height < frame.height():
        window.resize(window.width(), height - extra)
    top = place.bottom() + 1 if below >= above else place.top() - height
    window.move(frame.left(), top)
