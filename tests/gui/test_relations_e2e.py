"""Relations made in the text (select, R, click) and managed in the relations panel."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication

from annotator.core.operations import AddSpan
from tests.gui.helpers import (
    NAME,
    ROLE_TEXT,
    click_text,
    drag_select,
    point_of,
    seed_doc_id,
    show_cp,
    stored_relations,
    stored_spans,
)


def _two_spans(window):
    """PER on the name and ROLE on the title just before it, in the second paragraph."""
    doc_id = seed_doc_id(window.project)
    window.open_document(doc_id)
    text = window.project.document(doc_id).text
    role_start = text.index(f"{ROLE_TEXT} {NAME}")
    name_start = role_start + len(ROLE_TEXT) + 1
    add = window.context.apply
    person = add(AddSpan(doc_id, name_start, name_start + len(NAME), "PER")).spans_added[0]
    role = add(AddSpan(doc_id, role_start, role_start + len(ROLE_TEXT), "ROLE")).spans_added[0]
    return doc_id, name_start, role_start, person, role


def _two_spans_by_hand(qtbot, window):
    """The same two spans, made with mouse drags and the PER (1) and ROLE (2) keys."""
    doc_id = seed_doc_id(window.project)
    window.open_document(doc_id)
    text = window.project.document(doc_id).text
    role_start = text.index(f"{ROLE_TEXT} {NAME}")
    name_start = role_start + len(ROLE_TEXT) + 1
    drag_select(qtbot, window.editor, name_start, name_start + len(NAME))
    qtbot.keyClick(window.editor, "1")
    drag_select(qtbot, window.editor, role_start, role_start + len(ROLE_TEXT))
    qtbot.keyClick(window.editor, "2")
    by_label = {s.label: s for s in stored_spans(window.context.path, doc_id)}
    assert (by_label["PER"].start, by_label["ROLE"].start) == (name_start, role_start)
    return doc_id, name_start, role_start, by_label["PER"].id, by_label["ROLE"].id


def test_select_press_r_and_click_target_creates_holds(qtbot, make_window, demo_path):
    window = make_window(demo_path)
    editor = window.editor
    doc_id, name_start, role_start, person, role = _two_spans_by_hand(qtbot, window)
    click_text(qtbot, editor, name_start + 1)
    assert editor.selected_span().id == person
    qtbot.keyClick(editor, "r")
    assert editor.relation_mode()
    click_text(qtbot, editor, role_start + 1)
    relations = stored_relations(demo_path, doc_id)
    assert [(r.head, r.tail, r.type) for r in relations] == [(person, role, "HOLDS")]
    assert relations[0].annotator == window.project.annotator
    panel = window.relations.tree
    qtbot.waitUntil(lambda: panel.topLevelItemCount() == 1)
    item = panel.topLevelItem(0)
    assert (item.text(0), item.text(1), item.text(2)) == (NAME, "HOLDS", ROLE_TEXT)


def test_relation_deleted_from_the_panel_with_the_delete_key(qtbot, make_window, demo_path):
    window = make_window(demo_path)
    doc_id, name_start, role_start, person, role = _two_spans(window)
    click_text(qtbot, window.editor, name_start + 1)
    qtbot.keyClick(window.editor, "r")
    click_text(qtbot, window.editor, role_start + 1)
    assert len(stored_relations(demo_path, doc_id)) == 1
    tree = window.relations.tree
    qtbot.waitUntil(lambda: tree.topLevelItemCount() == 1)  # the list follows the edit
    tree.setFocus()
    tree.setCurrentItem(tree.topLevelItem(0))
    qtbot.keyClick(tree, Qt.Key.Key_Delete)
    assert stored_relations(demo_path, doc_id) == []
    qtbot.waitUntil(lambda: tree.topLevelItemCount() == 0)
    qtbot.keyClick(window.editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert len(stored_relations(demo_path, doc_id)) == 1
    qtbot.waitUntil(lambda: tree.topLevelItemCount() == 1)


def test_context_menu_starts_the_relation(qtbot, make_window, demo_path):
    window = make_window(demo_path)
    editor = window.editor
    doc_id, name_start, role_start, person, role = _two_spans_by_hand(qtbot, window)
    click_text(qtbot, editor, name_start + 1)
    show_cp(editor, name_start)
    point = point_of(editor, name_start + 1)
    event = QContextMenuEvent(
        QContextMenuEvent.Reason.Mouse, point, editor.viewport().mapToGlobal(point)
    )
    QApplication.sendEvent(editor.viewport(), event)
    menu = editor._menu
    qtbot.waitUntil(menu.isVisible)
    start = next(a for a in menu.actions() if a.text().startswith("Start relation"))
    start.trigger()
    menu.close()
    assert editor.relation_mode()
    click_text(qtbot, editor, role_start + 1)
    relations = stored_relations(demo_path, doc_id)
    assert [(r.head, r.tail, r.type) for r in relations] == [(person, role, "HOLDS")]


def test_linking_two_suggestions_by_hand_accepts_them_and_undo_returns_them(
    qtbot, make_window, demo_path
):
    """A link drawn between two suggestions says both are right, as accepting a suggested
    link does; they stayed suggestions, counted as pending and left out of exports."""
    from tests.gui.review_support import review_window

    r = review_window(qtbot, make_window, demo_path)
    editor = r.editor
    person, role = r.spans["Lê Văn Dũng"], r.spans["Bí thư Tỉnh ủy"]
    click_text(qtbot, editor, r.find("Lê Văn Dũng")[0] + 1)
    assert editor.selected_span().id == person
    qtbot.keyClick(editor, "r")
    click_text(qtbot, editor, r.find("Bí thư Tỉnh ủy")[0] + 1)
    linked = [x for x in stored_relations(demo_path, r.doc_id) if x.head == person]
    assert [(x.tail, x.type, x.state) for x in linked] == [(role, "HOLDS", "accepted")]
    states = {s.id: s.state for s in stored_spans(demo_path, r.doc_id)}
    assert (states[person], states[role]) == ("accepted", "accepted")
    assert states[r.spans["Lê Trí Thanh"]] == "pending"  # nothing else
    qtbot.keyClick(editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    said = r.window.status.whole_message()
    assert said.startswith("Undone: relation HOLDS from “Lê Văn Dũng” to “Bí thư Tỉnh ủy” and ")
    assert "accepting 2 suggestions in “" in said
    states = {s.id: s.state for s in stored_spans(demo_path, r.doc_id)}
    assert (states[person], states[role]) == ("pending", "pending")
    assert [x for x in stored_relations(demo_path, r.doc_id) if x.head == person] == []
