"""Undoing a step of many edits says what they were and where, not only how many there were."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from annotator.core.operations import AddSpan
from annotator.core.team import CURATED
from tests.gui.helpers import document_of, drag_select, merged_team_window
from tests.gui.review_support import SUGGESTED, review_window


def _said(window) -> str:
    return window.status.whole_message()  # a long title is cut in the bar, whole in its tooltip


def _title(window, doc_id: int) -> str:
    return window.project.document(doc_id).title


def test_undoing_accept_all_names_what_was_accepted_and_where(qtbot, make_window, demo_path):
    r = review_window(qtbot, make_window, demo_path)
    window = r.window
    window.commands.accept_all.trigger()  # Annotate > Accept all pending
    assert all(s.state == "accepted" for s in window.project.spans(r.doc_id))
    window.undo()
    title = _title(window, r.doc_id)
    expected = f"Undone: accepting {len(SUGGESTED)} suggestions and 1 suggested relation in “"
    assert _said(window) == expected + f"{title}”."
    window.redo()
    assert _said(window) == expected.replace("Undone", "Redone") + f"{title}”."


def test_accept_all_says_which_key_takes_it_back_and_that_key_does(qtbot, make_window, demo_path):
    r = review_window(qtbot, make_window, demo_path)
    window = r.window
    window.commands.accept_all.trigger()  # Annotate > Accept all pending
    key = window.commands.undo.shortcut().toString()
    assert _said(window).endswith(f" ({key} takes it back)")
    window.editor.setFocus()
    qtbot.keyClick(window.editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert {s.state for s in window.project.spans(r.doc_id)} == {"pending"}


def test_undoing_reject_all_from_a_suggester_names_it(qtbot, make_window, demo_path):
    r = review_window(qtbot, make_window, demo_path)
    window = r.window
    window.review.actions.reject_all_from("rules", doc_id=r.doc_id)
    rules = sum(1 for *_, who, _c in SUGGESTED if who == "rules")
    window.undo()
    title = _title(window, r.doc_id)
    expected = f"Undone: rejecting {rules} suggestions and 1 suggested relation in “{title}”."
    assert _said(window) == expected


def test_correcting_a_suggestions_extent_is_named_when_undone(qtbot, make_window, demo_path):
    r = review_window(qtbot, make_window, demo_path)
    window, editor = r.window, r.editor
    start, end = r.find("Ban Thường vụ Tỉnh ủy")
    drag_select(qtbot, editor, start, end - len(" Tỉnh ủy"))  # narrower than suggested
    qtbot.keyClick(editor, "3")  # ORG: the suggestion moves to the selection and is accepted
    assert [s.state for s in window.project.spans(r.doc_id) if s.start == start] == ["accepted"]
    window.undo()
    assert _said(window) == "Undone: correcting ORG to “Ban Thường vụ” and accepting it."


def test_a_mixed_batch_names_its_parts(qtbot, make_window, demo_path):
    r = review_window(qtbot, make_window, demo_path)
    window = r.window
    start, end = r.find("Sáng 23.2")
    window.context.apply(AddSpan(r.doc_id, start, end, "DATE"))  # the first edit: a batch
    window.undo()
    assert _said(window) == "Undone: label DATE on “Sáng 23.2”."


def test_undoing_a_merge_of_agreed_spans_counts_them_in_their_document(
    qtbot, make_window, tmp_path: Path
):
    window = merged_team_window(make_window, tmp_path)
    project = window.project
    doc_id = document_of(project, {"an", "chi"})
    window.open_document(doc_id)
    qtbot.waitUntil(lambda: window.current_doc_id() == doc_id)
    action = next(a for a in window.team.actions if a.text().replace("&", "").startswith("Curate"))
    action.trigger()
    curation = window.team.dialog
    curation.rule.setCurrentIndex(curation.rule.findData(1))  # any annotator has it
    before = {s.id for s in project.spans(doc_id) if s.annotator == CURATED}
    curation.merge_agreed()
    added = [s for s in project.spans(doc_id) if s.annotator == CURATED and s.id not in before]
    assert added
    window.undo()
    title = _title(window, doc_id)
    counted = "1 annotation" if len(added) == 1 else f"{len(added)} annotations"
    assert _said(window).startswith(f"Undone: curating {counted}")
    assert _said(window).endswith(f" in “{title}”.")


def test_the_vietnamese_window_names_an_accept_all(vietnamese, qtbot, make_window, demo_path):
    r = review_window(qtbot, make_window, demo_path)
    window = r.window
    window.editor.accept_all_pending()
    window.undo()
    title = _title(window, r.doc_id)
    assert _said(window) == (
        f"Đã hoàn tác: chấp nhận {len(SUGGESTED)} gợi ý và 1 quan hệ gợi ý trong “{title}”."
    )


def test_keys_undo_a_batch_with_its_words(qtbot, make_window, demo_path):
    r = review_window(qtbot, make_window, demo_path)
    window = r.window
    window.editor.reject_all_pending()
    qtbot.keyClick(window.editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _said(window).startswith(
        f"Undone: rejecting {len(SUGGESTED)} suggestions and 1 suggested relation in “"
    )
