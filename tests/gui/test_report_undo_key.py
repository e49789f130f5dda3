"""Ctrl+Z pressed in a suggest run's report puts back what the run withdrew, and says how many.

The report of a run that withdrew pending suggestions ends "(Ctrl+Z puts
them back)". It is a window of its own and has the keyboard when it opens,
so the main window's Ctrl+Z did not reach it: the key did nothing, and the
withdrawn suggestions stayed gone until the linguist closed the report.
"""

from __future__ import annotations

from PySide6.QtCore import Qt

from annotator.app.suggest import memory as kept
from annotator.core.model import PENDING
from tests.app._memory_projects import memory_project, spans_with_text
from tests.gui.memory_review_support import EVENT, event_states, wait_for
from tests.gui.test_suggest_withdraws import suggest_all_then_reject_in_two

CTRL = Qt.KeyboardModifier.ControlModifier


def test_ctrl_z_in_the_report_puts_back_the_withdrawn_suggestions(
    qtbot, make_window, tmp_path
) -> None:
    path = tmp_path / "report.db"
    ids = memory_project(path)
    window = make_window(path)
    try:
        suggest_all_then_reject_in_two(qtbot, window, path, ids)
        window.open_document(ids[2])
        wait_for(qtbot, window.suggest_current())
        assert event_states(path, [ids[2]]) == []  # withdrawn
        report = window.last_report
        assert "Ctrl+Z" in report.summary.text(), report.summary.text()
        with qtbot.waitActive(report):
            report.activateWindow()
        qtbot.keyClick(report, Qt.Key.Key_Z, CTRL)
        assert event_states(path, [ids[2]]) == [PENDING]
        said = window.status.currentMessage()  # how many came back, as the report counted them
        assert said.startswith(
            "Undone: withdrawing 1 pending suggestion the project's memory holds back"
        ), said
        qtbot.keyClick(report, Qt.Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)
        assert event_states(path, [ids[2]]) == []  # and redone
        assert [t for _, t, _s in spans_with_text(path, ids[:2])].count(EVENT) == 0
    finally:
        kept.forget(path)


def test_the_undo_words_count_the_withdrawn_suggestions_in_vietnamese(vietnamese) -> None:
    from annotator.app.suggest.withdrawing import WITHDRAW
    from annotator.core.operations import Batch, DeleteSpans
    from annotator.gui.step_words import describe

    op = Batch((DeleteSpans((4, 7, 9)),), WITHDRAW)
    words = describe(None, op, Batch((), "inverse"))
    assert words == "rút lại 3 gợi ý chờ duyệt mà bộ nhớ của dự án bỏ qua", words
