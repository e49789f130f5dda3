"""Keyboard review in the real window: Space steps through suggestions (on to the next
document), Enter accepts and Backspace rejects and both move on, a label key accepts as that
label, and the list and the text stay in step whichever has focus."""

from __future__ import annotations

from PySide6.QtCore import Qt

from annotator.core.model import ACCEPTED, PENDING, REJECTED
from annotator.core.operations import AddSuggestions
from tests.gui.helpers import click_text, stored_relations, stored_spans
from tests.gui.review_support import SUGGESTED, review_window, suggest

SHIFT = Qt.KeyboardModifier.ShiftModifier


def _states(path, doc_id) -> dict[int, str]:
    return {s.id: s.state for s in stored_spans(path, doc_id)}


def _selected(editor):
    span, relation = editor.selected_span(), editor.selected_relation()
    return ("span", span.id) if span else ("relation", relation.id) if relation else None


def test_space_steps_through_spans_and_relations_in_reading_order(qtbot, make_window, demo_path):
    r = review_window(qtbot, make_window, demo_path)
    editor = r.editor
    qtbot.keyClick(editor, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    seen = []
    for _ in range(len(SUGGESTED) + 1):
        qtbot.keyClick(editor, Qt.Key.Key_Space)
        seen.append(_selected(editor))
    ids = r.spans
    expected = [
        ("span", ids["Ban Thường vụ Tỉnh ủy"]),
        ("span", ids["Bí thư Tỉnh ủy"]),  # "Ủy viên ..., Bí thư Tỉnh ủy, ..., Phan Việt Cường"
        ("relation", r.relation),  # starts where its earlier end does, after the span
        ("span", ids["Phan Việt Cường"]),
        ("span", ids["Lê Văn Dũng"]),
        ("span", ids["Lê Trí Thanh"]),
    ]
    assert seen == expected
    qtbot.keyClick(editor, Qt.Key.Key_Space, SHIFT)
    assert _selected(editor) == ("span", ids["Lê Văn Dũng"])
    assert "suggestions here" in r.window.status.currentMessage()


def test_enter_accepts_backspace_rejects_and_both_move_on(qtbot, make_window, demo_path):
    r = review_window(qtbot, make_window, demo_path)
    editor, ids = r.editor, r.spans
    editor.select_span(ids["Ban Thường vụ Tỉnh ủy"])
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert _states(demo_path, r.doc_id)[ids["Ban Thường vụ Tỉnh ủy"]] == ACCEPTED
    assert _selected(editor) == ("span", ids["Bí thư Tỉnh ủy"])
    qtbot.keyClick(editor, Qt.Key.Key_Backspace)
    states = _states(demo_path, r.doc_id)
    assert ids["Bí thư Tỉnh ủy"] not in states  # rejected: no longer among the live spans
    # The suggested relation hung on it: rejected with it, in the same step, and said so.
    assert r.window.project.relation(r.relation).state == REJECTED
    assert "rejected 1 relation with it" in r.window.status.currentMessage()
    assert r.relation not in {x.id for x in editor.shown_relations()}  # its arc is gone too
    assert not any(
        s.relation_id == r.relation
        for b, _ in editor.visible_blocks().values()
        for s in (editor.arcs.plan(b).segments if editor.arcs.plan(b) else ())
    )
    assert _selected(editor) == ("span", ids["Phan Việt Cường"])
    qtbot.keyClick(editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _states(demo_path, r.doc_id)[ids["Bí thư Tỉnh ủy"]] == PENDING
    assert [x.state for x in stored_relations(demo_path, r.doc_id) if x.id == r.relation] == [
        PENDING
    ]


def test_enter_and_backspace_decide_a_suggested_relation(qtbot, make_window, demo_path):
    r = review_window(qtbot, make_window, demo_path)
    editor = r.editor
    editor.select_relation(r.relation)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    (relation,) = [x for x in stored_relations(demo_path, r.doc_id) if x.id == r.relation]
    assert relation.state == ACCEPTED
    states = _states(demo_path, r.doc_id)  # accepting a relation accepts its two spans
    assert states[r.spans["Phan Việt Cường"]] == states[r.spans["Bí thư Tỉnh ủy"]] == ACCEPTED
    assert _selected(editor) == ("span", r.spans["Lê Văn Dũng"])  # moved on past both ends
    qtbot.keyClick(editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    editor.select_relation(r.relation)
    qtbot.keyClick(editor, Qt.Key.Key_Backspace)
    project = r.window.project
    assert project.relation(r.relation).state == REJECTED
    assert project.span(r.spans["Phan Việt Cường"]).state == PENDING  # the spans stay to decide


def test_a_label_key_on_a_suggestion_accepts_it_as_that_label(qtbot, make_window, demo_path):
    r = review_window(qtbot, make_window, demo_path)
    editor, span_id = r.editor, r.spans["Lê Trí Thanh"]
    editor.select_span(span_id)
    qtbot.keyClick(editor, "2")  # ROLE's key, on a PER suggestion
    span = r.window.project.span(span_id)
    assert (span.label, span.state) == ("ROLE", ACCEPTED)
    assert [s.id for s in stored_spans(demo_path, r.doc_id) if s.start == span.start] == [span_id]
    qtbot.keyClick(editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    span = r.window.project.span(span_id)
    assert (span.label, span.state) == ("PER", PENDING)  # one step took both back


def test_at_the_last_suggestion_space_stays_says_so_and_space_again_goes_on(
    qtbot, make_window, demo_path
):
    r = review_window(qtbot, make_window, demo_path)
    window = r.window
    other = next(i for i in window.project.document_ids() if i > r.doc_id)
    text = window.project.document(other).text
    word = text.split()[3]
    start = text.index(word)
    op = AddSuggestions(other, ((start, start + len(word), "LOC", "rules", 0.5),))
    window.context.apply(op, source="test")
    r.editor.select_span(r.spans["Lê Trí Thanh"])
    qtbot.keyClick(r.editor, Qt.Key.Key_Space)  # the last one: earlier ones are still pending
    assert window.current_doc_id() == r.doc_id
    assert r.editor.selected_span().id == r.spans["Lê Trí Thanh"]
    said = window.status.currentMessage()
    assert "no more suggestions after this one" in said and "Space again" in said
    qtbot.keyClick(r.editor, Qt.Key.Key_Space)
    assert window.current_doc_id() == other
    assert r.editor.selected_span().start == start
    qtbot.keyClick(r.editor, Qt.Key.Key_Space, SHIFT)  # its only one: stays, says so
    assert window.current_doc_id() == other
    assert "Shift+Space again" in window.status.currentMessage()
    qtbot.keyClick(r.editor, Qt.Key.Key_Space, SHIFT)  # and back, to the last of the first
    assert window.current_doc_id() == r.doc_id
    assert r.editor.selected_span().id == r.spans["Lê Trí Thanh"]


def test_deciding_the_last_suggestion_goes_back_to_the_first_undecided_one(
    qtbot, make_window, demo_path
):
    r = review_window(qtbot, make_window, demo_path)
    window, editor, ids = r.window, r.editor, r.spans
    other = next(i for i in window.project.document_ids() if i > r.doc_id)
    text = window.project.document(other).text
    word = text.split()[3]
    start = text.index(word)
    window.context.apply(AddSuggestions(other, ((start, start + len(word), "LOC", "rules", 0.5),)))
    editor.select_span(ids["Lê Trí Thanh"])
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the last one, earlier ones still pending
    assert window.current_doc_id() == r.doc_id
    assert _selected(editor) == ("span", ids["Ban Thường vụ Tỉnh ủy"])
    said = window.status.toolTip() or window.status.currentMessage()  # whole, if cut to fit
    assert "back to its first undecided one" in said
    editor.select_span(ids["Lê Văn Dũng"])
    qtbot.keyClick(editor, Qt.Key.Key_Backspace)  # the last one now: back again
    assert window.current_doc_id() == r.doc_id
    assert _selected(editor) == ("span", ids["Ban Thường vụ Tỉnh ủy"])
    for _ in range(4):  # the rest, first to last: none left behind, so on at the end
        qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert window.current_doc_id() == other
    assert editor.selected_span().start == start


def test_moving_away_from_the_last_suggestion_resets_the_second_press(
    qtbot, make_window, demo_path
):
    r = review_window(qtbot, make_window, demo_path)
    last = r.spans["Lê Trí Thanh"]
    r.editor.select_span(last)
    qtbot.keyClick(r.editor, Qt.Key.Key_Space)  # stays at the last one
    qtbot.keyClick(r.editor, Qt.Key.Key_Space, SHIFT)  # one back ...
    qtbot.keyClick(r.editor, Qt.Key.Key_Space)  # ... and on again, to the last one
    assert r.editor.selected_span().id == last
    qtbot.keyClick(r.editor, Qt.Key.Key_Space)  # the first press at the end since: stays
    assert r.window.current_doc_id() == r.doc_id
    assert r.editor.selected_span().id == last


def test_the_list_and_the_text_stay_in_step_whichever_has_focus(qtbot, make_window, demo_path):
    r = review_window(qtbot, make_window, demo_path)
    window, editor = r.window, r.editor
    view = window.annotations.view
    view.setFocus()
    first = window.annotations.span_indexes()[0]
    view.setCurrentIndex(first)
    qtbot.keyClick(view, Qt.Key.Key_Down)
    listed = window.annotations.selected_span_id()
    assert editor.selected_span() is not None and editor.selected_span().id == listed
    qtbot.keyClick(view, Qt.Key.Key_Return)  # Enter in the list accepts
    assert window.project.span(listed).state == ACCEPTED
    after = editor.selected_span().id
    assert after != listed  # moved on, and the list follows just after the text is painted
    qtbot.waitUntil(lambda: window.annotations.selected_span_id() == after)
    qtbot.keyClick(view, Qt.Key.Key_Backspace)  # Backspace in the list rejects
    assert window.project.span(after).state == REJECTED
    editor.setFocus()
    start, _ = r.find("Ban Thường vụ Tỉnh ủy")
    click_text(qtbot, editor, start + 2)  # a click in the text moves the list's selection
    spans = window.annotations
    qtbot.waitUntil(lambda: spans.selected_span_id() == r.spans["Ban Thường vụ Tỉnh ủy"])
    qtbot.keyClick(editor, Qt.Key.Key_Space)  # so does a key in the text
    assert editor.selected_span().id == r.spans["Bí thư Tỉnh ủy"]
    qtbot.waitUntil(lambda: spans.selected_span_id() == r.spans["Bí thư Tỉnh ủy"])
    qtbot.keyClick(editor, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: window.relations.selected_relation_id() == r.relation)  # relations too
    assert spans.selected_span_id() is None


def test_suggestions_arriving_for_another_document_do_not_disturb(qtbot, make_window, demo_path):
    r = review_window(qtbot, make_window, demo_path)
    other = next(i for i in r.window.project.document_ids() if i != r.doc_id)
    before = r.editor.document_id()
    suggest(r.window, other, items=(), relation=False)
    assert r.editor.document_id() == before


def test_at_the_last_suggestion_space_says_when_no_other_document_has_one(
    qtbot, make_window, demo_path
):
    """ "Space again goes to the next document" was said, and Space went back to this one's first."""
    r = review_window(qtbot, make_window, demo_path)  # only the seed article has suggestions
    window = r.window
    r.editor.select_span(r.spans["Lê Trí Thanh"])
    qtbot.keyClick(r.editor, Qt.Key.Key_Space)
    said = window.status.currentMessage()
    assert said == window.status.whole_message(), said  # whole at 1280 px
    assert "none in other documents" in said and "goes back to the first" in said, said
    assert "next document" not in said
    assert r.editor.selected_span().id == r.spans["Lê Trí Thanh"]
    qtbot.keyClick(r.editor, Qt.Key.Key_Space)  # as promised: this document's first
    assert window.current_doc_id() == r.doc_id
    assert r.editor.selected_span().id == r.spans["Ban Thường vụ Tỉnh ủy"]
    assert "back to this document's first" in window.status.whole_message()
    qtbot.keyClick(r.editor, Qt.Key.Key_Space, SHIFT)  # the first: none before, none elsewhere
    said = window.status.currentMessage()
    assert "none in other documents" in said and "Shift+Space again goes back" in said, said


def test_the_no_other_document_words_fit_in_vietnamese(qtbot, make_window, demo_path, vietnamese):
    r = review_window(qtbot, make_window, demo_path)
    r.editor.select_span(r.spans["Lê Trí Thanh"])
    qtbot.keyClick(r.editor, Qt.Key.Key_Space)
    said = r.window.status.currentMessage()
    assert said == r.window.status.whole_message() and "tài liệu khác không có" in said, said
