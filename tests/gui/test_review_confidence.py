"""Reviewing the doubtful suggestions first: filter the lists (and the keys) by confidence, and
sort the annotations list by it."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt

from annotator.core.model import ACCEPTED, PENDING
from annotator.store import open_project
from tests.gui.review_support import review_window

# review_support.SUGGESTED: rules 0.9, 0.95, 0.85; underthesea 0.71, 0.66; the HOLDS 0.8.


def listed(r) -> list[str]:
    """The listed spans' texts, in the list's order."""
    return [r.text[s.start : s.end] for s in r.window.annotations.model.spans()]


def choose_confidence(window, below: float | None) -> None:
    box = window.annotations.filters.confidence_box
    box.setCurrentIndex(box.findData(below))


def test_under_80_percent_lists_and_steps_through_only_the_doubtful_suggestions(
    qtbot, make_window, demo_path
):
    r = review_window(qtbot, make_window, demo_path)
    choose_confidence(r.window, 0.8)
    qtbot.waitUntil(lambda: len(r.window.annotations.span_indexes()) == 2)
    assert listed(r) == ["Lê Văn Dũng", "Lê Trí Thanh"]
    assert r.window.relations.tree.topLevelItemCount() == 0  # the HOLDS is 80%: not under
    r.editor.setFocus()
    qtbot.keyClick(r.editor, Qt.Key.Key_Space)
    assert r.editor.selected_span().id == r.spans["Lê Văn Dũng"]
    qtbot.keyClick(r.editor, Qt.Key.Key_Return)  # accepted, on to the next doubtful one
    assert r.editor.selected_span().id == r.spans["Lê Trí Thanh"]
    project = open_project(demo_path)
    try:
        states = {name: project.span(i).state for name, i in r.spans.items()}
    finally:
        project.close()
    assert states["Lê Văn Dũng"] == ACCEPTED
    assert [states[n] for n in ("Phan Việt Cường", "Bí thư Tỉnh ủy")] == [PENDING, PENDING]
    choose_confidence(r.window, None)
    qtbot.waitUntil(lambda: len(r.window.annotations.span_indexes()) == 5)


def test_clicking_the_source_heading_sorts_each_label_by_confidence_lowest_first(
    qtbot, make_window, demo_path
):
    r = review_window(qtbot, make_window, demo_path)
    view = r.window.annotations.view
    header = view.horizontalHeader()
    before = listed(r)
    pers = [t for t in before if t in ("Phan Việt Cường", "Lê Văn Dũng", "Lê Trí Thanh")]
    assert pers == ["Phan Việt Cường", "Lê Văn Dũng", "Lê Trí Thanh"]  # reading order
    qtbot.mouseClick(
        header.viewport(),
        Qt.MouseButton.LeftButton,
        pos=QPoint(header.sectionViewportPosition(2) + 5, 5),
    )
    after = [t for t in listed(r) if t in pers]
    assert after == ["Lê Trí Thanh", "Lê Văn Dũng", "Phan Việt Cường"]  # 66%, 71%, 95%
    r.editor.select_span(r.spans["Lê Văn Dũng"])
    qtbot.waitUntil(
        lambda: r.window.annotations.selected_span_id() == r.spans["Lê Văn Dũng"]
    )  # the list still follows the text


def test_the_sure_ones_listed_at_80_percent_or_more_are_accepted_in_one_step(
    qtbot, make_window, demo_path
):
    r = review_window(qtbot, make_window, demo_path)
    box = r.window.annotations.filters.confidence_box
    box.setCurrentIndex(box.findText("Confidence 80% or more"))
    sure = ["Phan Việt Cường", "Bí thư Tỉnh ủy", "Ban Thường vụ Tỉnh ủy"]
    qtbot.waitUntil(lambda: listed(r) == sure)
    panel = r.window.annotations
    index = panel.model.index(panel.model.row_of(r.spans["Bí thư Tỉnh ủy"]), 0)
    panel.view.customContextMenuRequested.emit(panel.view.visualRect(index).center())
    menu = r.window.review._menu
    action = next(a for a in menu.actions() if a.text().replace("&", "").startswith("Accept the"))
    assert action.text().replace("&", "") == "Accept the 3 listed suggestions"
    menu.close()
    action.trigger()
    project = open_project(demo_path)
    try:
        states = {name: project.span(i).state for name, i in r.spans.items()}
    finally:
        project.close()
    assert [states[n] for n in sure] == [ACCEPTED] * 3
    assert [states[n] for n in ("Lê Văn Dũng", "Lê Trí Thanh")] == [PENDING, PENDING]
    assert "Ctrl+Z" in r.window.status.currentMessage()
    r.editor.setFocus()
    qtbot.keyClick(r.editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    project = open_project(demo_path)
    try:
        assert {project.span(r.spans[n]).state for n in sure} == {PENDING}
    finally:
        project.close()
