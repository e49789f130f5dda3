"""Label all occurrences in the real window: from a span or from the search, preview, one undo."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt

from annotator.gui.search.label_all_dialog import PROJECT, RESULTS
from annotator.gui.search.model import annotation_text
from tests.app._corpus_projects import ARTICLES, corpus_file, find
from tests.gui.helpers import click_text, stored_spans

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = CTRL | Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def corpus_path(tmp_path: Path) -> Path:
    return corpus_file(tmp_path / "corpus.db")


def _wait_preview(qtbot, dialog) -> None:
    qtbot.waitExposed(dialog)  # laid out, so clicks land on the buttons
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=20000)


def _undo(qtbot, window) -> None:
    """Ctrl+Z in the main window, active again once the dialog has closed."""
    with qtbot.waitActive(window):
        window.activateWindow()
    qtbot.keyClick(window.editor, Qt.Key.Key_Z, CTRL)


def _tick(qtbot, button) -> None:
    """Click a radio button or check box on its indicator (its middle may be empty space)."""
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(6, button.height() // 2))


def test_from_a_selected_span_to_every_document_and_one_undo(qtbot, make_window, corpus_path):
    window = make_window(corpus_path)
    window.open_document(1)
    start, _ = find(ARTICLES[0][1], "Tỉnh ủy", 1)  # the ORG span, not the one inside the role
    click_text(qtbot, window.editor, start + 2)
    assert window.editor.selected_span().label == "ORG"
    qtbot.keyClick(window.editor, Qt.Key.Key_L, CTRL_SHIFT)
    dialog = window.corpus.dialog
    assert dialog.label_combo.currentData() == "ORG" and dialog.find_edit.text() == "Tỉnh ủy"
    _wait_preview(qtbot, dialog)
    assert dialog.plan.count == 0 and not dialog.apply_button.isEnabled()  # this document: done
    dialog.plan = None
    _tick(qtbot, dialog.scope.button(PROJECT))
    _wait_preview(qtbot, dialog)
    assert "1 occurrence will be labelled ORG (pending suggestions) in 1 document" in (
        dialog.preview.text()
    )
    assert "Left alone: 1 inside or across another annotation." in dialog.preview.text()
    assert dialog.apply_button.text() == "Label 1 occurrence"
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    added = [s for s in stored_spans(corpus_path, 2) if s.suggester == "search"]
    assert [(s.label, s.state, s.origin) for s in added] == [("ORG", "pending", "suggested")]
    assert (added[0].start, added[0].end) == find(ARTICLES[1][1], "Tỉnh ủy", 1)
    assert window.project.document(1).status == "done"  # suggestions are not an edit
    _undo(qtbot, window)
    assert not [s for s in stored_spans(corpus_path, 2) if s.suggester == "search"]


def test_from_the_search_results_accepted_and_nested(qtbot, make_window, corpus_path):
    window = make_window(corpus_path)
    window.corpus.show_search()
    panel = window.corpus.search
    panel.query_edit.insert("Quảng Nam")
    qtbot.keyClick(panel.query_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(panel.label_all_button.isEnabled, timeout=20000)
    qtbot.mouseClick(panel.label_all_button, Qt.MouseButton.LeftButton)
    dialog = window.corpus.dialog
    assert dialog.scope.checkedId() == RESULTS and dialog.find_edit.isReadOnly()
    _wait_preview(qtbot, dialog)
    dialog.label_combo.setCurrentIndex(dialog.label_combo.findData("LOC"))
    _tick(qtbot, dialog.state.button(1))
    _tick(qtbot, dialog.nested)
    qtbot.waitUntil(
        lambda: dialog.plan is not None and dialog.plan.accept and dialog.plan.label == "LOC",
        timeout=20000,
    )
    assert dialog.plan.count == 3 and dialog.plan.documents == 3
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    spans = {
        doc: [s for s in stored_spans(corpus_path, doc) if s.label == "LOC"] for doc in (1, 2, 3)
    }
    assert all(len(found) == 1 and found[0].state == "accepted" for found in spans.values())
    assert "Labelled 3 occurrences as LOC" in window.status.currentMessage()
    qtbot.waitUntil(lambda: panel.model.rowCount() == 3, timeout=20000)  # searched again
    assert all("LOC" in annotation_text(hit).split(", ") for hit in panel.model.hits()), [
        annotation_text(hit) for hit in panel.model.hits()
    ]
    _undo(qtbot, window)  # one step for all three documents
    assert all(
        not [s for s in stored_spans(corpus_path, doc) if s.label == "LOC"] for doc in (1, 2, 3)
    )
