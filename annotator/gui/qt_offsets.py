"""The Qt boundary: QTextCursor/QTextBlock positions <-> code points of the stored text.

Qt counts UTF-16 code units; the database counts code points. Every conversion
in the GUI goes through this module, which delegates to core.offsets.Utf16Map.
A document shown with setPlainText keeps one Qt position per UTF-16 unit, and
each newline becomes a block separator that also takes one position, so the
global Qt position of a character equals its UTF-16 offset in the stored text.
"""

from __future__ import annotations

from PySide6.QtGui import QTextBlock, QTextCursor

from annotator.core.offsets import Utf16Map


class QtOffsets:
    """Converts positions of one displayed text between Qt and code points."""

    def __init__(self, text: str) -> None:
        self._map = Utf16Map(text)
        self.length = len(text)

    def to_qt(self, cp: int) -> int:
        """Global Qt position of code-point position `cp`."""
        return self._map.to_utf16(cp)

    def to_cp(self, qt_pos: int) -> int:
        """Code-point position of a global Qt position (clamped to the text)."""
        qt_pos = max(0, min(qt_pos, self._map.utf16_length))
        return self._map.to_codepoint(qt_pos)

    def cursor_position(self, cursor: QTextCursor) -> int:
        """Code point of the cursor's caret."""
        return self.to_cp(cursor.position())

    def cursor_range(self, cursor: QTextCursor) -> tuple[int, int]:
        """Code-point range [start, end) of the cursor's selection (empty at the caret)."""
        return self.to_cp(cursor.selectionStart()), self.to_cp(cursor.selectionEnd())

    def block_range(self, block: QTextBlock) -> tuple[int, int]:
        """Code-point range of a block's text, without its separator."""
        start = block.position()
        return self.to_cp(start), self.to_cp(start + block.length() - 1)

    def block_relative(self, block: QTextBlock, cp: int) -> int:
        """UTF-16 offset of code point `cp` inside `block` (what QTextLayout counts)."""
        return self.to_qt(cp) - block.position()

    def select(self, cursor: QTextCursor, start: int, end: int) -> QTextCursor:
        """Make `cursor` select code points [start, end), anchored at start."""
        cursor.setPosition(self.to_qt(start))
        cursor.setPosition(self.to_qt(end), QTextCursor.MoveMode.KeepAnchor)
        return cursor
