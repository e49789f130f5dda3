"""Annotate ▸ Held back by the memory…: what the memory holds back, seen and lifted in the window.

`Myanmar` (LOC) rejected twice where it sat inside a longer ORG held back
every later `Myanmar` in the project, and nothing in the window showed it.
The window lists each held-back surface with its rejections and places,
lifts the chosen ones in one undoable step, and the next suggest run
proposes them again; Ctrl+Z holds them back again.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import shiboken6
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication

from annotator.app.suggest import memory as kept
from annotator.core.model import PENDING
from annotator.store import open_project
from tests.app._memory_projects import CLUB, TEXTS, memory_project
from tests.gui.memory_review_support import EVENT, choose, event_states, wait_for
from tests.gui.test_suggest_withdraws import suggest_all_then_reject_in_two

CTRL = Qt.KeyboardModifier.ControlModifier


def _lifted(path) -> frozenset[int]:
    project = open_project(path)
    try:
        return project.lifted_rejections()
    finally:
        project.close()


def _open_held_back(qtbot, window):
    annotate = next(
        a.menu() for a in window.menuBar().actions() if a.text().replace("&", "") == "Annotate"
    )
    choose(annotate, "Held back by the memory")
    dialog = window.held_back_dialog
    qtbot.waitUntil(lambda: dialog.tree.topLevelItemCount() == 1, timeout=20_000)
    return dialog


@contextmanager
def _rejected_in_two(qtbot, make_window, path) -> Iterator[tuple[object, list[int]]]:
    """The main window on a memory project whose suggestions were made everywhere and one
    surface rejected in two documents; the memory of the project is forgotten after."""
    ids = memory_project(path)
    window = make_window(path)
    try:
        suggest_all_then_reject_in_two(qtbot, window, path, ids)
        yield window, ids
    finally:
        kept.forget(path)


def _suggest_in(qtbot, window, doc_id: int) -> None:
    window.open_document(doc_id)
    wait_for(qtbot, window.suggest_current())
    window.last_report.close()


def test_a_held_back_surface_is_listed_lifted_and_held_back_again_with_ctrl_z(
    qtbot, make_window, tmp_path
) -> None:
    path = tmp_path / "held.db"
    with _rejected_in_two(qtbot, make_window, path) as (window, ids):
        _suggest_in(qtbot, window, ids[2])
        assert event_states(path, [ids[2]]) == []  # withdrawn: held back
        dialog = _open_held_back(qtbot, window)
        row = dialog.tree.topLevelItem(0)
        cells = [row.text(i) for i in range(5)]
        assert cells == [EVENT, "EVENT", "2", "2", "withdrew 1"], cells
        dialog.tree.setCurrentItem(row.child(1))
        qtbot.keyClick(dialog.tree, Qt.Key.Key_Return)  # Enter opens the place of a rejection
        assert window.current_doc_id() == ids[1]
        assert _lifted(path) == frozenset() and dialog.isVisible()  # and neither lifts nor closes
        dialog.tree.setCurrentItem(row)
        qtbot.mouseClick(dialog.lift_button, Qt.MouseButton.LeftButton)
        assert len(_lifted(path)) == 2
        assert (
            "proposes 1 held-back surface again: “hội thảo” (EVENT)"
            in window.status.currentMessage()
        )
        qtbot.waitUntil(lambda: dialog.tree.topLevelItemCount() == 0, timeout=20_000)
        _suggest_in(qtbot, window, ids[2])
        assert event_states(path, [ids[2]]) == [PENDING]  # proposed again
        with qtbot.waitActive(dialog):
            dialog.activateWindow()
        qtbot.keyClick(dialog.tree, Qt.Key.Key_Z, CTRL)
        assert _lifted(path) == frozenset()
        said = window.status.currentMessage()
        assert said.startswith("Undone: suggesting 1 held-back surface again"), said
        qtbot.waitUntil(lambda: dialog.tree.topLevelItemCount() == 1, timeout=20_000)
        _suggest_in(qtbot, window, ids[2])
        assert event_states(path, [ids[2]]) == []  # held back again


def test_the_undo_words_count_the_lifted_surfaces_in_vietnamese(vietnamese) -> None:
    from annotator.app.suggest.hold_backs import LIFT
    from annotator.core.operations import Batch, LiftHoldBack
    from annotator.gui.step_words import describe

    op = Batch((LiftHoldBack((4, 7)), LiftHoldBack((9,))), LIFT)
    words = describe(None, op, Batch((), "inverse"))
    assert words == "gợi ý lại 2 chuỗi chữ bộ nhớ đã bỏ qua", words


def test_choosing_the_window_again_from_the_menu_gives_it_the_keys(
    qtbot, make_window, tmp_path
) -> None:
    """Opened again while it stood behind the main window, the list took no keys: Enter and
    the arrows went on to the main window, where Enter accepted a pending suggestion."""
    path = tmp_path / "keys.db"
    with _rejected_in_two(qtbot, make_window, path) as (window, ids):
        dialog = _open_held_back(qtbot, window)
        window.activateWindow()  # the linguist goes back to the document
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5_000)
        window.open_document(ids[2])
        window.editor.setFocus()
        dialog = _open_held_back(qtbot, window)
        qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=5_000)
        typed_into = QApplication.focusWidget()
        assert typed_into is dialog.tree, typed_into
        qtbot.keyClick(typed_into, Qt.Key.Key_Return)  # the first place of the current row
        assert window.current_doc_id() == ids[0]
        assert event_states(path, [ids[2]]) == [PENDING]  # nothing accepted behind it
        assert _lifted(path) == frozenset()


def test_the_open_window_shows_what_the_next_suggest_run_withdrew(
    qtbot, make_window, tmp_path
) -> None:
    """Left open during a suggest run, its "Latest suggest run" column kept the run before."""
    path = tmp_path / "latest.db"
    with _rejected_in_two(qtbot, make_window, path) as (window, ids):
        dialog = _open_held_back(qtbot, window)
        assert dialog.tree.topLevelItem(0).text(4) == "none"  # the run before the rejections
        _suggest_in(qtbot, window, ids[2])
        assert event_states(path, [ids[2]]) == []  # withdrawn: held back
        qtbot.waitUntil(lambda: dialog.tree.topLevelItem(0).text(4) == "withdrew 1", timeout=20_000)
        assert dialog.isVisible() and "No suggest run" not in dialog.summary.text()


def test_each_place_reads_as_its_title_and_the_words_around_the_span(
    qtbot, make_window, tmp_path
) -> None:
    """A place was "t0 @ 42": an offset a linguist cannot read. It shows the document's title
    and the words around the rejected span, the span in brackets, and Enter still opens it."""
    path = tmp_path / "places.db"
    with _rejected_in_two(qtbot, make_window, path) as (window, ids):
        dialog = _open_held_back(qtbot, window)
        row = dialog.tree.topLevelItem(0)
        places = [row.child(i).text(0) for i in range(row.childCount())]
        assert places == [
            f"t0: …{CLUB} tổ chức [{EVENT}] về thuế.",
            # not "…nay, …": a cut after a capitalised word moves back to keep it
            f"t1: Sáng nay, {CLUB} mở [{EVENT}] với ông Nguyễn Văn An tại Đà Nẵng.",
        ], places
        assert row.child(1).toolTip(0).startswith("t1\n"), row.child(1).toolTip(0)
        dialog.tree.expandItem(row)
        qtbot.waitUntil(lambda: dialog.tree.visualItemRect(row.child(1)).width() > 0)
        shown = dialog.tree.visualItemRect(row.child(1)).width()
        wanted = dialog.tree.fontMetrics().horizontalAdvance(places[1])
        assert wanted < shown, (wanted, shown)  # the whole place reads in the window
        dialog.tree.setCurrentItem(row.child(1))
        qtbot.keyClick(dialog.tree, Qt.Key.Key_Return)
        assert window.current_doc_id() == ids[1]
        start = TEXTS[1].index(EVENT)
        cursor = window.editor.textCursor()
        assert start in (cursor.selectionStart(), cursor.position()), (start, cursor.position())


def test_the_window_moves_off_the_place_it_opens_at_1366(qtbot, make_window, tmp_path) -> None:
    """At 1366 x 768 the window stayed over the place it had just opened."""
    path = tmp_path / "aside.db"
    ids = memory_project(path)
    window = make_window(path, size=(1366, 768))
    try:
        suggest_all_then_reject_in_two(qtbot, window, path, ids)
        dialog = _open_held_back(qtbot, window)
        row = dialog.tree.topLevelItem(0)
        dialog.tree.expandItem(row)
        dialog.tree.setCurrentItem(row.child(1))
        qtbot.keyClick(dialog.tree, Qt.Key.Key_Return)
        assert window.current_doc_id() == ids[1]
        line = _caret_line(window.editor)
        dialog.move(line.left(), line.top() - 100)  # over the place, as it was left
        assert dialog.frameGeometry().intersects(line)
        qtbot.keyClick(dialog.tree, Qt.Key.Key_Return)  # the same place again
        line = _caret_line(window.editor)
        assert dialog.isVisible()
        assert not dialog.frameGeometry().intersects(line), (dialog.frameGeometry(), line)
        assert dialog.tree.height() > 100  # its list still reads
    finally:
        kept.forget(path)


def _caret_line(editor) -> QRect:
    """The caret's line across the editor, in screen coordinates."""
    caret = editor.cursorRect()
    top_left = editor.viewport().mapToGlobal(QPoint(0, caret.top()))
    return QRect(top_left.x(), top_left.y(), editor.viewport().width(), caret.height())


def test_closing_the_project_while_the_list_is_being_read_shows_nothing_after(
    qtbot, make_window, tmp_path
) -> None:
    """A read that ended just before the project closed, and the timer that reads again after a
    change, arrived after the close and asked the closed project for its titles."""
    path = tmp_path / "held.db"
    with _rejected_in_two(qtbot, make_window, path) as (window, _ids):
        dialog = _open_held_back(qtbot, window)
        dialog.refresh()
        job = dialog._job
        assert job._runner.ended.wait(20)  # its result is queued for this thread
        dialog._soon.start()  # and a read again after a change is due
        close = next(
            a
            for a in window.menuBar().actions()[0].menu().actions()
            if a.text().replace("&", "") == "Close"
        )
        close.trigger()
        assert window.context is None
        qtbot.wait(600)  # past the timer: nothing is read or shown, no error is raised
        assert not shiboken6.isValid(dialog)  # gone with its project
        assert getattr(window, "held_back_dialog", None) is None
