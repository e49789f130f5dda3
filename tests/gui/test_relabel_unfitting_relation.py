"""A new label that a span's relation does not link removes the relation, and says so.

A linguist relabelled an accepted PER that HOLDS a ROLE to ROLE: the window
kept a ROLE HOLDS ROLE that adding by hand refuses, without a word, and
exports wrote it. The relation goes in the same step; Ctrl+Z brings both back.
"""

from __future__ import annotations

from PySide6.QtCore import Qt

from annotator.store import open_project
from tests.gui.review_support import review_window


def _read(path, span_id: int) -> tuple[str, list[tuple[int, int, str, str]]]:
    project = open_project(path)
    try:
        span = project.span(span_id)
        relations = [(r.head, r.tail, r.type, r.state) for r in project.relations(span.doc_id)]
        return span.label, relations
    finally:
        project.close()


def test_relabelling_a_holder_to_role_removes_its_holds_and_undo_restores_it(
    qtbot, make_window, demo_path
):
    review = review_window(qtbot, make_window, demo_path)
    window, editor = review.window, review.editor
    holder, post = review.spans["Phan Việt Cường"], review.spans["Bí thư Tỉnh ủy"]
    editor.select_relation(review.relation)
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # accepts the HOLDS and both its ends
    assert _read(demo_path, holder)[1] == [(holder, post, "HOLDS", "accepted")]
    editor.select_span(holder)
    editor.setFocus()
    qtbot.keyClick(editor, "2")  # ROLE
    label, relations = _read(demo_path, holder)
    assert label == "ROLE"
    assert relations == []
    said = window.status.toolTip() or window.status.currentMessage()
    assert "removed 1 relation" in said
    window.undo()
    assert _read(demo_path, holder) == ("PER", [(holder, post, "HOLDS", "accepted")])
    window.redo()
    assert _read(demo_path, holder) == ("ROLE", [])


def test_accepting_a_suggested_holder_as_role_removes_its_suggested_holds(
    qtbot, make_window, demo_path
):
    review = review_window(qtbot, make_window, demo_path)
    editor = review.editor
    holder, post = review.spans["Phan Việt Cường"], review.spans["Bí thư Tỉnh ủy"]
    assert _read(demo_path, holder)[1] == [(holder, post, "HOLDS", "pending")]
    editor.select_span(holder)
    qtbot.keyClick(editor, "2")  # accept the pending PER as ROLE
    assert _read(demo_path, holder) == ("ROLE", [])
    review.window.undo()
    assert _read(demo_path, holder) == ("PER", [(holder, post, "HOLDS", "pending")])
