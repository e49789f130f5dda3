"""Viewport overlay: inner-layer underlines, suggestion outlines, selection frame, relation arrows.

Only the visible blocks are visited, so the cost follows the screen, not the
document. The fills of outer spans come from the highlighter.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen, QPolygonF

from annotator.core.model import ACCEPTED

UNDERLINE_GAP = 3.0
SELECTION_COLOR = QColor("#202020")
HEAD_COLOR = QColor("#d00000")
PREVIEW_COLOR = QColor("#707070")
TAG_BACKGROUND = QColor(255, 255, 255, 210)
TAG_SCALE = 0.72  # of the reading font


def paint_overlay(editor: Any, painter: QPainter) -> None:
    """Everything the highlighter cannot draw, for the spans on screen."""
    visible = editor.visible_blocks()
    if not visible:
        return
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    _paint_layers(editor, painter, visible)
    _paint_selection_preview(editor, painter, visible)
    _paint_relations(editor, painter, visible)
    selected = editor.selected_span()
    if selected is not None:
        _frame(
            painter, editor.line_boxes(selected.start, selected.end, visible), SELECTION_COLOR, 2.0
        )
    head = editor._index.get(editor._relation_head) if editor._relation_head else None
    if head is not None:
        pen_style = Qt.PenStyle.DashLine
        _frame(
            painter, editor.line_boxes(head.start, head.end, visible), HEAD_COLOR, 2.0, pen_style
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
            boxes = editor.line_boxes(span.start, span.end, single)
            color = palette.color(span.label)
            if span.state == ACCEPTED:
                _underline(painter, boxes, color, layer)
            else:
                _outline(painter, boxes, color, layer)


def _underline(painter: QPainter, boxes: list, color: QColor, layer: int) -> None:
    """Inner spans: a line under the text; deeper layers stack upwards from the line's foot.

    QPlainTextEdit gives no extra line spacing, so the lines share the descent area.
    """
    painter.setPen(QPen(color, 2.0, Qt.PenStyle.SolidLine, Qt.PenCapStyle.FlatCap))
    for rect, baseline in boxes:
        y = max(rect.bottom() - 1.0 - UNDERLINE_GAP * (layer - 1), baseline + 1.0)
        painter.drawLine(QPointF(rect.left() + 1, y), QPointF(rect.right() - 1, y))


def _outline(painter: QPainter, boxes: list, color: QColor, layer: int) -> None:
    """Pending suggestions: a dashed outline and no fill, nested ones inset."""
    painter.setPen(QPen(color, 1.5, Qt.PenStyle.DashLine))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    inset = 1.0 + 2.0 * layer
    for rect, _ in boxes:
        painter.drawRect(rect.adjusted(0.5, inset, -0.5, -inset))


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
    boxes = editor.line_boxes(snapped[0], snapped[1], visible)
    _frame(painter, boxes, PREVIEW_COLOR, 1.0, Qt.PenStyle.DotLine)


def _paint_relations(editor: Any, painter: QPainter, visible: dict) -> None:
    """Outline the partners of the selected span and draw an arrow to each."""
    selected = editor.selected_span()
    if selected is None:
        return
    own = editor.line_boxes(selected.start, selected.end, visible)
    for relation, other, outgoing in editor.relation_partners():
        boxes = editor.line_boxes(other.start, other.end, visible)
        color = editor._palette.color(other.label)
        _frame(painter, boxes, color, 1.5, Qt.PenStyle.DotLine)
        if own and boxes:
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
    """The relation type on a small chip: legible, yet hiding little of the line above."""
    font = QFont(painter.font())
    font.setPointSizeF(font.pointSizeF() * TAG_SCALE)
    metrics = QFontMetricsF(font)
    width, height = metrics.horizontalAdvance(text) + 6.0, metrics.height()
    top = max(1.0, anchor.y() - height / 2.0)
    chip = QRectF(anchor.x() - width / 2.0, top, width, height)
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
