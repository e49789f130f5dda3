"""In the real window, a place glued to the next word by a comma is selected and saved alone.

The sentence is invented, in the form news sources print: no space after the
comma ("làng Klimovo,vùng Bryansk"). Numbers with commas and dots stay one
syllable: a drag over part of one selects it whole.
"""

from __future__ import annotations

from PySide6.QtCore import Qt

from annotator.core.model import SourceDocument
from annotator.store import create_project
from tests.gui.helpers import click_text, drag_select, stored_spans

TEXT = "Trực thăng không kích làng Klimovo,vùng Bryansk, giá xăng tăng 1,5 lần, lên 12.000 đồng."
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def _window(make_window, tmp_path):
    path = tmp_path / "glued.db"
    with create_project(path, annotator="tester") as project:
        doc_id = project.add_document(SourceDocument(text=TEXT, title="Nga"))
    window = make_window(path)
    window.open_document(doc_id)
    return window, path, doc_id


def test_a_dragged_place_glued_by_a_comma_is_saved_alone(qtbot, make_window, tmp_path):
    window, path, doc_id = _window(make_window, tmp_path)
    start = TEXT.index("Klimovo")
    end = start + len("Klimovo")
    drag_select(qtbot, window.editor, start + 1, end - 1)  # inside the word at both ends
    assert window.editor.selection_range() == (start, end)
    qtbot.keyClick(window.editor, "4")
    (span,) = stored_spans(path, doc_id)
    assert (TEXT[span.start : span.end], span.label) == ("Klimovo", "LOC")


def test_the_keyboard_steps_over_the_glued_place_alone(qtbot, make_window, tmp_path):
    window, path, doc_id = _window(make_window, tmp_path)
    start = TEXT.index("Klimovo")
    click_text(qtbot, window.editor, start)
    assert window.editor.caret_cp() == start
    qtbot.keyClick(window.editor, Qt.Key.Key_Right, CTRL_SHIFT)
    assert window.editor.selection_range() == (start, start + len("Klimovo"))
    qtbot.keyClick(window.editor, Qt.Key.Key_Right, CTRL_SHIFT)
    assert window.editor.selection_range() == (start, TEXT.index(",vùng") + len(",vùng"))


def test_numbers_with_a_comma_or_a_dot_are_selected_whole(qtbot, make_window, tmp_path):
    window, path, doc_id = _window(make_window, tmp_path)
    for number in ("1,5", "12.000"):
        start = TEXT.index(number)
        drag_select(qtbot, window.editor, start + 1, start + 2)
        assert window.editor.selection_range() == (start, start + len(number)), number
