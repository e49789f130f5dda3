"""Correcting a suggestion's extent by keyboard: select the right words, press its label key.

The suggestion moves to the new extent and is accepted, keeping its id, so its
relations stay with it; before, a second span was added beside it and the
suggestion, with its relations, was left pending (rejecting it later rejected
them too).
"""

from __future__ import annotations

from PySide6.QtCore import Qt

from annotator.core.model import ACCEPTED, PENDING
from annotator.core.operations import AddSuggestions
from tests.gui.helpers import click_text, seed_doc_id, stored_relations, stored_spans

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
ROLE_WORDS = "Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh Phan Việt Cường"


def short_role_suggested(qtbot, make_window, demo_path):
    """The seed article with "Tỉnh ủy" suggested as a ROLE (too short), held by Phan Việt Cường."""
    window = make_window(demo_path)
    doc_id = seed_doc_id(window.project)
    window.open_document(doc_id)
    text = window.project.document(doc_id).text
    at = text.index(ROLE_WORDS)
    role = (at + len("Bí thư "), at + len("Bí thư Tỉnh ủy"), "ROLE", "rules", 0.8)
    name_at = at + ROLE_WORDS.index("Phan Việt Cường")
    name = (name_at, name_at + len("Phan Việt Cường"), "PER", "rules", 0.9)
    op = AddSuggestions(doc_id, spans=(role, name), relations=((1, 0, "HOLDS", "rules", 0.7),))
    changes = window.context.apply(op, source="test")
    role_id, _name_id = changes.spans_added
    window.editor.setFocus()
    return window, doc_id, at, role_id, changes.relations_added[0]


def select_words(qtbot, editor, start: int, count: int) -> None:
    click_text(qtbot, editor, start + 1)  # inside the first syllable
    qtbot.keyClick(editor, Qt.Key.Key_Left, CTRL)  # to its start
    for _ in range(count):
        qtbot.keyClick(editor, Qt.Key.Key_Right, CTRL_SHIFT)


def test_a_label_key_on_a_wider_selection_moves_the_suggestion_and_keeps_its_relation(
    qtbot, make_window, demo_path
):
    window, doc_id, at, role_id, holds = short_role_suggested(qtbot, make_window, demo_path)
    select_words(qtbot, window.editor, at, 4)  # "Bí thư Tỉnh ủy"
    qtbot.keyClick(window.editor, Qt.Key.Key_2)  # ROLE
    roles = [s for s in stored_spans(demo_path, doc_id) if s.label == "ROLE"]
    assert [(s.id, s.start, s.end, s.state) for s in roles] == [
        (role_id, at, at + len("Bí thư Tỉnh ủy"), ACCEPTED)
    ]
    (relation,) = [r for r in stored_relations(demo_path, doc_id) if r.id == holds]
    assert (relation.tail, relation.state) == (role_id, PENDING)
    said = window.status.toolTip() or window.status.currentMessage()
    assert "Bí thư Tỉnh ủy" in said and "ROLE" in said
    qtbot.keyClick(window.editor, Qt.Key.Key_Z, CTRL)  # one step back: the suggestion as it was
    (back,) = [s for s in stored_spans(demo_path, doc_id) if s.label == "ROLE"]
    start = at + len("Bí thư ")
    assert (back.id, back.start, back.end, back.state) == (role_id, start, start + 7, PENDING)


def test_a_narrower_selection_shrinks_the_suggestion(qtbot, make_window, demo_path):
    window, doc_id, at, role_id, _holds = short_role_suggested(qtbot, make_window, demo_path)
    select_words(qtbot, window.editor, at + len("Bí thư "), 1)  # "Tỉnh"
    qtbot.keyClick(window.editor, Qt.Key.Key_2)
    (role,) = [s for s in stored_spans(demo_path, doc_id) if s.label == "ROLE"]
    start = at + len("Bí thư ")
    assert (role.id, role.start, role.end, role.state) == (role_id, start, start + 4, ACCEPTED)


def test_another_label_over_a_suggestion_still_adds_a_span_of_its_own(
    qtbot, make_window, demo_path
):
    window, doc_id, at, role_id, _holds = short_role_suggested(qtbot, make_window, demo_path)
    select_words(qtbot, window.editor, at, 4)
    qtbot.keyClick(window.editor, Qt.Key.Key_3)  # ORG: not a correction of the ROLE
    spans = {s.id: s for s in stored_spans(demo_path, doc_id)}
    assert spans[role_id].state == PENDING
    assert [s.label for s in spans.values() if s.start == at] == ["ORG"]
