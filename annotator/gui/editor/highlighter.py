"""Span fills and region styles painted per block: only the block being painted is read."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence

from PySide6.QtGui import QColor, QFont, QSyntaxHighlighter, QTextCharFormat, QTextDocument

from annotator.core.model import Region
from annotator.core.structure import BYLINE, CAPTION, SOURCE, TAGS, TITLE
from annotator.gui.editor.span_index import BlockSpanIndex
from annotator.gui.editor.style import Palette
from annotator.gui.qt_offsets import QtOffsets

# How the parts of an article around its body look: the title large and bold,
# bylines, sources and captions in grey italics, the TAGS list small and grey.
_REGION_STYLES: dict[str, tuple[float, bool, bool, str]] = {
    TITLE: (1.25, True, False, ""),
    BYLINE: (1.0, False, True, "#505050"),
    SOURCE: (1.0, False, True, "#505050"),
    CAPTION: (0.92, False, True, "#404040"),
    TAGS: (0.85, False, False, "#606060"),
}


def region_format(kind: str, base: QFont) -> QTextCharFormat | None:
    """The character format of a region kind (None for body text)."""
    style = _REGION_STYLES.get(kind)
    if style is None:
        return None
    scale, bold, italic, colour = style
    fmt = QTextCharFormat()
    if scale != 1.0:
        fmt.setFontPointSize(base.pointSizeF() * scale)
    if bold:
        fmt.setFontWeight(QFont.Weight.Bold)
    fmt.setFontItalic(italic)
    if colour:
        fmt.setForeground(QColor(colour))
    return fmt


class SpanHighlighter(QSyntaxHighlighter):
    """Fills accepted layer-0 spans with their label's tint, over the region styles.

    Deeper layers and pending suggestions are drawn as lines and frames by the
    editor's overlay; layer-0 spans never overlap, so formats never fight.
    """

    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self._index: BlockSpanIndex | None = None
        self._offsets: QtOffsets | None = None
        self._palette = Palette()
        self._formats: dict[tuple[str, str], QTextCharFormat] = {}
        self._regions: list[Region] = []
        self._region_starts: list[int] = []
        # How many blocks were painted: tests check that an edit repaints one block.
        self.blocks_highlighted = 0

    def configure(
        self,
        *,
        index: BlockSpanIndex | None,
        offsets: QtOffsets | None,
        regions: Sequence[Region] = (),
    ) -> None:
        """Point at a new document's spans (no repaint: setPlainText triggers it)."""
        self._index = index
        self._offsets = offsets
        self._regions = sorted(regions, key=lambda r: r.start)
        self._region_starts = [r.start for r in self._regions]

    def set_palette(self, palette: Palette) -> None:
        self._palette = palette
        self._formats.clear()

    def reset_formats(self) -> None:
        """The reading font changed: region sizes follow it."""
        self._formats.clear()

    def _format(self, label: str, kind: str) -> QTextCharFormat:
        fmt = self._formats.get((label, kind))
        if fmt is None:
            region = region_format(kind, self.document().defaultFont()) if kind else None
            fmt = QTextCharFormat(region) if region is not None else QTextCharFormat()
            if label:
                fmt.setBackground(self._palette.fill(label))
            self._formats[(label, kind)] = fmt
        return fmt

    def _regions_between(self, start: int, end: int) -> list[Region]:
        i = max(0, bisect_right(self._region_starts, start) - 1)
        found = []
        while i < len(self._regions) and self._regions[i].start < end:
            if self._regions[i].end > start and self._regions[i].kind in _REGION_STYLES:
                found.append(self._regions[i])
            i += 1
        return found

    def highlightBlock(self, text: str) -> None:  # noqa: N802 (Qt override)
        index, offsets = self._index, self._offsets
        if index is None or offsets is None:
            return
        self.blocks_highlighted += 1
        block = self.currentBlock()
        base = block.position()
        # Qt counts UTF-16 units; `text` arrives as code points, shorter by one
        # per emoji, so the block's own length is the limit.
        limit = block.length() - 1
        shift = offsets.to_cp(base)
        if limit == len(text):  # no astral character here: offsets shift by a constant
            relative = lambda cp: cp - shift  # noqa: E731
        else:
            relative = lambda cp: offsets.to_qt(cp) - base  # noqa: E731
        regions = self._regions_between(shift, shift + len(text)) if self._regions else ()
        formats, set_format = self._formats, self.setFormat
        for region in regions:
            a, b = max(0, relative(region.start)), min(limit, relative(region.end))
            if b > a:
                set_format(a, b - a, self._format("", region.kind))
        # Thousands of spans per document: the loop stays lean (no call per span but Qt's).
        for span in index.fills(block.blockNumber()):
            kind = ""
            for region in regions:
                if region.start <= span.start < region.end:
                    kind = region.kind
            fmt = formats.get((span.label, kind)) or self._format(span.label, kind)
            a, b = max(0, relative(span.start)), min(limit, relative(span.end))
            if b > a:
                set_format(a, b - a, fmt)
