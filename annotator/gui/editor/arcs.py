"""Relation arcs in room of their own above the lines (brat's layout), and their chips.

For every line a block shows, the planner lists the arc segments anchored
there: a relation inside one line is one arc; one that spans lines is drawn
as two halves, from the head to the edge of its line and from the opposite
edge into the tail. Segments are stacked on levels so that no two chips (the
relation type) overlap, and each line asks the layout for as much room above
it as its levels need: text is never covered.

Every line also has a strip of its own right above its text, as tall as a
chip: the label tag of a hovered span goes there (`overlay.hover_tag_rects`).
Drawn beside the span or over the line above, the tag hid the very words read
while deciding on the span; a strip opened only on hover would move the text
under the pointer. The arcs' levels sit above the strip.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QFont, QFontMetricsF, QTextBlock

from annotator.core.model import Relation, Span

PAD = 3.0  # between the lowest arc level and the text
# How far past its line's last letter an arc going on to another line ends. Run to
# the edge of the text's room, a WHEN arc from a short line reached the scroll bar.
ARC_END_GAP = 12.0
CHIP_SCALE = 0.72  # chip font, of the reading font
# Letters whose tone marks reach furthest above and below a line of text.
TALLEST = "ẤẦẨẪẬẮẰẲẴẶẾỀỂỄỆỐỒỔỖỘỚỜỞỠỢỨỪỬỮỰạặệịọụỵgjpqỹ"


@dataclass(frozen=True)
class Segment:
    """One arc piece on one line: x from -> x to, on a level above the line's top."""

    relation_id: int
    line: int
    x_from: float
    x_to: float
    drop_from: bool  # a vertical stroke down to the text at x_from (False: an edge)
    drop_to: bool
    arrow: bool  # an arrowhead at x_to (the tail)
    text: str
    chip_width: float
    level: int = 0
    # The line's own left and right: a chip never reaches past them.
    room_left: float = float("-inf")
    room_right: float = float("inf")

    @property
    def chip_middle(self) -> float:
        """The middle of the segment, moved in so its chip stays inside the line."""
        middle = (self.x_from + self.x_to) / 2.0
        half = self.chip_width / 2.0
        middle = min(middle, self.room_right - half)
        return max(middle, self.room_left + half)

    @property
    def extent(self) -> tuple[float, float]:
        """Horizontal room it needs, its chip included."""
        left, right = min(self.x_from, self.x_to), max(self.x_from, self.x_to)
        middle, half = self.chip_middle, self.chip_width / 2.0 + 2.0
        return min(left, middle - half), max(right, middle + half)


@dataclass
class BlockPlan:
    key: tuple
    room: list[float]
    segments: list[Segment] = field(default_factory=list)


class ArcPlanner:
    """Plans, per block, the arc segments of its lines and the room above each line.

    Inputs come from the editor through callables, so the planner reads only
    what it is given: spans by id, the relations of a block, and where code
    points sit in Qt's text (UTF-16 positions).
    """

    def __init__(
        self,
        *,
        span: Callable[[int], Span | None],
        relations_of_block: Callable[[int], Iterable[Relation]],
        to_qt: Callable[[int], int],
        chip_text: Callable[[Relation], str] = lambda relation: relation.type,
    ) -> None:
        self._span = span
        self._chip_text = chip_text
        self._relations_of_block = relations_of_block
        self._to_qt = to_qt
        self.show_arcs = True
        self.label_tags = True
        self.paragraph_gap = 0.0
        self.generation = 0
        self._plans: dict[int, BlockPlan] = {}
        self.set_font(QFont())

    def set_font(self, reading: QFont) -> None:
        font = QFont(reading)
        font.setPointSizeF(max(5.0, reading.pointSizeF() * CHIP_SCALE))
        self.chip_font = font
        self._metrics = QFontMetricsF(font)
        self.level_height = self._metrics.height() + 3.0
        # Stacked tone marks on capitals (Ễ, Ấ) rise above the line's ascent, and
        # dots below (ạ, ệ) reach the foot of its descent: frames, outlines and
        # arc ends keep this far off the line, not to cover them.
        text = QFontMetricsF(reading)
        ink = text.tightBoundingRect(TALLEST)
        self.mark_lift = math.ceil(max(0.0, -ink.top() - text.ascent())) + 2.0
        self.mark_drop = math.ceil(max(0.0, ink.bottom() - text.descent())) + 1.5
        self._fit_label_room()
        self.invalidate()

    def set_label_tags(self, shown: bool) -> None:
        self.label_tags = shown
        self._fit_label_room()
        self.invalidate()

    def _fit_label_room(self) -> None:
        """Room above every line: the marks' (the line's and the one above's) and a tag's."""
        tag = self._metrics.height() + 2.0 if self.label_tags else self.mark_drop
        self.label_room = tag + self.mark_lift

    def invalidate(self) -> None:
        """Relations, spans or settings changed: plan every block again when asked."""
        self.generation += 1
        self._plans.clear()

    def plan(self, block: QTextBlock) -> BlockPlan | None:
        return self._plans.get(block.blockNumber())

    def room(self, block: QTextBlock, ranges: list[tuple[int, int]]) -> list[float]:
        """Room above each line of `block` (the layout's planner)."""
        number = block.blockNumber()
        if not self.show_arcs or not self._relations_of_block(number):
            self._plans.pop(number, None)  # nothing to draw: the paragraph's and the tags' room
            return self._base_room(number, len(ranges))
        key = (block.revision(), tuple(ranges), self.generation)
        cached = self._plans.get(block.blockNumber())
        if cached is not None and cached.key == key:
            return cached.room
        plan = self._make_plan(block, ranges, key)
        self._plans[block.blockNumber()] = plan
        return plan.room

    def _make_plan(self, block: QTextBlock, ranges: list[tuple[int, int]], key: tuple) -> BlockPlan:
        room = self._base_room(block.blockNumber(), len(ranges))
        plan = BlockPlan(key, room)
        if not self.show_arcs:
            return plan
        segments = [
            s for r in self._relations_of_block(block.blockNumber()) for s in self._pieces(block, r)
        ]
        levels = _stack(segments)
        plan.segments = levels
        for line in range(len(ranges)):
            used = [s.level for s in levels if s.line == line]
            if used:
                room[line] += (max(used) + 1) * self.level_height + PAD
        return plan

    def _base_room(self, number: int, lines: int) -> list[float]:
        """The strip for hover tags above every line, and the paragraph's room above its first."""
        room = [self.label_room] * lines
        if number > 0 and lines:
            room[0] += self.paragraph_gap
        return room

    def _pieces(self, block: QTextBlock, relation: Relation) -> list[Segment]:
        head, tail = self._span(relation.head), self._span(relation.tail)
        if head is None or tail is None or relation.id is None:
            return []
        here = self._anchor(block, head), self._anchor(block, tail)
        text = self._chip_text(relation)
        width = self._metrics.horizontalAdvance(text) + 8.0
        forward = (tail.start, tail.end) >= (head.start, head.end)
        (h_line, h_x, h_left, h_right), (t_line, t_x, t_left, t_right) = (
            anchor or (None, 0.0, 0.0, 0.0) for anchor in here
        )
        made = []
        head_room, tail_room = (h_left, h_right), (t_left, t_right)
        if h_line is not None and h_line == t_line:
            made.append(
                Segment(relation.id, h_line, h_x, t_x, True, True, True, text, width, 0, *head_room)
            )
            return made
        if h_line is not None:
            edge = h_right if forward else h_left
            made.append(
                Segment(
                    relation.id, h_line, h_x, edge, True, False, False, text, width, 0, *head_room
                )
            )
        if t_line is not None:
            edge = t_left if forward else t_right
            made.append(
                Segment(
                    relation.id, t_line, edge, t_x, False, True, True, text, width, 0, *tail_room
                )
            )
        return made

    def _anchor(self, block: QTextBlock, span: Span) -> tuple[int, float, float, float] | None:
        """(line, x of the span's middle there, line's left, just past its last letter), or
        None elsewhere."""
        base = block.position()
        start = self._to_qt(span.start) - base
        if not 0 <= start < max(1, block.length()):
            return None
        layout = block.layout()
        line = layout.lineForTextPosition(start)
        if not line.isValid():
            return None
        stop = min(self._to_qt(span.end) - base, line.textStart() + line.textLength())
        x1, x2 = line.cursorToX(start)[0], line.cursorToX(max(start, stop))[0]
        left = line.x()
        right = left + min(line.width(), line.naturalTextWidth() + ARC_END_GAP)
        return line.lineNumber(), (x1 + x2) / 2.0, left, right

    def chip_rect(self, segment: Segment, line_top: float) -> QRectF:
        """Where a segment's chip is painted, for a line whose top is at `line_top`."""
        y = self.level_y(segment, line_top)
        middle = segment.chip_middle
        height = self._metrics.height()
        return QRectF(
            middle - segment.chip_width / 2.0, y - height / 2.0, segment.chip_width, height
        )

    def level_y(self, segment: Segment, line_top: float) -> float:
        return line_top - self.label_room - PAD - (segment.level + 0.5) * self.level_height

    def anchor_points(self, segment: Segment, line_top: float) -> list[QPointF]:
        """The polyline of a segment: up from the text, along its level, down to the text."""
        y = self.level_y(segment, line_top)
        points = []
        foot = line_top - self.mark_lift  # above the tone marks of capitals
        if segment.drop_from:
            points.append(QPointF(segment.x_from, foot))
        points += [QPointF(segment.x_from, y), QPointF(segment.x_to, y)]
        if segment.drop_to:
            points.append(QPointF(segment.x_to, foot))
        return points


def _stack(segments: list[Segment]) -> list[Segment]:
    """Give each segment the lowest level where it overlaps no other of its line."""
    placed: list[Segment] = []
    taken: dict[tuple[int, int], list[tuple[float, float]]] = {}
    ordered = sorted(segments, key=lambda s: (s.line, s.extent[1] - s.extent[0], s.relation_id))
    for segment in ordered:
        left, right = segment.extent
        level = 0
        while any(a < right and left < b for a, b in taken.get((segment.line, level), ())):
            level += 1
        taken.setdefault((segment.line, level), []).append((left, right))
        placed.append(_with_level(segment, level))
    return placed


def _with_level(segment: Segment, level: int) -> Segment:
    from dataclasses import replace

    return replace(segment, level=level)
