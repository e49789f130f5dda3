"""A suggestion the project's memory holds back is named in the window's suggest report.

A linguist rejects the same suggestion in two documents; the next document
suggested leaves it out. The report said only how many were added, so the
missing suggestion had no explanation and no way back.
"""

from __future__ import annotations

from PySide6.QtCore import Qt

from annotator.app.suggest import memory as kept
from annotator.core.model import IN_PROGRESS, PENDING, REJECTED
from annotator.store import open_project
from tests.app._memory_projects import memory_project
from tests.gui.helpers import stored_document, stored_spans

EVENT = "hội thảo"


def _suggest_here(qtbot, window) -> None:
    window.editor.setFocus()
    task = window.suggest_current()
    with qtbot.waitSignal(task.ended, timeout=120_000):
        pass


def _events(path, doc_id: int, states) -> list:
    """The stored "hội thảo" events of a document in `states`, read on a connection of its own."""
    project = open_project(path)
    try:
        text = project.document(doc_id).text
        spans = project.spans(doc_id, states=states)
    finally:
        project.close()
    return [s for s in spans if s.label == "EVENT" and text[s.start : s.end] == EVENT]


def _reject_the_event(qtbot, window, path, doc_id: int) -> None:
    """Open, suggest, select the suggested event in the text and press Backspace."""
    window.open_document(doc_id)
    _suggest_here(qtbot, window)
    (span,) = _events(path, doc_id, (PENDING,))
    window.editor.select_span(span.id)
    window.editor.setFocus()
    qtbot.keyClick(window.editor, Qt.Key.Key_Backspace)
    assert [s.state for s in _events(path, doc_id, (PENDING, REJECTED))] == [REJECTED]
    assert stored_document(path, doc_id).status == IN_PROGRESS


def test_the_report_names_what_the_memory_held_back(qtbot, make_window, tmp_path) -> None:
    path = tmp_path / "held.db"
    ids = memory_project(path)
    window = make_window(path)
    try:
        for doc_id in ids[:2]:
            _reject_the_event(qtbot, window, path, doc_id)
        window.open_document(ids[2])
        _suggest_here(qtbot, window)
        assert _events(path, ids[2], (PENDING, REJECTED)) == []  # held back
        assert stored_spans(path, ids[2])  # the rest was suggested
        report = window.last_report
        said = report.summary.text() + "\n" + report.details.toPlainText()
        assert "held back 1 suggestion rejected" in said, said
        assert f"“{EVENT}” (EVENT)" in said, said
    finally:
        kept.forget(path)
