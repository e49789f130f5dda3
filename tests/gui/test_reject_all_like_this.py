"""Reject all like this: a wrong suggestion pending in many documents is rejected in one step.

After "Suggest for all unfinished documents", a suggestion the linguist
rejects here is still pending in every other document: the project's memory
only holds back what is suggested later. Accepting had "Accept all like
this"; rejecting had nothing but one Backspace per document.
"""

from __future__ import annotations

from PySide6.QtCore import Qt

from annotator.app.suggest import memory as kept
from annotator.core.model import PENDING, REJECTED
from tests.app._memory_projects import memory_project
from tests.gui.memory_review_support import EVENT, choose, event_states, wait_for


def test_reject_all_like_this_in_every_unfinished_document_is_one_undo_step(
    qtbot, make_window, tmp_path
) -> None:
    path = tmp_path / "like.db"
    ids = memory_project(path)
    window = make_window(path)
    try:
        wait_for(qtbot, window.suggest_unfinished())
        assert event_states(path, ids) == [PENDING] * 3
        window.last_report.close()  # the run's report, closed as the linguist does
        with qtbot.waitActive(window):
            window.activateWindow()
        window.open_document(ids[0])
        panel = window.annotations
        span = next(
            s for s in window.editor.shown_spans() if window.review.actions.surface(s) == EVENT
        )
        index = panel.model.index(panel.model.row_of(span.id), 0)
        panel.view.customContextMenuRequested.emit(panel.view.visualRect(index).center())
        choose(window.review._menu, "Reject all like this", "In all unfinished documents (3)")
        assert event_states(path, ids) == [REJECTED] * 3
        said = window.status.currentMessage()
        assert f"Rejected 3 EVENT “{EVENT}” in 3 documents" in said, said
        window.editor.setFocus()
        qtbot.keyClick(window.editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        assert event_states(path, ids) == [PENDING] * 3
    finally:
        kept.forget(path)
