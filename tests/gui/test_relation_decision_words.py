"""Accepting a suggested relation says which spans came with it, as rejecting a span says its relations."""

from __future__ import annotations

from PySide6.QtCore import Qt

from annotator.core.model import ACCEPTED
from annotator.core.operations import SetSpanStates
from annotator.store import open_project
from tests.gui.review_support import review_window


def said(window) -> str:
    """The whole status message (its tooltip when it was cut to fit)."""
    return window.status.toolTip() or window.status.currentMessage()


def states(path, span_ids) -> list[str]:
    project = open_project(path)
    try:
        return [project.span(i).state for i in span_ids]
    finally:
        project.close()


def test_enter_on_a_relation_in_the_text_names_it_and_its_two_accepted_spans(
    qtbot, make_window, demo_path
):
    r = review_window(qtbot, make_window, demo_path)
    r.editor.select_relation(r.relation)
    qtbot.keyClick(r.editor, Qt.Key.Key_Return)
    ends = [r.spans["Phan Việt Cường"], r.spans["Bí thư Tỉnh ủy"]]
    assert states(demo_path, ends) == [ACCEPTED, ACCEPTED]
    message = said(r.window)
    assert "Accepted HOLDS: Phan Việt Cường → Bí thư Tỉnh ủy" in message
    assert "and accepted 2 spans with it" in message


def test_enter_on_a_relation_in_the_list_says_the_same(qtbot, make_window, demo_path):
    r = review_window(qtbot, make_window, demo_path)
    ends = [r.spans["Phan Việt Cường"], r.spans["Bí thư Tỉnh ủy"]]
    r.window.context.apply(SetSpanStates((ends[0],), ACCEPTED), source="test")
    tree = r.window.relations.tree
    r.editor.select_relation(r.relation)
    qtbot.waitUntil(lambda: r.window.relations.selected_relation_id() == r.relation)
    tree.setFocus()
    qtbot.keyClick(tree, Qt.Key.Key_Return)
    assert states(demo_path, ends) == [ACCEPTED, ACCEPTED]
    message = said(r.window)
    assert "Accepted HOLDS: Phan Việt Cường → Bí thư Tỉnh ủy" in message
    assert "and accepted 1 span with it" in message
