"""Viewport overlay: underlines, suggestion outlines, selection frame, relation arcs, tags, finds.

Only the visible blocks are visited, so the cost follows the screen, not the
document. The fills of outer spans come from the highlighter.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen, QPolygonF

from annotator.core.model import ACCEPTED, PENDING

UNDERLINE_GAP = 3.0
SELECTION_COLOR = QColor("#202020")
HEAD_COLOR = QColor("#d00000")
PREVIEW_COLOR = QColor("#707070")
TAG_BACKGROUND = QColor(255, 255, 255, 210)
TAG_SCALE = 0.72  # of the reading font
ARC_COLOR = QColor("#303030")
PENDING_ARC_COLOR = QColor("#0060a0")
SELECTED_ARC_COLOR = QColor("#d00000")
FIND_COLOR = QColor(255, 200, 0, 110)
FIND_CURRENT = QColor("#c06000")


def paint_overlay(editor: Any, painter: QPainter) -> None:
    """Everything the highlighter cannot draw, for the spans on screen."""
    visible = editor.visible_blocks()
    if not visible:
        return
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    _paint_finds(editor, painter, visible)
    _paint_layers(editor, painter, visible)
    _paint_selection_preview(editor, painter, visible)
    if editor.arcs.show_arcs:
        _paint_arcs(editor, painter, visible)
    _paint_relations(editor, painter, visible, arrows=not editor.arcs.show_arcs)
    _paint_selected_relation(editor, painter, visible)
    _paint_hover_tags(editor, painter, visible)
    selected = editor.selected_span()
    if selected is not None:
        _frame(
            painter, editor.mark_boxes(selected.start, selected.end, visible), SELECTION_COLOR, 2.0
        )
    head = editor._index.get(editor._relation_head) if editor._relation_head else None
    if head is not None:
        pen_style = Qt.PenStyle.DashLine
        _frame(
            painter, editor.mark_boxes(head.start, head.end, visible), HEAD_COLOR, 2.0, pen_style
        )


def _paint_layers(editor: Any, painter: QPainter, visible: dict) -> None:
    index, palette = editor._index, editor._palette
    for number, entry in visible.items():
        spans = index.in_block(number)
        if not spans:
            continue
        layers = index.layers(number)
        single = {number: entry}
        for span in spans:
            layer = layers.get(span.id, 0)
            if span.state == ACCEPTED and layer == 0:
                continue
            boxes = editor.mark_boxes(span.start, span.end, single)
            color = palette.stroke(span.label)
            if span.state == ACCEPTED:
                _underline(painter, boxes, color, layer)
            else:
                _outline(painter, boxes, color, layer)


def _underline(painter: QPainter, boxes: list, color: QColor, layer: int) -> None:
    """Inner spans: a line under the text; deeper layers stack downwards, into the room
    every line keeps above it (the dots below ạ, ệ stay clear)."""
    painter.setPen(QPen(color, 2.0, Qt.PenStyle.SolidLine, Qt.PenCapStyle.FlatCap))
    for rect, _baseline in boxes:
        y = rect.bottom() - 0.5 + UNDERLINE_GAP * (layer - 1)
        painter.drawLine(QPointF(rect.left() + 1, y), QPointF(rect.right() - 1, y))


def _outline(painter: QPainter, boxes: list, color: QColor, layer: int) -> None:
    """Pending suggestions: a dashed outline and no fill, nested ones inset at the sides
    (above and below, the tone marks leave no room to inset)."""
    painter.setPen(QPen(color, 1.5, Qt.PenStyle.DashLine))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    for rect, _ in boxes:
        side = min(-1.0 + 2.0 * layer, max(0.0, rect.width() / 2.0 - 1.0))  # outer: off the ink
        painter.drawRect(rect.adjusted(side, 0.75, -side, -0.75))


def _frame(
    painter: QPainter,
    boxes: list,
    color: QColor,
    width: float,
    style: Qt.PenStyle = Qt.PenStyle.SolidLine,
) -> None:
    painter.setPen(QPen(color, width, style))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    for rect, _ in boxes:
        painter.drawRoundedRect(rect.adjusted(-1.0, 0.0, 1.0, 0.0), 2.0, 2.0)


def _paint_selection_preview(editor: Any, painter: QPainter, visible: dict) -> None:
    """Show what a label key would label when the raw selection is not snapped."""
    cursor = editor.textCursor()
    if not cursor.hasSelection():
        return
    snapped = editor.selection_range()
    if snapped is None or snapped == editor._offsets.cursor_range(cursor):
        return
    boxes = editor.mark_boxes(snapped[0], snapped[1], visible)
    _frame(painter, boxes, PREVIEW_COLOR, 1.0, Qt.PenStyle.DotLine)


def _paint_relations(editor: Any, painter: QPainter, visible: dict, *, arrows: bool) -> None:
    """Outline the partners of the selected span (and draw an arrow to each when no arcs are)."""
    selected = editor.selected_span()
    if selected is None:
        return
    own = editor.mark_boxes(selected.start, selected.end, visible)
    for relation, other, outgoing in editor.relation_partners():
        boxes = editor.mark_boxes(other.start, other.end, visible)
        color = editor._palette.stroke(other.label)
        _frame(painter, boxes, color, 1.5, Qt.PenStyle.DotLine)
        if arrows and own and boxes:
            head, tail = (own, boxes) if outgoing else (boxes, own)
            _arrow(painter, head[0][0], tail[0][0], relation.type, color)


def _arrow(painter: QPainter, head: QRectF, tail: QRectF, text: str, color: QColor) -> None:
    start = QPointF(head.center().x(), head.top())
    end = QPointF(tail.center().x(), tail.top())
    lift = 12.0 + min(24.0, abs(end.x() - start.x()) / 10.0)
    top = max(2.0, min(start.y(), end.y()) - lift)
    control = QPointF((start.x() + end.x()) / 2.0, top)
    path = QPainterPath(start)
    path.quadTo(control, end)
    painter.setPen(QPen(color.darker(130), 1.5))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(path)
    _arrowhead(painter, control, end, color.darker(130))
    _tag(painter, path.pointAtPercent(0.5), text, color.darker(130))


def _tag(painter: QPainter, anchor: QPointF, text: str, color: QColor) -> None:
    """A small chip (a relation type) centred on `anchor`."""
    metrics = QFontMetricsF(_tag_font(painter.font()))
    width, height = metrics.horizontalAdvance(text) + 6.0, metrics.height()
    top = max(1.0, anchor.y() - height / 2.0)
    chip = QRectF(anchor.x() - width / 2.0, top, width, height)
    _draw_chip(painter, chip, text, color, _tag_font(painter.font()))


def _draw_chip(painter: QPainter, chip: QRectF, text: str, color: QColor, font: QFont) -> None:
    painter.save()
    painter.setFont(font)
    painter.setPen(QPen(color, 1.0))
    painter.setBrush(TAG_BACKGROUND)
    painter.drawRoundedRect(chip, 3.0, 3.0)
    painter.drawText(chip, Qt.AlignmentFlag.AlignCenter, text)
    painter.restore()


def _arrowhead(painter: QPainter, control: QPointF, tip: QPointF, color: QColor) -> None:
    dx, dy = tip.x() - control.x(), tip.y() - control.y()
    length = max(1.0, (dx * dx + dy * dy) ** 0.5)
    ux, uy = dx / length, dy / length
    left = QPointF(tip.x() - 7 * ux + 4 * uy, tip.y() - 7 * uy - 4 * ux)
    right = QPointF(tip.x() - 7 * ux - 4 * uy, tip.y() - 7 * uy + 4 * ux)
    painter.setBrush(color)
    painter.drawPolygon(QPolygonF([tip, left, right]))


def _paint_arcs(editor: Any, painter: QPainter, visible: dict) -> None:
    """Every relation on screen as an arc in the room above its lines (editor.arcs)."""
    planner, selected = editor.arcs, editor._selected_relation
    for block, geometry in visible.values():
        plan = planner.plan(block)
        if plan is None:
            continue
        layout = block.layout()
        for segment in plan.segments:
            relation = editor._relations.get(segment.relation_id)
            if relation is None or segment.line >= layout.lineCount():
                continue
            top = geometry.top() + layout.lineAt(segment.line).y()
            painter.save()
            painter.translate(geometry.left(), 0.0)
            _arc_segment(
                planner, painter, segment, top, relation.state, segment.relation_id == selected
            )
            painter.restore()


def _arc_segment(
    planner: Any, painter: QPainter, segment: Any, top: float, state: str, chosen: bool
) -> None:
    color = SELECTED_ARC_COLOR if chosen else PENDING_ARC_COLOR if state == PENDING else ARC_COLOR
    style = Qt.PenStyle.DashLine if state == PENDING else Qt.PenStyle.SolidLine
    painter.setPen(QPen(color, 2.2 if chosen else 1.3, style))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    points = planner.anchor_points(segment, top)
    path = QPainterPath(points[0])
    for point in points[1:]:
        path.lineTo(point)
    painter.drawPath(path)
    if segment.arrow and len(points) >= 2:
        _arrowhead(painter, points[-2], points[-1], color)
    chip = planner.chip_rect(segment, top)
    painter.setFont(planner.chip_font)
    painter.setPen(QPen(color, 1.0, style))
    painter.setBrush(TAG_BACKGROUND)
    painter.drawRoundedRect(chip, 3.0, 3.0)
    painter.drawText(chip, Qt.AlignmentFlag.AlignCenter, segment.text)


def _paint_selected_relation(editor: Any, painter: QPainter, visible: dict) -> None:
    """Frame both spans of the selected relation (and its arrow when arcs are hidden)."""
    relation = editor.selected_relation()
    if relation is None:
        return
    head, tail = editor._index.get(relation.head), editor._index.get(relation.tail)
    if head is None or tail is None:
        return
    own, other = (
        editor.mark_boxes(head.start, head.end, visible),
        editor.mark_boxes(tail.start, tail.end, visible),
    )
    _frame(painter, own, SELECTED_ARC_COLOR, 2.0)
    _frame(painter, other, SELECTED_ARC_COLOR, 2.0, Qt.PenStyle.DashLine)
    if not editor.arcs.show_arcs and own and other:
        _arrow(painter, own[0][0], other[0][0], relation.type, SELECTED_ARC_COLOR)


def _paint_hover_tags(editor: Any, painter: QPainter, visible: dict) -> None:
    """The label of each span under the pointer, on a tag above it: a cue besides colour.

    Not for the selected span: the status bar already names its label.
    """
    font = editor.arcs.chip_font  # the font hover_tag_rects measured with
    for label, chip in hover_tag_rects(editor, visible):
        _draw_chip(painter, chip, label, editor._palette.stroke(label), font)


def hover_tag_rects(editor: Any, visible: dict) -> list[tuple[str, QRectF]]:
    """(label, rectangle) of the tag of each hovered span, in the strip above the pointer's line.

    Every line has that strip (`ArcPlanner.label_room`), so a tag covers no
    text wherever the span is. Tags of nested spans go side by side from the
    outermost one's start on that line, moved left as a row when they would
    pass the right edge.
    """
    if not editor.arcs.label_tags:
        return []  # no room kept for them: the tooltip and the status bar name the label
    selected = editor.selected_span()
    spans = [s for s in editor.hovered_spans() if selected is None or s.id != selected.id]
    pointer = editor.line_boxes(editor._hover_cp, editor._hover_cp + 1, visible) if spans else []
    if not pointer:
        return []
    line = pointer[0][0]
    lefts = [
        box.left()
        for span in spans
        for box, _baseline in editor.line_boxes(span.start, span.end, visible)
        if abs(box.top() - line.top()) < 0.5
    ]
    metrics = QFontMetricsF(editor.arcs.chip_font)
    widths = [metrics.horizontalAdvance(span.label) + 6.0 for span in spans]
    total = sum(widths) + 2.0 * (len(widths) - 1)
    left = max(0.0, min(min(lefts, default=line.left()), editor.viewport().width() - total))
    top = line.top() - editor.arcs.label_room + 1.0
    rects: list[tuple[str, QRectF]] = []
    for span, width in zip(spans, widths, strict=True):
        rects.append((span.label, QRectF(left, top, width, metrics.height())))
        left += width + 2.0
    return rects


def _tag_font(reading: QFont) -> QFont:
    font = QFont(reading)
    font.setPointSizeF(font.pointSizeF() * TAG_SCALE)
    return font


def _paint_finds(editor: Any, painter: QPainter, visible: dict) -> None:
    """Matches of the find bar on screen; the current one framed."""
    if not editor._find or not visible:
        return
    numbers = sorted(visible)
    first = editor._index.block_start(numbers[0])
    last_block = numbers[-1] + 1
    starts = editor._index.starts
    last = starts[last_block] if last_block < len(starts) else editor._offsets.length
    current = editor._find[editor._find_current] if editor._find_current is not None else None
    painter.setPen(Qt.PenStyle.NoPen)
    for start, end in editor.find_matches_between(first, last):
        for rect, _ in editor.line_boxes(start, end, visible):
            painter.fillRect(rect, FIND_COLOR)
    if current is not None:
        _frame(painter, editor.mark_boxes(*current, visible), FIND_CURRENT, 2.0)
