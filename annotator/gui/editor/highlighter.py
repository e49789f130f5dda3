"""Span fills painted per block: the highlighter reads only the spans of the block it paints."""

from __future__ import annotations

from PySide6.QtGui import QSyntaxHighlighter, QTextCharFormat, QTextDocument

from annotator.gui.editor.span_index import BlockSpanIndex
from annotator.gui.editor.style import Palette
from annotator.gui.qt_offsets import QtOffsets


class SpanHighlighter(QSyntaxHighlighter):
    """Fills accepted layer-0 spans with their label's tint.

    Deeper layers and pending suggestions are drawn as lines and frames by the
    editor's overlay; layer-0 spans never overlap, so formats never fight.
    """

    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self._index: BlockSpanIndex | None = None
        self._offsets: QtOffsets | None = None
        self._palette = Palette()
        self._formats: dict[str, QTextCharFormat] = {}
        # How many blocks were painted: tests check that an edit repaints one block.
        self.blocks_highlighted = 0

    def configure(self, *, index: BlockSpanIndex | None, offsets: QtOffsets | None) -> None:
        """Point at a new document's spans (no repaint: setPlainText triggers it)."""
        self._index = index
        self._offsets = offsets

    def set_palette(self, palette: Palette) -> None:
        self._palette = palette
        self._formats.clear()

    def _format(self, label: str) -> QTextCharFormat:
        fmt = self._formats.get(label)
        if fmt is None:
            fmt = QTextCharFormat()
            fmt.setBackground(self._palette.fill(label))
            self._formats[label] = fmt
        return fmt

    def highlightBlock(self, text: str) -> None:  # noqa: N802 (Qt override)
        index, offsets = self._index, self._offsets
        if index is None or offsets is None:
            return
        self.blocks_highlighted += 1
        block = self.currentBlock()
        number = block.blockNumber()
        spans = index.fills(number)
        if not spans:
            return
        base = block.position()
        # Qt counts UTF-16 units; `text` arrives as code points, shorter by one
        # per emoji, so the block's own length is the limit.
        limit = block.length() - 1
        if limit == len(text):  # no astral character here: offsets shift by a constant
            shift = offsets.to_cp(base)
            relative = lambda cp: cp - shift  # noqa: E731
        else:
            relative = lambda cp: offsets.to_qt(cp) - base  # noqa: E731
        for span in spans:
            start = max(0, relative(span.start))
            end = min(limit, relative(span.end))
            if end > start:
                self.setFormat(start, end - start, self._format(span.label))
