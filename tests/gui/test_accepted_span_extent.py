"""Correcting an accepted span's extent: select the right words over it, press its label key.

Before, the same gesture that corrects a suggestion's extent added a second
span of the same label nested in (or beside) the accepted one; the guidelines
annotate only the outermost span of a label. Now the span moves, keeping its
id and relations, and Ctrl+Z puts it back.
"""

from __future__ import annotations

from PySide6.QtCore import Qt

from annotator.core.model import ACCEPTED
from annotator.core.operations import AddRelation, AddSpan
from tests.gui.helpers import drag_select, seed_doc_id, stored_relations, stored_spans

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
ROLE_WORDS = "Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh Phan Việt Cường"
SHORT_ROLE = "Tỉnh ủy"


def _accept(window, doc_id: int, start: int, end: int, label: str) -> int:
    changes = window.context.apply(AddSpan(doc_id, start, end, label), source="test")
    return changes.spans_added[0]


def accepted_short_role(make_window, demo_path):
    """The seed article with "Tỉnh ủy" accepted as a ROLE (too short), held by Phan Việt Cường."""
    window = make_window(demo_path)
    doc_id = seed_doc_id(window.project)
    window.open_document(doc_id)
    text = window.project.document(doc_id).text
    at = text.index(ROLE_WORDS)
    role_start = at + len("Bí thư ")
    role_id = _accept(window, doc_id, role_start, role_start + len(SHORT_ROLE), "ROLE")
    name_at = at + ROLE_WORDS.index("Phan Việt Cường")
    name_id = _accept(window, doc_id, name_at, name_at + len("Phan Việt Cường"), "PER")
    changes = window.context.apply(AddRelation(name_id, role_id, "HOLDS"), source="test")
    window.editor.setFocus()
    return window, doc_id, at, role_id, changes.relations_added[0]


def _roles(demo_path, doc_id: int) -> list[tuple[int, int, int, str]]:
    spans = stored_spans(demo_path, doc_id)
    return [(s.id, s.start, s.end, s.state) for s in spans if s.label == "ROLE"]


def _said(window) -> str:
    return window.status.whole_message()


def test_a_label_key_over_an_accepted_span_moves_it_and_ctrl_z_puts_it_back(
    qtbot, make_window, demo_path
):
    window, doc_id, at, role_id, holds = accepted_short_role(make_window, demo_path)
    drag_select(qtbot, window.editor, at, at + len("Bí thư Tỉnh ủy"))
    qtbot.keyClick(window.editor, Qt.Key.Key_2)  # ROLE
    wide = (role_id, at, at + len("Bí thư Tỉnh ủy"), ACCEPTED)
    assert _roles(demo_path, doc_id) == [wide]
    (relation,) = [r for r in stored_relations(demo_path, doc_id) if r.id == holds]
    assert relation.tail == role_id
    said = _said(window)
    assert "“Tỉnh ủy” → “Bí thư Tỉnh ủy”" in said and "Ctrl+Z" in said
    qtbot.keyClick(window.editor, Qt.Key.Key_Z, CTRL)
    start = at + len("Bí thư ")
    assert _roles(demo_path, doc_id) == [(role_id, start, start + len(SHORT_ROLE), ACCEPTED)]
    qtbot.keyClick(window.editor, Qt.Key.Key_Z, CTRL_SHIFT)
    assert _roles(demo_path, doc_id) == [wide]
    qtbot.keyClick(window.editor, Qt.Key.Key_Z, CTRL)
    qtbot.keyClick(window.editor, Qt.Key.Key_Y, CTRL)
    assert _roles(demo_path, doc_id) == [wide]


def test_a_narrower_selection_shrinks_an_accepted_span(qtbot, make_window, demo_path):
    window, doc_id, at, role_id, _holds = accepted_short_role(make_window, demo_path)
    start = at + len("Bí thư ")
    drag_select(qtbot, window.editor, start, start + len("Tỉnh"))
    qtbot.keyClick(window.editor, Qt.Key.Key_2)
    assert _roles(demo_path, doc_id) == [(role_id, start, start + len("Tỉnh"), ACCEPTED)]


def test_the_identical_selection_still_selects_the_span(qtbot, make_window, demo_path):
    window, doc_id, at, role_id, _holds = accepted_short_role(make_window, demo_path)
    start = at + len("Bí thư ")
    drag_select(qtbot, window.editor, start, start + len(SHORT_ROLE))
    qtbot.keyClick(window.editor, Qt.Key.Key_2)
    assert _roles(demo_path, doc_id) == [(role_id, start, start + len(SHORT_ROLE), ACCEPTED)]
    assert window.editor.selected_span().id == role_id


def test_a_selection_over_two_spans_of_the_label_changes_nothing(qtbot, make_window, demo_path):
    window, doc_id, at, role_id, _holds = accepted_short_role(make_window, demo_path)
    chair = at + ROLE_WORDS.index("Chủ tịch")
    other = _accept(window, doc_id, chair, chair + len("Chủ tịch"), "ROLE")
    before = _roles(demo_path, doc_id)
    drag_select(qtbot, window.editor, at, chair + len("Chủ tịch HĐND"))
    qtbot.keyClick(window.editor, Qt.Key.Key_2)
    assert _roles(demo_path, doc_id) == before
    assert {role_id, other} == {r[0] for r in before}
    assert "Nothing changed: the selection overlaps 2 ROLE spans" in _said(window)


def test_a_selection_across_a_paragraph_break_changes_nothing(qtbot, make_window, demo_path):
    window = make_window(demo_path)
    doc_id = seed_doc_id(window.project)
    window.open_document(doc_id)
    text = window.project.document(doc_id).text
    at = text.index(ROLE_WORDS)
    end_of_paragraph = text.index("\n", at)
    last_word = end_of_paragraph - len(text[:end_of_paragraph].split()[-1])
    role_id = _accept(window, doc_id, last_word, end_of_paragraph, "ROLE")
    window.editor.setFocus()
    before = _roles(demo_path, doc_id)
    rest = text[end_of_paragraph:]
    next_paragraph = end_of_paragraph + len(rest) - len(rest.lstrip())
    drag_select(qtbot, window.editor, last_word, next_paragraph + 2)
    qtbot.keyClick(window.editor, Qt.Key.Key_2)
    assert _roles(demo_path, doc_id) == before
    assert role_id in {r[0] for r in before}
    assert "crosses a paragraph break" in _said(window)


def test_the_vietnamese_window_says_what_changed_and_how_to_take_it_back(
    vietnamese, qtbot, make_window, demo_path
):
    window, doc_id, at, role_id, _holds = accepted_short_role(make_window, demo_path)
    drag_select(qtbot, window.editor, at, at + len("Bí thư Tỉnh ủy"))
    qtbot.keyClick(window.editor, Qt.Key.Key_2)
    assert _said(window) == (
        "Đã sửa phạm vi của ROLE: “Tỉnh ủy” → “Bí thư Tỉnh ủy” (Ctrl+Z để hoàn tác)"
    )
    assert [r[0] for r in _roles(demo_path, doc_id)] == [role_id]
