"""The label tag of a hovered span covers no text at all, at any reading size.

Its rectangle is checked against the text rectangle of every line on screen:
every character's rectangle lies inside its line's, so a tag clear of the
lines is clear of every character.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRectF

from annotator.core.operations import AddSpan
from annotator.gui.editor.overlay import hover_tag_rects
from tests.gui.helpers import seed_doc_id


def _words_of_a_wrapped_line(editor) -> list[tuple[int, int]]:
    """(start, end) code points of the words of a full line on screen, not the first one."""
    offsets = editor._offsets
    for block, geometry in editor.visible_blocks().values():
        layout = block.layout()
        for number in range(layout.lineCount() - 1):  # a paragraph's last line may be short
            line = layout.lineAt(number)
            if geometry.top() + line.y() < 60:
                continue
            words, text = [], block.text()
            start = line.textStart()
            stop = start + line.textLength()
            position = start
            for piece in text[start:stop].split(" "):
                if len(piece) >= 2:
                    first = block.position() + position
                    words.append((offsets.to_cp(first), offsets.to_cp(first + len(piece))))
                position += len(piece) + 1
            if len(words) >= 3:
                return words
    raise AssertionError("no full wrapped line on screen")


def _text_lines(editor) -> list[QRectF]:
    rects = []
    for block, geometry in editor.visible_blocks().values():
        layout = block.layout()
        for i in range(layout.lineCount()):
            line = layout.lineAt(i)
            if line.textLength():
                rects.append(line.naturalTextRect().translated(geometry.topLeft()))
    return rects


def _middle(editor, start: int, end: int) -> QPoint:
    box = editor.line_boxes(start, end, editor.visible_blocks())[0][0]
    return box.center().toPoint()


@pytest.mark.parametrize("zoom", [0, 8])
def test_the_hover_tag_covers_no_character(qtbot, make_window, demo_path, zoom):
    window = make_window(demo_path, size=(760, 520))
    if zoom:
        window.zoom(zoom)
    doc_id = seed_doc_id(window.project)
    window.open_document(doc_id)
    editor = window.editor
    words = _words_of_a_wrapped_line(editor)
    places = {"EVENT": words[0], "ORG": words[len(words) // 2], "LOC": words[-1]}
    for label, (start, end) in places.items():
        window.context.apply(AddSpan(doc_id, start, end, label))
    lines = _text_lines(editor)
    width = editor.viewport().width()
    for label, (start, end) in places.items():  # at the start, in the middle, at the end
        qtbot.mouseMove(editor.viewport(), _middle(editor, start, end))
        qtbot.waitUntil(lambda label=label: [s.label for s in editor.hovered_spans()] == [label])
        [(shown, chip)] = hover_tag_rects(editor, editor.visible_blocks())
        assert shown == label
        assert not [line for line in lines if chip.intersects(line)], (label, chip)
        assert chip.left() >= 0 and chip.right() <= width
        span_box = editor.line_boxes(start, end, editor.visible_blocks())[0][0]
        assert span_box.top() - editor.arcs.label_room <= chip.top()  # right above its span
        assert chip.bottom() <= span_box.top() + 0.5
        assert chip.left() <= span_box.right() and span_box.left() <= chip.right()


def test_nested_hovered_spans_get_tags_side_by_side(qtbot, make_window, demo_path):
    window = make_window(demo_path, size=(760, 520))
    doc_id = seed_doc_id(window.project)
    window.open_document(doc_id)
    editor = window.editor
    words = _words_of_a_wrapped_line(editor)
    (start, _), (_, end) = words[1], words[2]
    window.context.apply(AddSpan(doc_id, start, end, "ROLE"))
    window.context.apply(AddSpan(doc_id, words[2][0], end, "ORG"))
    qtbot.mouseMove(editor.viewport(), _middle(editor, *words[2]))
    qtbot.waitUntil(lambda: len(editor.hovered_spans()) == 2)
    chips = [chip for _label, chip in hover_tag_rects(editor, editor.visible_blocks())]
    lines = _text_lines(editor)
    assert len(chips) == 2 and not chips[0].intersects(chips[1])
    assert not [line for chip in chips for line in lines if chip.intersects(line)]


def _line_pitch(editor) -> float:
    """The distance between the tops of the first two lines on screen."""
    tops = []
    for block, geometry in editor.visible_blocks().values():
        layout = block.layout()
        tops += [geometry.top() + layout.lineAt(i).y() for i in range(layout.lineCount())]
    return sorted(tops)[2] - sorted(tops)[1]


def test_the_room_for_tags_can_be_given_back_to_the_lines(qtbot, make_window, demo_path):
    from annotator.gui.settings import LABEL_TAGS, preference

    window = make_window(demo_path, size=(760, 520))
    doc_id = seed_doc_id(window.project)
    window.open_document(doc_id)
    editor = window.editor
    editor.set_show_arcs(False)
    start, end = _words_of_a_wrapped_line(editor)[1]
    window.context.apply(AddSpan(doc_id, start, end, "ORG"))
    roomy = _line_pitch(editor)
    window.commands.label_tags.trigger()  # View > Room between lines for the label … off
    assert preference(LABEL_TAGS, True) is False and not editor.label_tags()
    assert _line_pitch(editor) < roomy - 10
    qtbot.mouseMove(editor.viewport(), _middle(editor, start, end))
    qtbot.waitUntil(lambda: [s.label for s in editor.hovered_spans()] == ["ORG"])
    assert hover_tag_rects(editor, editor.visible_blocks()) == []
    window.commands.label_tags.trigger()
    assert _line_pitch(editor) == pytest.approx(roomy)
    qtbot.mouseMove(editor.viewport(), _middle(editor, start, end) + QPoint(1, 0))
    assert [label for label, _ in hover_tag_rects(editor, editor.visible_blocks())] == ["ORG"]
