"""The label tag of a hovered span covers no text of the line above, at any reading size."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRectF
from PySide6.QtGui import QTextCursor

from annotator.core.operations import AddSpan
from annotator.gui.editor.overlay import hover_tag_rects
from tests.gui.helpers import seed_doc_id


def _second_line_word(editor, text: str) -> tuple[int, int]:
    """A word that starts a wrapped line (not a paragraph's first), as (start, end)."""
    offsets = editor._offsets
    for start in (i + 1 for i, ch in enumerate(text) if ch == " "):
        cursor = QTextCursor(editor.document())
        cursor.setPosition(offsets.to_qt(start))
        block = cursor.block()
        line = block.layout().lineForTextPosition(cursor.positionInBlock())
        if line.lineNumber() >= 1 and line.textStart() == cursor.positionInBlock():
            end = text.find(" ", start)
            if end - start >= 3 and editor.cursorRect(cursor).top() > 40:
                return start, end
    raise AssertionError("no wrapped line on screen")


def _line_rects(editor, cp: int) -> tuple[QRectF, QRectF]:
    """The text rectangles of the line holding `cp` and of the line above it (viewport)."""
    cursor = QTextCursor(editor.document())
    cursor.setPosition(editor._offsets.to_qt(cp))
    block = cursor.block()
    layout = block.layout()
    line = layout.lineForTextPosition(cursor.positionInBlock())
    above = layout.lineAt(line.lineNumber() - 1)
    geometry = editor.blockBoundingGeometry(block).translated(editor.contentOffset())
    shift = geometry.topLeft()
    return line.naturalTextRect().translated(shift), above.naturalTextRect().translated(shift)


@pytest.mark.parametrize("zoom", [0, 8])
def test_the_hover_tag_stays_off_the_line_above(qtbot, make_window, demo_path, zoom):
    window = make_window(demo_path, size=(760, 520))
    if zoom:
        window.zoom(zoom)
    doc_id = seed_doc_id(window.project)
    window.open_document(doc_id)
    editor = window.editor
    editor.set_show_arcs(False)
    text = window.project.document(doc_id).text
    start, end = _second_line_word(editor, text)
    window.context.apply(AddSpan(doc_id, start, end, "EVENT"))
    qtbot.mouseMove(editor.viewport(), _middle(editor, start, end))
    qtbot.waitUntil(lambda: [s.label for s in editor.hovered_spans()] == ["EVENT"])
    [(label, chip)] = hover_tag_rects(editor, editor.visible_blocks())
    own_line, line_above = _line_rects(editor, start)
    assert label == "EVENT"
    assert not chip.intersects(line_above)
    span_box = editor.line_boxes(start, end, editor.visible_blocks())[0][0]
    assert not chip.intersects(span_box)  # nor the words it names
    assert own_line.top() - 1 <= chip.center().y() <= own_line.bottom() + 1


def _middle(editor, start: int, end: int) -> QPoint:
    box = editor.line_boxes(start, end, editor.visible_blocks())[0][0]
    return box.center().toPoint()


def test_with_room_between_paragraphs_the_tag_sits_in_the_room(qtbot, make_window, demo_path):
    window = make_window(demo_path, size=(760, 520))
    doc_id = seed_doc_id(window.project)
    window.open_document(doc_id)
    editor = window.editor
    editor.set_show_arcs(False)
    editor.set_paragraph_gap(30.0)
    text = window.project.document(doc_id).text
    start = text.index("\n", text.index("\n") + 1) + 1  # the third paragraph's first word
    end = text.index(" ", start)
    window.context.apply(AddSpan(doc_id, start, end, "EVENT"))
    qtbot.mouseMove(editor.viewport(), _middle(editor, start, end))
    qtbot.waitUntil(lambda: [s.label for s in editor.hovered_spans()] == ["EVENT"])
    [(_label, chip)] = hover_tag_rects(editor, editor.visible_blocks())
    block_top = editor.line_boxes(start, end, editor.visible_blocks())[0][0].top()
    previous = editor.line_boxes(start - 2, start - 1, editor.visible_blocks())[0][0]
    assert previous.bottom() < chip.top() and chip.bottom() < block_top
