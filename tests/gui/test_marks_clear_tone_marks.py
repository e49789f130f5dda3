"""Outlines, frames and underlines keep off the tone marks of the words they mark.

Vietnamese stacks marks on capitals past the line's top (Ễ, Ấ) and puts dots
at its foot (ạ, ệ). An outline drawn on the line's edge hid them: the selected
"Nguyễn" read as "Nguyên". Every picture below is compared, pixel by pixel,
over the ink of the marked words, with the picture before the mark came.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QApplication

from annotator.core.model import SourceDocument
from annotator.core.operations import AddSpan, AddSuggestions
from annotator.store import create_project

TEXT = "Hôm qua ông Nguyễn Sỹ Ấn gặp bà Lê Thị Ạnh ở Hà Nội để bàn việc.\n"
NAME, LADY, INNER = "Nguyễn Sỹ Ấn", "Lê Thị Ạnh", "Ạnh"


def _place(needle: str) -> tuple[int, int]:
    start = TEXT.index(needle)
    return start, start + len(needle)


def _ink(editor, needle: str) -> QRect:
    """The pixels the glyphs of `needle` cover, from the font's tight bounds at the baseline."""
    start, end = _place(needle)
    box, baseline = editor.line_boxes(start, end, editor.visible_blocks())[0]
    ink = QFontMetricsF(editor.font()).tightBoundingRect(needle)
    return ink.translated(box.left(), baseline).toAlignedRect()


def _picture(editor):
    QApplication.processEvents()
    return editor.viewport().grab().toImage()


def _changed(before, after, rect: QRect) -> list[tuple[int, int]]:
    return [
        (x, y)
        for x in range(rect.left(), rect.right() + 1)
        for y in range(rect.top(), rect.bottom() + 1)
        if before.pixel(x, y) != after.pixel(x, y)
    ]


@pytest.mark.parametrize("zoom", [0, 8])
def test_marks_leave_the_ink_of_their_words_as_it_was(qtbot, make_window, tmp_path, zoom):
    path = tmp_path / "marks.db"
    project = create_project(path)
    doc_id = project.add_document(SourceDocument(text=TEXT, title="Tin"))
    project.close()
    window = make_window(path)
    if zoom:
        window.zoom(zoom)
    window.open_document(doc_id)
    editor = window.editor
    editor.setCursorWidth(0)  # a blinking caret would change pixels between pictures
    viewport = editor.viewport()
    qtbot.mouseMove(viewport, QPoint(viewport.width() - 2, viewport.height() - 2))
    apply = window.context.apply
    plain = _picture(editor)
    name = apply(AddSuggestions(doc_id, spans=((*_place(NAME), "PER", "rules", 0.9),)))
    assert _changed(plain, _picture(editor), _ink(editor, NAME)) == []  # the dashed outline
    editor.select_span(name.spans_added[0])
    assert _changed(plain, _picture(editor), _ink(editor, NAME)) == []  # the selection frame
    apply(AddSpan(doc_id, *_place(LADY), "PER"))
    filled = _picture(editor)
    apply(AddSpan(doc_id, *_place(INNER), "LOC"))  # nested in an accepted span: underlined
    assert _changed(filled, _picture(editor), _ink(editor, INNER)) == []
