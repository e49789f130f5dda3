"""Viewport geometry of the editor: visible blocks, rectangles of ranges, scrolling."""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QTextBlock, QTextCursor

# (rectangle of one line's part of a range, y of that line's baseline)
LineBox = tuple[QRectF, float]


class ViewMixin:
    """Where ranges of code points are on screen, and where the view is scrolled."""

    def visible_blocks(self) -> dict[int, tuple[QTextBlock, QRectF]]:
        """Block number -> (block, geometry in viewport coordinates) for what is on screen."""
        visible: dict[int, tuple[QTextBlock, QRectF]] = {}
        block = self.firstVisibleBlock()
        if not block.isValid():
            return visible
        # As QPlainTextEdit paints: the first block placed by Qt, the next ones
        # below it. blockBoundingGeometry walks from the top block every time,
        # which costs a quadratic number of layout calls over a screenful.
        geometry = self.blockBoundingGeometry(block).translated(self.contentOffset())
        height = self.viewport().height()
        while block.isValid() and geometry.top() <= height:
            if block.isVisible():
                visible[block.blockNumber()] = (block, geometry)
            top = geometry.bottom()
            block = block.next()
            if block.isValid():
                rect = self.blockBoundingRect(block)
                geometry = QRectF(geometry.left(), top, rect.width(), rect.height())
        return visible

    def line_boxes(
        self, start: int, end: int, visible: dict[int, tuple[QTextBlock, QRectF]]
    ) -> list[LineBox]:
        """Boxes covering code points [start, end) on the visible lines."""
        boxes: list[LineBox] = []
        for number in self._index.blocks_of(start, end):
            entry = visible.get(number)
            if entry is None:
                continue
            block, geometry = entry
            left, top = geometry.left(), geometry.top()
            for rect, baseline in self._relative_boxes(block, start, end):
                boxes.append((rect.translated(left, top), baseline + top))
        return boxes

    def mark_boxes(
        self, start: int, end: int, visible: dict[int, tuple[QTextBlock, QRectF]]
    ) -> list[LineBox]:
        """`line_boxes` grown to clear the ink, for frames, outlines and underlines.

        Tone marks stack above a capital past the line's top and dots below sit
        at its foot: an outline on the line's edge hid them, and "Nguyễn" read
        as "Nguyên". The room above each line (`arcs.label_room`) holds the growth.
        """
        lift, drop = self.arcs.mark_lift, self.arcs.mark_drop
        boxes = self.line_boxes(start, end, visible)
        return [(rect.adjusted(0.0, -lift, 0.0, drop), baseline) for rect, baseline in boxes]

    def _relative_boxes(self, block: QTextBlock, start: int, end: int) -> list[LineBox]:
        """Boxes of a range inside one block, relative to the block.

        Measuring text (QTextLine.cursorToX) is the slow part of painting, so
        the horizontal extent per line is cached; the vertical place is read
        from the line each time, since room for arcs can move lines down.
        """
        cache = self._box_cache.setdefault(block.blockNumber(), {})
        pieces = cache.get((start, end))
        layout = block.layout()
        if pieces is not None and any(number >= layout.lineCount() for number, _, _ in pieces):
            pieces = None  # laid out again since: measure again
        if pieces is None:
            qt_start, qt_end = self._offsets.to_qt(start), self._offsets.to_qt(end)
            pieces = _line_pieces(block, qt_start, qt_end)
            cache[(start, end)] = pieces
        boxes: list[LineBox] = []
        for number, left, width in pieces:
            line = layout.lineAt(number)
            rect = QRectF(left, line.y(), width, line.height())
            boxes.append((rect, line.y() + line.ascent()))
        return boxes

    def forget_boxes(self, numbers=None) -> None:
        """Drop cached geometry: of some blocks, or of all when None."""
        if numbers is None:
            self._box_cache.clear()
            return
        for number in numbers:
            self._box_cache.pop(number, None)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        self._box_cache.clear()
        super().resizeEvent(event)

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        self._box_cache.clear()
        super().changeEvent(event)

    def first_visible_position(self) -> int:
        """Code point of the first character on screen (saved when the document closes)."""
        if self._doc is None:
            return 0
        block = self.firstVisibleBlock()
        if not block.isValid():
            return 0
        top = self.blockBoundingGeometry(block).translated(self.contentOffset()).top()
        layout = block.layout()
        position = block.position()
        for i in range(layout.lineCount()):
            line = layout.lineAt(i)
            if top + line.y() + line.height() > 0:
                position = block.position() + line.textStart()
                break
        return self._offsets.to_cp(position)

    def scroll_to_position(self, cp: int) -> None:
        """Scroll so the line holding code point `cp` is the first on screen."""
        if self._doc is None:
            return
        cp = max(0, min(cp, len(self._doc.text)))
        qt_pos = self._offsets.to_qt(cp)
        cursor = self.textCursor()
        cursor.setPosition(qt_pos)
        self.setTextCursor(cursor)
        block = self.document().findBlock(qt_pos)
        layout = block.layout()
        line_number = 0
        if layout is not None and layout.lineCount() > 0:
            line_number = max(0, layout.lineForTextPosition(qt_pos - block.position()).lineNumber())
        self.verticalScrollBar().setValue(block.firstLineNumber() + line_number)

    def step_unit(self, *, forward: bool, keep_anchor: bool) -> None:
        """Ctrl(+Shift)+Left/Right: move the caret to the next syllable (or word) boundary."""
        cursor = self.textCursor()
        cp = self._offsets.cursor_position(cursor)
        target = self._units.next_boundary(cp) if forward else self._units.previous_boundary(cp)
        mode = QTextCursor.MoveMode.KeepAnchor if keep_anchor else QTextCursor.MoveMode.MoveAnchor
        cursor.setPosition(self._offsets.to_qt(target), mode)
        self.setTextCursor(cursor)
        self.ensureCursorVisible()


def _line_pieces(block: QTextBlock, qt_start: int, qt_end: int) -> list[tuple[int, float, float]]:
    """(line number, left, width) of each line's part of [qt_start, qt_end) in a block."""
    base = block.position()
    first = max(0, qt_start - base)
    last = min(block.length() - 1, qt_end - base)
    layout = block.layout()
    pieces: list[tuple[int, float, float]] = []
    for i in range(layout.lineCount()):
        line = layout.lineAt(i)
        a = max(first, line.textStart())
        b = min(last, line.textStart() + line.textLength())
        if a >= b:
            continue
        x1, x2 = line.cursorToX(a)[0], line.cursorToX(b)[0]
        pieces.append((i, min(x1, x2), abs(x2 - x1)))
    return pieces
