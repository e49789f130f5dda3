"""Suggesting again withdraws pending suggestions the project's memory now holds back.

The usual order is "Suggest for all unfinished documents" first, then the
review. A surface rejected in two documents stayed pending in the third,
and suggesting that document again said nothing and left it there.
"""

from __future__ import annotations

from PySide6.QtCore import Qt

from annotator.app.suggest import memory as kept
from annotator.core.model import NEW, PENDING, REJECTED
from tests.app._memory_projects import memory_project
from tests.gui.helpers import stored_document
from tests.gui.memory_review_support import (
    EVENT,
    event_states,
    suggest_all_and_close_report,
    wait_for,
)


def _reject_in(qtbot, window, path, doc_id: int) -> None:
    """Open a document, select its pending event in the text, press Backspace."""
    window.open_document(doc_id)
    span = next(s for s in window.editor.shown_spans() if window.review.actions.surface(s) == EVENT)
    window.editor.select_span(span.id)
    window.editor.setFocus()
    qtbot.keyClick(window.editor, Qt.Key.Key_Backspace)
    assert event_states(path, [doc_id]) == [REJECTED]


def suggest_all_then_reject_in_two(qtbot, window, path, ids: list[int]) -> None:
    """Suggest for all unfinished documents, close the report, reject the event in the first two."""
    suggest_all_and_close_report(qtbot, window)
    assert [event_states(path, [i]) for i in ids] == [[PENDING]] * 3
    for doc_id in ids[:2]:
        _reject_in(qtbot, window, path, doc_id)


def test_suggesting_again_withdraws_what_the_memory_now_holds_back_in_one_undo_step(
    qtbot, make_window, tmp_path
) -> None:
    path = tmp_path / "again.db"
    ids = memory_project(path)
    window = make_window(path)
    try:
        suggest_all_then_reject_in_two(qtbot, window, path, ids)
        window.open_document(ids[2])
        window.editor.setFocus()
        wait_for(qtbot, window.suggest_current())
        assert event_states(path, [ids[2]]) == []  # withdrawn
        assert stored_document(path, ids[2]).status == NEW  # the run's act, not the user's
        report = window.last_report
        said = report.summary.text() + "\n" + report.details.toPlainText()
        assert "Withdrew 1 pending suggestion the project's memory now holds back" in said, said
        assert f"“{EVENT}” (EVENT)" in said, said
        report.close()  # as the linguist does
        with qtbot.waitActive(window):
            window.activateWindow()
        window.editor.setFocus()
        qtbot.keyClick(window.editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        assert event_states(path, [ids[2]]) == [PENDING]
        said = window.status.currentMessage()
        assert "withdrawing 1 pending suggestion the project's memory holds back" in said, said
    finally:
        kept.forget(path)
