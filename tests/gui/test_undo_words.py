"""The status bar says what an undo or redo took back or put again, read from the edit itself."""

from __future__ import annotations

from PySide6.QtCore import Qt

from annotator.core.operations import (
    AddRelation,
    AddSpan,
    AddSpans,
    AddSuggestions,
    SetSpanState,
    SetSpanStates,
    SetStatus,
)
from tests.gui.helpers import NAME, ROLE_TEXT, drag_select, seed_doc_id, stored_spans

CTRL = Qt.KeyboardModifier.ControlModifier


def _said(window) -> str:
    return window.status.currentMessage()


def _label_name(qtbot, window) -> tuple[int, int]:
    doc_id = seed_doc_id(window.project)
    window.open_document(doc_id)
    start = window.project.document(doc_id).text.index(NAME)
    drag_select(qtbot, window.editor, start, start + len(NAME))
    qtbot.keyClick(window.editor, "1")
    return doc_id, start


def test_undo_and_redo_of_keyboard_edits_name_the_label_and_the_words(
    qtbot, make_window, demo_path
):
    window = make_window(demo_path)
    editor = window.editor
    doc_id, start = _label_name(qtbot, window)
    qtbot.keyClick(editor, "2")  # relabel as ROLE
    qtbot.keyClick(editor, Qt.Key.Key_Delete)
    assert stored_spans(demo_path, doc_id) == []
    qtbot.keyClick(editor, Qt.Key.Key_Z, CTRL)
    assert _said(window) == f"Undone: removing ROLE from “{NAME}”."
    qtbot.keyClick(editor, Qt.Key.Key_Z, CTRL)
    assert _said(window) == f"Undone: relabelling “{NAME}” from PER to ROLE."
    qtbot.keyClick(editor, Qt.Key.Key_Z, CTRL)
    # The first edit also started the document: the step is still named by the label.
    assert _said(window) == f"Undone: label PER on “{NAME}”."
    assert stored_spans(demo_path, doc_id) == []
    qtbot.keyClick(editor, Qt.Key.Key_Y, CTRL)
    assert _said(window) == f"Redone: label PER on “{NAME}”."
    qtbot.keyClick(editor, Qt.Key.Key_Y, CTRL)
    assert _said(window) == f"Redone: relabelling “{NAME}” from PER to ROLE."
    # Undoing a redo still names the user's edit, not the inverse that was replayed.
    qtbot.keyClick(editor, Qt.Key.Key_Z, CTRL)
    assert _said(window) == f"Undone: relabelling “{NAME}” from PER to ROLE."
    assert [s.label for s in stored_spans(demo_path, doc_id)] == ["PER"]


def _spans_of(window, doc_id):
    text = window.project.document(doc_id).text
    name, role = text.index(NAME), text.index(ROLE_TEXT)
    head = window.context.apply(AddSpan(doc_id, name, name + len(NAME), "PER"))
    tail = window.context.apply(AddSpan(doc_id, role, role + len(ROLE_TEXT), "ROLE"))
    return head.spans_added[0], tail.spans_added[0]


def test_relations_suggestions_and_status_are_named_when_undone(qtbot, make_window, demo_path):
    window = make_window(demo_path)
    doc_id = seed_doc_id(window.project)
    window.open_document(doc_id)
    head, tail = _spans_of(window, doc_id)
    relation_type = window.project.schema().relations_allowed("PER", "ROLE")[0].name
    window.context.apply(AddRelation(head, tail, relation_type))
    window.undo()
    assert _said(window) == f"Undone: relation {relation_type} from “{NAME}” to “{ROLE_TEXT}”."
    window.context.apply(SetStatus(doc_id, "done"))
    window.undo()
    title = window.project.document(doc_id).title
    assert _said(window).startswith(f"Undone: marking the document done: “{title[:30]}")


def test_accepting_and_rejecting_a_suggestion_are_named(qtbot, make_window, demo_path):
    window = make_window(demo_path)
    doc_id = seed_doc_id(window.project)
    window.open_document(doc_id)
    text = window.project.document(doc_id).text
    start = text.index(NAME)
    added = window.context.apply(
        AddSuggestions(doc_id, spans=((start, start + len(NAME), "PER", "rules"),))
    )
    span_id = added.spans_added[0]
    window.context.apply(SetSpanState(span_id, "rejected"))
    window.undo()
    assert _said(window) == f"Undone: rejecting PER “{NAME}”."
    window.context.apply(SetSpanState(span_id, "accepted"))
    window.undo()
    assert _said(window) == f"Undone: accepting PER “{NAME}”."
    window.undo()
    assert _said(window) == "Undone: adding suggestions."


def test_the_vietnamese_window_says_what_was_undone(vietnamese, qtbot, make_window, demo_path):
    window = make_window(demo_path)
    _label_name(qtbot, window)
    window.undo()
    assert _said(window) == f"Đã hoàn tác: gán nhãn PER cho “{NAME}”."
    window.redo()
    assert _said(window) == f"Đã làm lại: gán nhãn PER cho “{NAME}”."


def test_counts_agree_with_their_number_in_english(qtbot, make_window, demo_path):
    window = make_window(demo_path)
    doc_id = seed_doc_id(window.project)
    window.open_document(doc_id)
    text = window.project.document(doc_id).text
    name, role = text.index(NAME), text.index(ROLE_TEXT)
    suggested = (
        (name, name + len(NAME), "PER", "rules"),
        (role, role + len(ROLE_TEXT), "ROLE", "rules"),
    )
    added = window.context.apply(AddSuggestions(doc_id, spans=suggested))
    window.context.apply(SetSpanStates(added.spans_added, "accepted"))
    window.undo()
    title = window.project.document(doc_id).title
    assert window.status.whole_message() == f"Undone: accepting 2 suggestions in “{title}”."


def test_labelling_every_occurrence_is_counted_when_undone(qtbot, make_window, demo_path):
    window = make_window(demo_path)
    doc_id = seed_doc_id(window.project)
    text = window.project.document(doc_id).text
    first = text.index(NAME)
    second = text.index(ROLE_TEXT)
    places = ((doc_id, first, first + len(NAME)), (doc_id, second, second + len(ROLE_TEXT)))
    window.context.apply(AddSpans(label="LOC", spans=places))
    window.undo()
    title = window.project.document(doc_id).title
    assert window.status.whole_message() == f"Undone: label LOC on 2 mentions in “{title}”."
