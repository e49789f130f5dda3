"""Suggestions and training from the Annotate menu, in background threads."""

from __future__ import annotations

import pytest

from annotator.core.model import ACCEPTED, PENDING
from annotator.store.document_filter import DocumentFilter
from tests.gui.helpers import seed_doc_id, stored_relations, stored_spans

pytestmark = pytest.mark.slow


def _wait(qtbot, task, timeout=240_000):
    assert task is not None
    with qtbot.waitSignal(task.ended, timeout=timeout):
        pass


def test_suggest_then_accept_all_for_the_document(qtbot, make_window, demo_path):
    window = make_window(demo_path)
    seed = seed_doc_id(window.project)
    window.open_document(seed)
    window.commands.suggest_document.trigger()
    assert len(window.tasks) == 1
    _wait(qtbot, window.tasks[0])
    pending = [s for s in stored_spans(demo_path, seed) if s.state == PENDING]
    assert pending, window.last_report.details.toPlainText()
    assert " relations in 1 document (" in window.last_report.summary.text()
    relations = [r for r in stored_relations(demo_path, seed) if r.state == PENDING]
    assert window.editor.pending_count() == len(pending) + len(relations)  # both are reviewed
    assert any("(suggested)" in t for t in window.annotations.span_texts())
    window.commands.accept_all.trigger()
    states = {s.state for s in stored_spans(demo_path, seed)}
    assert states == {ACCEPTED}
    assert {r.state for r in stored_relations(demo_path, seed)} <= {ACCEPTED}
    assert window.editor.pending_count() == 0


def test_cancelled_suggestions_stop_early(qtbot, make_window, demo_path):
    window = make_window(demo_path)
    task = window.suggest_unfinished()
    task.cancel()
    _wait(qtbot, task)
    assert "cancelled" in window.last_report.summary.text()


def test_train_from_finished_documents_shows_held_out_scores(qtbot, make_window, demo_path):
    window = make_window(demo_path)
    _wait(qtbot, window.suggest_unfinished())
    for doc_id in window.project.document_ids():
        window.open_document(doc_id)
        window.commands.accept_all.trigger()
        window.commands.mark_done.trigger()
    assert (
        window.project.document_count(DocumentFilter(status="done"))
        == window.project.document_count()
    )
    window.commands.train.trigger()
    _wait(qtbot, window.tasks[0])
    report = window.last_report
    assert report.windowTitle() == "Training", report.details.toPlainText()
    summary = report.summary.text()
    assert "held back to test it, it finds" in summary
    assert "Suggestions will use the model" in summary
    table = report.table
    assert table.rowCount() >= 2
    labels = [table.item(r, 0).text() for r in range(table.rowCount())]
    assert labels[-1] == "all (micro)"
    assert 0.0 <= float(table.item(table.rowCount() - 1, 3).text()) <= 1.0
    assert window.project.get_blob("crf-model") is not None


def test_underthesea_is_a_project_setting_ticked_in_the_annotate_menu(
    qtbot, make_window, demo_path
):
    from annotator.app.suggest_options import uses_underthesea

    window = make_window(demo_path)
    action = window.commands.suggest_underthesea
    assert action.isCheckable() and not action.isChecked()
    action.trigger()
    assert uses_underthesea(window.project)
    window.close_project()
    assert window.open_project_path(demo_path)
    assert window.commands.suggest_underthesea.isChecked()
    action.trigger()
    assert not uses_underthesea(window.project)


def test_the_suggestion_report_counts_the_suggested_relations_too(qtbot, make_window, demo_path):
    window = make_window(demo_path)
    seed = seed_doc_id(window.project)
    window.open_document(seed)
    window.commands.suggest_document.trigger()
    _wait(qtbot, window.tasks[0])
    spans = [s for s in stored_spans(demo_path, seed) if s.state == PENDING]
    relations = [r for r in stored_relations(demo_path, seed) if r.state == PENDING]
    assert relations, "the seed article gets suggested relations"
    summary = window.last_report.summary.text()
    assert summary.startswith(f"{len(spans)} suggestions and {len(relations)} relations in 1 ")
