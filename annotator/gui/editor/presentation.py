"""How the editor presents a document: reading font, room between paragraphs, arcs, find marks."""

from __future__ import annotations

from bisect import bisect_left
from typing import Any

from PySide6.QtGui import QFont

from annotator.core.model import Relation
from annotator.core.paragraphs import paragraph_of_line
from annotator.gui.editor.relation_twins import identical_groups


class PresentationMixin:
    """Settings of the view that change no data: zoom, spacing, arcs on or off, find matches."""

    _index: Any
    _relations: dict[int, Relation]
    _relations_by_block: dict[int, list[Relation]]
    _relation_twins: dict[int, tuple[Relation, ...]]
    _find: list[tuple[int, int]]
    _find_current: int | None
    _highlighter: Any
    _offsets: Any
    _doc: Any
    arcs: Any

    def set_reading_font(self, font: QFont) -> None:
        """The font the article is read in (Preferences, zoom)."""
        self.setFont(font)
        self.document().setDefaultFont(font)
        self.arcs.set_font(font)
        self._highlighter.reset_formats()
        if self.document().blockCount() > 1 or self.toPlainText():
            self._highlighter.rehighlight()
        self.forget_boxes()
        self.viewport().update()

    def set_paragraph_gap(self, pixels: float) -> None:
        """Extra room above every paragraph but the first."""
        self.arcs.paragraph_gap = max(0.0, float(pixels))
        self._relayout()

    def set_show_arcs(self, shown: bool) -> None:
        """Draw every relation as an arc above the text (off: only the selected span's)."""
        self.arcs.show_arcs = shown
        self._relayout()

    def set_label_tags(self, shown: bool) -> None:
        """Keep room above every line for the label of the span under the pointer (off: no tag;
        the tooltip and the status bar still name it, and lines sit closer)."""
        self.arcs.set_label_tags(shown)
        self._relayout()

    def label_tags(self) -> bool:
        return bool(self.arcs.label_tags)

    def show_arcs(self) -> bool:
        return bool(self.arcs.show_arcs)

    def _relayout(self) -> None:
        self.arcs.invalidate()
        self.forget_boxes()
        layout = self.document().documentLayout()
        layout.documentSizeChanged.emit(layout.documentSize())
        self.viewport().update()

    def _index_relations(self) -> None:
        """Relations by the block of their head and of their tail (arcs are planned per block).

        Identical relations of several layers are listed once (relation_twins).
        """
        by_block: dict[int, list[Relation]] = {}
        self._relation_twins = identical_groups(self._relations.values(), self._index.get)
        for drawn in self._relation_twins.values():
            relation = drawn[0]
            blocks = set()
            for span_id in (relation.head, relation.tail):
                span = self._index.get(span_id)
                if span is not None:
                    blocks.add(self._index.block_of(span.start))
            for number in blocks:
                by_block.setdefault(number, []).append(relation)
        self._relations_by_block = by_block
        self.arcs.invalidate()

    def shown_spans(self) -> list:
        """The spans the editor shows (accepted and pending), in no particular order."""
        return list(self._index)

    def shown_relations(self) -> list[Relation]:
        return list(self._relations.values())

    def relation_twins(self, relation: Relation) -> tuple[Relation, ...]:
        """The relations of every layer that one drawn arc stands for (itself included)."""
        return self._relation_twins.get(relation.id or 0, (relation,))

    def locate(self, cp: int) -> tuple[int, int]:
        """(paragraph, line) of a code point, both from 1: the line as wrapped on screen.

        The editor lays a paragraph out only when it paints it, so one not yet
        on screen had no lines and every span in it read "line 1" in the list
        and the status bar; its layout is made here when missing.
        """
        number = self._index.block_of(cp)
        block = self.document().findBlockByNumber(number)
        layout = block.layout() if block.isValid() else None
        if layout is not None and not layout.lineCount():
            self.document().documentLayout().blockBoundingRect(block)  # lays the block out
        paragraph = paragraph_of_line(getattr(self._doc, "text", ""), number)
        if layout is None or not layout.lineCount():
            return paragraph, 1
        line = layout.lineForTextPosition(max(0, self._offsets.to_qt(cp) - block.position()))
        return paragraph, (line.lineNumber() + 1) if line.isValid() else 1

    def set_find_matches(self, matches: list[tuple[int, int]], current: int | None) -> None:
        """Mark the find bar's matches; `current` (an index) is framed and scrolled to."""
        self._find, self._find_current = sorted(matches), current
        if current is not None and 0 <= current < len(self._find):
            self.scroll_to_show_range(*self._find[current])
        self.viewport().update()

    def find_matches_between(self, start: int, end: int) -> list[tuple[int, int]]:
        """Matches overlapping [start, end), for painting only what is on screen."""
        i = bisect_left(self._find, (start, -1))
        if i > 0 and self._find[i - 1][1] > start:
            i -= 1
        out = []
        while i < len(self._find) and self._find[i][0] < end:
            out.append(self._find[i])
            i += 1
        return out

    def scroll_to_show(self, cp: int) -> None:
        """Put the caret at `cp` and scroll just enough to show it."""
        cursor = self.textCursor()
        cursor.setPosition(self._offsets.to_qt(cp))
        self.setTextCursor(cursor)
        self.ensureCursorVisible()

    def scroll_to_show_range(self, start: int, end: int) -> None:
        """Put the caret at `start` and show [start, end) whole, with lines of context.

        ensureCursorVisible alone left a find match on the view's last line,
        its labels and the lines after it cut off, or a match wrapped onto the
        next line half out of view: a match not well inside the view is
        centred instead.
        """
        self.scroll_to_show(start)
        cursor = self.textCursor()
        top = self.cursorRect(cursor).top()
        cursor.setPosition(self._offsets.to_qt(end))
        bottom = self.cursorRect(cursor).bottom()
        margin = 2 * self.fontMetrics().lineSpacing()
        height = self.viewport().height()
        if top < margin or bottom > height - margin:
            self.centerCursor()  # the scroll bar counts lines here, not pixels
