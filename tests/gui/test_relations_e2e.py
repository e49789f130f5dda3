"""Relations made in the text (select, R, click) and managed in the relations panel."""

from __future__ import annotations

from PySide6.QtCore import Qt

from annotator.core.operations import AddSpan
from tests.gui.helpers import NAME, ROLE_TEXT, click_text, seed_doc_id, stored_relations


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


def test_select_press_r_and_click_target_creates_holds(qtbot, make_window, demo_path):
    window = make_window(demo_path)
    editor = window.editor
    doc_id, name_start, role_start, person, role = _two_spans(window)
    click_text(qtbot, editor, name_start + 1)
    assert editor.selected_span().id == person
    qtbot.keyClick(editor, "r")
    assert editor.relation_mode()
    click_text(qtbot, editor, role_start + 1)
    relations = stored_relations(demo_path, doc_id)
    assert [(r.head, r.tail, r.type) for r in relations] == [(person, role, "HOLDS")]
    assert relations[0].annotator == window.project.annotator
    panel = window.relations.tree
    assert panel.topLevelItemCount() == 1
    item = panel.topLevelItem(0)
    assert (item.text(0), item.text(1), item.text(2)) == (NAME, "→ HOLDS →", ROLE_TEXT)


def test_relation_deleted_from_the_panel_with_the_delete_key(qtbot, make_window, demo_path):
    window = make_window(demo_path)
    doc_id, name_start, role_start, person, role = _two_spans(window)
    click_text(qtbot, window.editor, name_start + 1)
    qtbot.keyClick(window.editor, "r")
    click_text(qtbot, window.editor, role_start + 1)
    assert len(stored_relations(demo_path, doc_id)) == 1
    tree = window.relations.tree
    tree.setFocus()
    tree.setCurrentItem(tree.topLevelItem(0))
    qtbot.keyClick(tree, Qt.Key.Key_Delete)
    assert stored_relations(demo_path, doc_id) == []
    assert tree.topLevelItemCount() == 0
    qtbot.keyClick(window.editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert len(stored_relations(demo_path, doc_id)) == 1
    assert tree.topLevelItemCount() == 1
