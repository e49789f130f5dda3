"""Relation mode of the editor: R, then a click or Tab+Enter on the target, typed by the schema."""

from __future__ import annotations

from PySide6.QtCore import Qt

from annotator.core.operations import AddSpan, PutRelationType
from tests.gui.editor_support import open_pane


def _annotate(pane, *items):
    ids = {}
    for needle, label in items:
        changes = pane.apply(AddSpan(pane.doc_id, *pane.find(needle), label))
        ids[needle] = changes.spans_added[0]
    return ids


def test_r_then_click_target_adds_the_only_allowed_relation(qtbot, tmp_path):
    pane = open_pane(qtbot, tmp_path)
    ids = _annotate(pane, ("Phan Việt Cường", "PER"), ("Bí thư Tỉnh ủy Quảng Nam", "ROLE"))
    messages = []
    pane.editor.statusMessage.connect(messages.append)
    pane.click(pane.find("Việt")[0])
    with qtbot.waitSignal(pane.editor.relationRequested) as requested:
        pane.key(Qt.Key.Key_R)
    assert requested.args == [ids["Phan Việt Cường"]]
    assert "or the caret into it, Tab, Enter; Esc cancels" in messages[-1]
    with qtbot.waitSignal(pane.editor.changesApplied):
        pane.click(pane.find("thư")[0])
    (relation,) = pane.project.relations(pane.doc_id)
    assert (relation.head, relation.tail, relation.type) == (
        ids["Phan Việt Cường"],
        ids["Bí thư Tỉnh ủy Quảng Nam"],
        "HOLDS",
    )
    assert not pane.editor.relation_mode()
    partners = pane.editor.relation_partners()
    assert [(r.type, other.label, out) for r, other, out in partners] == [("HOLDS", "ROLE", True)]


def test_relation_started_on_tail_is_stored_in_schema_direction(qtbot, tmp_path):
    pane = open_pane(qtbot, tmp_path)
    ids = _annotate(pane, ("Phan Việt Cường", "PER"), ("hội nghị", "EVENT"))
    pane.click(pane.find("hội nghị")[0] + 1)
    pane.key(Qt.Key.Key_R)
    pane.click(pane.find("Phan")[0])
    (relation,) = pane.project.relations(pane.doc_id)
    assert (relation.head, relation.tail, relation.type) == (
        ids["Phan Việt Cường"],
        ids["hội nghị"],
        "PARTICIPATES",
    )


def test_keyboard_target_with_tab_and_enter(qtbot, tmp_path):
    pane = open_pane(qtbot, tmp_path)
    ids = _annotate(pane, ("Nghị quyết số 18-NQ/TW", "DOC"), ("7.1.2022", "DATE"))
    pane.apply(PutRelationType("IN_FORCE", ("DOC",), ("DATE",), "", ""))
    pane.editor.select_span(ids["Nghị quyết số 18-NQ/TW"])
    pane.key(Qt.Key.Key_R)
    pane.caret_to(pane.find("2022")[0])
    pane.key(Qt.Key.Key_Tab)
    assert pane.editor.selected_span().id == ids["7.1.2022"]
    pane.key(Qt.Key.Key_Return)
    (relation,) = pane.project.relations(pane.doc_id)
    assert (relation.head, relation.tail, relation.type) == (
        ids["Nghị quyết số 18-NQ/TW"],
        ids["7.1.2022"],
        "IN_FORCE",
    )


def test_several_allowed_types_offer_a_menu(qtbot, tmp_path):
    pane = open_pane(qtbot, tmp_path)
    ids = _annotate(pane, ("Phan Việt Cường", "PER"), ("hội nghị", "EVENT"))
    pane.apply(PutRelationType("CHAIRS", ("PER",), ("EVENT",), "", ""))
    pane.editor.select_span(ids["Phan Việt Cường"])
    pane.key(Qt.Key.Key_R)
    pane.click(pane.find("hội nghị")[0])
    menu = pane.editor._menu
    qtbot.waitUntil(menu.isVisible)
    texts = [a.text() for a in menu.actions()]
    assert texts == ["PARTICIPATES: PER → EVENT", "CHAIRS: PER → EVENT"]
    assert pane.project.relations(pane.doc_id) == []
    menu.actions()[1].trigger()
    (relation,) = pane.project.relations(pane.doc_id)
    assert relation.type == "CHAIRS"


def test_no_allowed_type_keeps_relation_mode_and_escape_cancels(qtbot, tmp_path):
    pane = open_pane(qtbot, tmp_path)
    ids = _annotate(pane, ("Phan Việt Cường", "PER"), ("Quảng Nam", "LOC"))
    messages = []
    pane.editor.statusMessage.connect(messages.append)
    pane.editor.select_span(ids["Phan Việt Cường"])
    pane.key(Qt.Key.Key_R)
    pane.click(pane.find("Nam")[0])
    assert "No relation type links PER and LOC" in messages[-1]
    assert pane.editor.relation_mode()
    pane.key(Qt.Key.Key_Escape)
    assert not pane.editor.relation_mode()
    assert pane.editor.selected_span().id == ids["Phan Việt Cường"]
    assert pane.project.relations(pane.doc_id) == []


def test_undo_of_relation_clears_partners(qtbot, tmp_path):
    pane = open_pane(qtbot, tmp_path)
    _annotate(pane, ("Phan Việt Cường", "PER"), ("Bí thư Tỉnh ủy Quảng Nam", "ROLE"))
    pane.click(pane.find("Phan")[0])
    pane.key(Qt.Key.Key_R)
    pane.click(pane.find("Bí")[0])
    assert len(pane.editor.relation_partners()) == 1
    pane.editor.refresh(pane.session.undo())
    assert pane.project.relations(pane.doc_id) == []
    assert pane.editor.relation_partners() == []
