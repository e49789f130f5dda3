"""Provenance (who suggested it, how sure) in the tooltip, the lists and the menus; filters by
source, label and state; accept all like this, reject all from a suggester, restore."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt

from annotator.core.model import ACCEPTED, PENDING, REJECTED
from annotator.core.operations import AddSuggestions
from tests.gui.helpers import point_of, show_cp, stored_spans
from tests.gui.review_support import chip_rects, context_menu, review_window


def _menu_texts(menu) -> list[str]:
    texts = []
    for action in menu.actions():
        texts.append(action.text())
        if action.menu() is not None:
            texts += ["  " + t for t in _menu_texts(action.menu())]
    return texts


def _trigger(menu, prefix: str, sub: str | None = None) -> None:
    """Choose an entry as a click would: the menu closes, then the action runs."""
    action = next(a for a in menu.actions() if a.text().startswith(prefix))
    if sub is not None:
        action = next(a for a in action.menu().actions() if a.text().startswith(sub))
    menu.close()
    action.trigger()


def test_tooltip_list_and_menu_name_the_suggester_and_confidence(qtbot, make_window, demo_path):
    r = review_window(qtbot, make_window, demo_path)
    editor = r.editor
    start, _ = r.find("Lê Văn Dũng")
    show_cp(editor, start)
    assert "underthesea NER, 71%" in editor.hover_text(point_of(editor, start + 2))
    row = r.window.annotations.model.row_of(r.spans["Lê Văn Dũng"])
    model = r.window.annotations.model
    assert model.index(row, 1).data() == "suggested"
    assert model.index(row, 2).data() == "71% underthesea"  # the figure first: a cut keeps it
    assert "underthesea NER, 71%" in model.index(row, 0).data(Qt.ItemDataRole.ToolTipRole)
    context_menu(editor.viewport(), point_of(editor, start + 2))
    texts = _menu_texts(editor._menu)
    assert "suggested by underthesea NER, 71%" in texts
    assert any(t.startswith("Reject all from underthesea NER") for t in texts)
    editor._menu.close()


def test_a_suggested_relation_shows_its_provenance_and_is_filterable(qtbot, make_window, demo_path):
    r = review_window(qtbot, make_window, demo_path)
    tree = r.window.relations.tree
    item = tree.topLevelItem(0)
    assert (item.text(1), item.text(3), item.text(4)) == (
        "HOLDS",
        "suggested",
        "80% rules",
    )
    assert "rules, 80%" in item.toolTip(1)
    bar = r.window.annotations.filters
    bar.source_box.setCurrentIndex(bar.source_box.findData("underthesea"))
    assert tree.topLevelItemCount() == 0  # the HOLDS came from the rules
    assert sorted(r.window.annotations.span_texts()) == [
        "Lê Trí Thanh  (suggested)",
        "Lê Văn Dũng  (suggested)",
    ]


def test_filter_by_label_and_state_and_restore_a_rejected_suggestion(qtbot, make_window, demo_path):
    r = review_window(qtbot, make_window, demo_path)
    window, panel = r.window, r.window.annotations
    bar = panel.filters
    bar.label_box.setCurrentIndex(bar.label_box.findData("PER"))
    assert len(panel.span_indexes()) == 3
    window.editor.select_span(r.spans["Lê Trí Thanh"])
    qtbot.keyClick(window.editor, Qt.Key.Key_Backspace)
    qtbot.waitUntil(lambda: len(panel.span_indexes()) == 2)  # rejected ones are hidden...
    bar.state_box.setCurrentIndex(3)  # "Rejected only"
    assert panel.span_texts() == ["Lê Trí Thanh"]
    index = panel.span_indexes()[0]
    panel.view.setCurrentIndex(index)
    rect = panel.view.visualRect(index)
    panel.view.customContextMenuRequested.emit(rect.center())
    menu = window.review._menu
    assert "Restore as a suggestion" in _menu_texts(menu)
    _trigger(menu, "Restore as a suggestion")
    assert window.project.span(r.spans["Lê Trí Thanh"]).state == PENDING
    qtbot.waitUntil(lambda: panel.span_texts() == [])  # no longer rejected


def test_navigation_follows_the_filter(qtbot, make_window, demo_path):
    r = review_window(qtbot, make_window, demo_path)
    bar = r.window.annotations.filters
    bar.source_box.setCurrentIndex(bar.source_box.findData("underthesea"))
    editor = r.editor
    qtbot.keyClick(editor, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(editor, Qt.Key.Key_Space)
    assert editor.selected_span().id == r.spans["Lê Văn Dũng"]


def test_accept_all_like_this_is_one_undo_step_across_documents(qtbot, make_window, demo_path):
    r = review_window(qtbot, make_window, demo_path)
    window = r.window
    name = "Phan Việt Cường"
    others = []
    for doc_id in window.project.document_ids():
        text = window.project.document(doc_id).text
        start = text.find(name, text.find(name) + 1)  # a second mention: not yet suggested
        if text.find(name) >= 0 and start > 0:
            op = AddSuggestions(doc_id, ((start, start + len(name), "PER", "rules", 0.9),))
            window.context.apply(op, source="test")
            others.append(doc_id)
    start, _ = r.find(name)
    show_cp(r.editor, start)
    context_menu(r.editor.viewport(), point_of(r.editor, start + 2))
    menu = r.editor._menu
    like = next(t for t in _menu_texts(menu) if t.startswith("  In all unfinished documents"))
    _trigger(menu, "Accept all like this", "In all unfinished documents")
    accepted = [
        s for d in window.project.document_ids() for s in window.project.spans(d)
        if s.label == "PER" and s.state == ACCEPTED
    ]  # fmt: skip
    count = int(like.split("(")[1].rstrip(")"))
    assert len(accepted) == count >= 2
    assert "Accepted" in window.status.currentMessage()
    qtbot.keyClick(r.editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert not any(
        s.state == ACCEPTED for d in window.project.document_ids() for s in window.project.spans(d)
    )


def test_reject_all_from_a_suggester_is_one_undo_step(qtbot, make_window, demo_path):
    r = review_window(qtbot, make_window, demo_path)
    window = r.window
    row = window.annotations.model.row_of(r.spans["Lê Văn Dũng"])
    index = window.annotations.model.index(row, 0)
    window.annotations.view.customContextMenuRequested.emit(
        window.annotations.view.visualRect(index).center()
    )
    _trigger(window.review._menu, "Reject all from underthesea NER", "In this document")
    states = {s.id: s.state for s in stored_spans(demo_path, r.doc_id)}
    assert r.spans["Lê Văn Dũng"] not in states and r.spans["Lê Trí Thanh"] not in states
    assert states[r.spans["Phan Việt Cường"]] == PENDING  # the rules' suggestions stay
    assert window.project.span(r.spans["Lê Văn Dũng"]).state == REJECTED
    window.editor.setFocus()
    qtbot.keyClick(window.editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.project.span(r.spans["Lê Văn Dũng"]).state == PENDING
    assert window.project.span(r.spans["Lê Trí Thanh"]).state == PENDING


def test_a_relation_arc_has_its_own_menu_and_tooltip(qtbot, make_window, demo_path):
    r = review_window(qtbot, make_window, demo_path)
    editor = r.editor
    r.show("Phan Việt Cường")
    chip = _chip_center(editor, r.relation)
    assert "HOLDS" in editor.hover_text(chip) and "rules, 80%" in editor.hover_text(chip)
    qtbot.mouseClick(editor.viewport(), Qt.MouseButton.LeftButton, pos=chip)
    assert editor.selected_relation().id == r.relation
    context_menu(editor.viewport(), chip)
    texts = _menu_texts(editor._menu)
    assert "Accept relation\tEnter" in texts
    assert any(t.startswith("Reject all from political-domain rules") for t in texts)
    editor._menu.close()


def _chip_center(editor, relation_id) -> QPoint:
    return chip_rects(editor)[relation_id][0].center().toPoint()
