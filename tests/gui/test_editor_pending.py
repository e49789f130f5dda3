"""Pending suggestions in the editor: accept with Enter, reject with Backspace, bulk actions."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from annotator.core.operations import AddSuggestions
from tests.gui.editor_support import open_pane


def _suggest(pane, *items):
    spans = tuple((*pane.find(needle), label, "rules") for needle, label in items)
    return pane.apply(AddSuggestions(pane.doc_id, spans))


def test_enter_accepts_selected_suggestion(qtbot, tmp_path):
    pane = open_pane(qtbot, tmp_path)
    _suggest(pane, ("Phan Việt Cường", "PER"))
    pane.click(pane.find("Việt")[0])
    assert pane.editor.selected_span().state == "pending"
    with qtbot.waitSignal(pane.editor.changesApplied):
        pane.key(Qt.Key.Key_Return)
    assert pane.surfaces() == [("Phan Việt Cường", "PER", "accepted")]
    assert pane.editor.selected_span().state == "accepted"


def test_backspace_rejects_selected_suggestion(qtbot, tmp_path):
    pane = open_pane(qtbot, tmp_path)
    _suggest(pane, ("Quảng Nam", "LOC"))
    pane.click(pane.find("Nam")[0])
    pane.key(Qt.Key.Key_Backspace)
    assert pane.spans() == []
    (rejected,) = pane.spans(states=("rejected",))
    assert rejected.label == "LOC"
    assert pane.editor.selected_span() is None


def test_accept_all_and_reject_all_are_one_undo_step_each(qtbot, tmp_path):
    pane = open_pane(qtbot, tmp_path)
    _suggest(pane, ("Phan Việt Cường", "PER"), ("Quảng Nam", "LOC"), ("23.2", "DATE"))
    assert pane.editor.pending_count() == 3
    pane.editor.accept_all_pending()
    assert {s.state for s in pane.spans()} == {"accepted"}
    assert pane.editor.pending_count() == 0
    pane.editor.refresh(pane.session.undo())
    assert pane.editor.pending_count() == 3
    pane.editor.reject_all_pending()
    assert pane.spans() == []
    assert len(pane.spans(states=("rejected",))) == 3
    pane.editor.refresh(pane.session.undo())
    assert pane.editor.pending_count() == 3


def test_context_menu_accepts_suggestion(qtbot, tmp_path):
    pane = open_pane(qtbot, tmp_path)
    _suggest(pane, ("Quảng Nam", "ORG"))
    point = pane.char_point(pane.find("Quảng")[0])
    QApplication.sendEvent(pane.editor.viewport(), _context_event(point, pane.editor))
    menu = pane.editor._menu
    qtbot.waitUntil(menu.isVisible)
    texts = [a.text() for a in menu.actions()]
    assert "Delete span\tDel" not in texts
    next(a for a in menu.actions() if a.text().startswith("Accept suggestion")).trigger()
    assert pane.surfaces() == [("Quảng Nam", "ORG", "accepted")]


def _context_event(point, editor):
    from PySide6.QtGui import QContextMenuEvent

    return QContextMenuEvent(
        QContextMenuEvent.Reason.Mouse, point, editor.viewport().mapToGlobal(point)
    )


def test_many_suggestions_from_elsewhere_are_drawn_and_accepted_in_one_step(qtbot, tmp_path):
    words = " ".join(f"Ông{i} nói" for i in range(400))
    pane = open_pane(qtbot, tmp_path, words)
    spans = tuple((*pane.find(f"Ông{i} "), "PER", "rules") for i in range(300))
    spans = tuple((s, e - 1, label, who) for s, e, label, who in spans)
    pane.apply(AddSuggestions(pane.doc_id, spans))
    assert pane.editor.pending_count() == 300
    pane.click(pane.find("Ông7 ")[0] + 1)
    assert pane.editor.selected_span().state == "pending"
    with qtbot.waitSignal(pane.editor.changesApplied) as applied:
        pane.editor.accept_all_pending()
    assert len(applied.args[0].spans_changed) == 300
    assert len(pane.spans(states=("accepted",))) == 300
    assert pane.editor.selected_span().state == "accepted"
