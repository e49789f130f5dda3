"""Undoing a relabelling that removed relations says they are back; redoing it says they went
again (the status bar said so when the label key removed them), in both languages."""

from __future__ import annotations

from PySide6.QtCore import Qt

from annotator.core.operations import AddRelation, AddSpan
from tests.gui.helpers import NAME, ROLE_TEXT, click_text, seed_doc_id, stored_relations
from tests.gui.i18n_support import vietnamese_interface

CTRL = Qt.KeyboardModifier.ControlModifier


def _related(window, demo_path):
    """NAME as PER HOLDS ROLE_TEXT as ROLE; the key of a label the relation does not fit."""
    doc_id = seed_doc_id(window.project)
    window.open_document(doc_id)
    text = window.project.document(doc_id).text
    name, role = text.index(NAME), text.index(ROLE_TEXT)
    head = window.context.apply(AddSpan(doc_id, name, name + len(NAME), "PER")).spans_added[0]
    tail = window.context.apply(AddSpan(doc_id, role, role + len(ROLE_TEXT), "ROLE"))
    schema = window.project.schema()
    relation_type = schema.relations_allowed("PER", "ROLE")[0].name
    window.context.apply(AddRelation(head, tail.spans_added[0], relation_type))
    labels = schema.label_names()
    unfit = next(x for x in labels if not schema.relations_allowed(x, "ROLE"))
    assert len(stored_relations(demo_path, doc_id)) == 1
    click_text(window.qtbot, window.editor, name + 2)
    return doc_id, str(labels.index(unfit) + 1), unfit


def _cycle(qtbot, window, demo_path) -> tuple[str, str, str]:
    window.qtbot = qtbot
    doc_id, key, unfit = _related(window, demo_path)
    qtbot.keyClick(window.editor, key)
    relabelled = window.status.currentMessage()
    assert stored_relations(demo_path, doc_id) == []
    qtbot.keyClick(window.editor, Qt.Key.Key_Z, CTRL)
    undone = window.status.currentMessage()
    assert len(stored_relations(demo_path, doc_id)) == 1
    qtbot.keyClick(window.editor, Qt.Key.Key_Y, CTRL)
    redone = window.status.currentMessage()
    assert stored_relations(demo_path, doc_id) == []
    assert unfit in relabelled and unfit in undone and unfit in redone
    return relabelled, undone, redone


def test_undo_and_redo_say_the_relations_that_went_with_the_relabelling(
    qtbot, make_window, demo_path
):
    window = make_window(demo_path)
    relabelled, undone, redone = _cycle(qtbot, window, demo_path)
    assert "removed 1 relation the new label does not fit" in relabelled
    assert undone.startswith(f"Undone: relabelling “{NAME}” from PER to ")
    assert undone.endswith("Restored: 1 relation the new label did not fit."), undone
    assert redone.endswith("Removed again: 1 relation the new label does not fit."), redone


def test_the_same_in_vietnamese(qtbot, make_window, demo_path):
    with vietnamese_interface():
        window = make_window(demo_path)
        _relabelled, undone, redone = _cycle(qtbot, window, demo_path)
    assert "Đã khôi phục 1 quan hệ không hợp với nhãn mới." in undone, undone
    assert "Đã xóa lại 1 quan hệ không hợp với nhãn mới." in redone, redone
