"""A plain-text layout that leaves room above lines: for relation arcs and between paragraphs.

QPlainTextDocumentLayout ignores line height and block margins, so this
layout moves the lines of a block apart itself: whenever Qt asks where a
block is, its lines are checked against the room asked for (by a planner,
per line) and laid out again if they do not match. Painting, hit tests and
cursor rectangles all read the moved lines, so the room is real space that
text never enters.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QTextBlock, QTextDocument, QTextLayout
from PySide6.QtWidgets import QPlainTextDocumentLayout

# (block, text ranges of its lines) -> room above each line, in pixels.
RoomPlanner = Callable[[QTextBlock, list[tuple[int, int]]], list[float]]
_TOLERANCE = 0.25


class RoomyLayout(QPlainTextDocumentLayout):
    """Lays out like QPlainTextDocumentLayout, then opens the room the planner asks for."""

    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self._planner: RoomPlanner | None = None
        self._generation: Callable[[], int] = lambda: 0
        # Block number -> what its lines were last checked against. Qt asks for a
        # block's rectangle hundreds of times per key press (scrolling to the
        # caret walks blocks): a block already checked costs a dictionary lookup.
        self._checked: dict[int, tuple] = {}
        self.asked = 0  # calls, for tests and benchmarks

    def set_planner(self, planner: RoomPlanner | None, generation: Callable[[], int]) -> None:
        """`planner` gives the room per line; `generation` changes whenever its answers may."""
        self._planner = planner
        self._generation = generation
        self._checked.clear()

    def blockBoundingRect(self, block: QTextBlock) -> QRectF:  # noqa: N802 (Qt override)
        self.asked += 1
        rect = super().blockBoundingRect(block)
        planner = self._planner
        if planner is None or not block.isValid() or not block.isVisible():
            return rect
        layout = block.layout()
        count = layout.lineCount()
        if not count:
            return rect
        # A layout Qt redid (a format change, a new width) changes the rectangle.
        stamp = (self._generation(), rect.width(), rect.height())
        number = block.blockNumber()
        if self._checked.get(number) == stamp:
            return rect
        lines = [layout.lineAt(i) for i in range(count)]
        room = planner(block, [(line.textStart(), line.textLength()) for line in lines])
        if len(room) != count or not _placed(lines, room):
            _lay_out_again(layout, room)
            rect = super().blockBoundingRect(block)
        self._checked[number] = (self._generation(), rect.width(), rect.height())
        return rect


def _placed(lines: list, room: list[float]) -> bool:
    """Whether each line already sits below the room planned above it."""
    y = 0.0
    for line, gap in zip(lines, room, strict=True):
        y += gap
        if abs(line.y() - y) > _TOLERANCE:
            return False
        y += line.height()
    return True


def _lay_out_again(layout: QTextLayout, room: list[float]) -> None:
    first = layout.lineAt(0)
    x, width = first.x(), first.width()
    layout.beginLayout()
    y, i = 0.0, 0
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLeadingIncluded(True)
        line.setLineWidth(width)
        y += room[i] if i < len(room) else 0.0
        line.setPosition(QPointF(x, y))
        y += line.height()
        i += 1
    layout.endLayout()
