"""After a bulk decision from a list's menu the list keeps a current row, so Enter and
Backspace go on deciding there as after a single decision.

"Reject all like this" left the Annotations list with no current row: Enter
and Backspace did nothing until a row was clicked again.
"""

from __future__ import annotations

from PySide6.QtCore import Qt

from annotator.app.suggest import memory as kept
from annotator.core.model import ACCEPTED, PENDING
from tests.app._memory_projects import memory_project, spans_with_text
from tests.gui.memory_review_support import EVENT, choose, suggest_all_and_close_report


def _open_menu_on(window, span_id: int) -> None:
    panel = window.annotations
    index = panel.model.index(panel.model.row_of(span_id), 0)
    panel.view.customContextMenuRequested.emit(panel.view.visualRect(index).center())


def _state(path, doc_id: int, span_id: int) -> str:
    return next(
        s.state for _, _, s in spans_with_text(path, [doc_id], states=None) if s.id == span_id
    )


def test_after_reject_all_like_this_enter_accepts_the_next_suggestion(
    qtbot, make_window, tmp_path
) -> None:
    path = tmp_path / "bulk.db"
    ids = memory_project(path)
    window = make_window(path)
    try:
        suggest_all_and_close_report(qtbot, window)
        window.open_document(ids[1])
        panel = window.annotations
        shown = window.editor.shown_spans()
        event = next(s for s in shown if window.review.actions.surface(s) == EVENT)
        assert len([s for s in shown if s.state == PENDING]) > 1
        panel.view.setFocus()
        _open_menu_on(window, event.id)
        choose(window.review._menu, "Reject all like this", "In all unfinished documents")
        view = panel.view
        qtbot.waitUntil(lambda: panel.model.span_at(view.currentIndex().row()) is not None)
        span_id = panel.model.span_at(view.currentIndex().row()).id  # a row to go on from
        assert span_id != event.id and _state(path, ids[1], span_id) == PENDING
        panel.view.setFocus()
        qtbot.keyClick(panel.view, Qt.Key.Key_Return)
        assert _state(path, ids[1], span_id) == ACCEPTED
    finally:
        kept.forget(path)
