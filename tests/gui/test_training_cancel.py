"""Training cancelled from its progress dialog is reported as cancelled, not as failed."""

from __future__ import annotations

from annotator.app.training import load_model
from annotator.store import open_project
from tests.app._nlp_projects import build_project


def test_cancelled_training_says_cancelled_and_keeps_no_model(qtbot, make_window, tmp_path):
    path = tmp_path / "p.db"
    build_project(path, done=6)
    window = make_window(path)
    task = window.train_model()
    task.cancel()
    qtbot.waitUntil(lambda: task not in window.tasks, timeout=60000)
    report = window.last_report
    assert report.summary.text() == "Training cancelled."
    assert "unchanged" in report.details.toPlainText()
    window.close_project()
    project = open_project(path)
    try:
        assert load_model(project) is None
    finally:
        project.close()
