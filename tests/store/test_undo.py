"""Undo/redo from the action log: across documents, annotators and reopening."""

from __future__ import annotations

from pathlib import Path

from annotator.core.operations import AddSpan, DeleteSpan, RelabelSpan, SetStatus
from annotator.store import open_project
from tests.store.helpers import article, snapshot


def _two_docs(project) -> tuple[int, int]:
    return project.add_document(article()), project.add_document(article(" Hai."))


def test_undo_crosses_documents_and_reports_them(project) -> None:
    first, second = _two_docs(project)
    session = project.session()
    session.apply(AddSpan(first, 0, 4, "EVENT"))
    session.apply(AddSpan(second, 0, 4, "EVENT"))
    undone = session.undo()
    assert undone.doc_ids == {second}
    assert session.undo().doc_ids == {first}
    assert session.undo() is None
    assert len(project.spans(first)) == 2 and len(project.spans(second)) == 2
    assert session.redo().doc_ids == {first}


def test_history_survives_reopening(project_path: Path) -> None:
    from annotator.store import create_project

    with create_project(project_path, annotator="lan") as created:
        first, second = _two_docs(created)
        session = created.session()
        span = session.apply(AddSpan(first, 0, 4, "EVENT")).spans_added[0]
        session.apply(RelabelSpan(span, "DATE"))
        session.apply(SetStatus(second, "done"))
        session.undo()
    with open_project(project_path, annotator="lan") as reopened:
        session = reopened.session()
        assert session.can_undo() and session.can_redo()
        assert session.redo().status_changed == {second}
        session.undo()
        session.undo()
        assert reopened.span(span).label == "EVENT"
        session.undo()
        assert not session.can_undo()
        assert [s.id for s in reopened.spans(first) if s.id == span] == []
    with open_project(project_path, annotator="lan") as again:
        session = again.session()
        for _ in range(3):
            session.redo()
        assert again.span(span).label == "DATE"
        assert again.document(second).status == "done"
        assert not session.can_redo()


def test_new_action_clears_redo(project) -> None:
    doc, _ = _two_docs(project)
    session = project.session()
    session.apply(AddSpan(doc, 0, 4, "EVENT"))
    session.undo()
    assert session.can_redo()
    session.apply(SetStatus(doc, "done"))
    assert not session.can_redo()
    assert session.redo() is None


def test_redo_restores_the_same_span_id_so_later_steps_still_apply(
    project, project_path: Path
) -> None:
    doc, _ = _two_docs(project)
    session = project.session()
    span = session.apply(AddSpan(doc, 0, 4, "EVENT")).spans_added[0]
    session.apply(RelabelSpan(span, "DATE"))
    final = snapshot(project_path)
    session.undo()
    session.undo()
    assert session.redo().spans_added == (span,)
    session.redo()
    assert snapshot(project_path) == final


def test_each_annotator_undoes_only_their_own_steps(project) -> None:
    doc, _ = _two_docs(project)
    lan, minh = project.session("lan"), project.session("minh")
    lan.apply(SetStatus(doc, "in_progress"))
    minh.apply(AddSpan(doc, 0, 4, "EVENT"))
    assert lan.undo().status_changed == {doc}
    assert len(project.spans(doc)) == 3  # minh's span is untouched
    assert not lan.can_undo() and minh.can_undo()


def test_two_windows_of_one_annotator_each_undo_only_their_own(project) -> None:
    doc, second = _two_docs(project)
    editor = project.session(register=True)
    other_window = project.session(register=True)
    editor.apply(SetStatus(doc, "done"))
    other_window.apply(SetStatus(second, "done"))
    assert other_window.undo().status_changed == {second}
    assert not other_window.can_undo()  # the other window's step is not ours
    assert project.document(doc).status == "done"
    assert editor.undo().status_changed == {doc}


def test_a_later_session_adopts_the_history_of_closed_windows_only(project) -> None:
    doc, second = _two_docs(project)
    closed, still_open = project.session(register=True), project.session(register=True)
    closed.apply(SetStatus(doc, "done"))
    still_open.apply(SetStatus(second, "done"))
    closed.close()
    later = project.session(register=True)
    assert later.undo().status_changed == {doc}
    assert not later.can_undo()
    assert [s.id for s in later.open_elsewhere()] == [still_open.id]


def test_a_step_that_no_longer_applies_is_dropped_with_a_message(project) -> None:
    doc, _ = _two_docs(project)
    lan, minh = project.session("lan"), project.session("minh")
    lan.apply(SetStatus(doc, "done"))
    span = lan.apply(AddSpan(doc, 0, 4, "EVENT")).spans_added[0]
    minh.apply(DeleteSpan(span))
    import pytest

    from annotator.core.errors import OperationError

    with pytest.raises(OperationError, match="cannot undo"):
        lan.undo()
    assert lan.undo().status_changed == {doc}  # the next step back still works
    assert project.document(doc).status == "new"


_WINDOW = """
import sys
from annotator.core.operations import SetStatus
from annotator.store import open_project
project = open_project(sys.argv[1])
window = project.session(register=True)
window.apply(SetStatus(int(sys.argv[2]), "done"))
print(window.id, flush=True)
sys.stdin.read()
project.close()
"""


def test_a_copy_is_not_open_in_the_window_of_its_original(tmp_path) -> None:
    import sqlite3
    import subprocess
    import sys

    from annotator.store import create_project, open_project

    original_path, copy_path = tmp_path / "p.db", tmp_path / "copy.db"
    with create_project(original_path) as project:
        doc, _ = _two_docs(project)
    args = [sys.executable, "-c", _WINDOW, str(original_path), str(doc)]
    window = subprocess.Popen(args, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        window_id = window.stdout.readline().strip()  # type: ignore[union-attr]
        source, target = sqlite3.connect(original_path), sqlite3.connect(copy_path)
        source.backup(target)  # the copy carries the window's session row
        source.close()
        target.close()
        with open_project(copy_path) as copy:
            reader = copy.session(register=True)
            assert reader.open_elsewhere() == []  # the window holds the original, not the copy
            assert reader.undo().status_changed == {doc}  # the copy's history is its own
        with open_project(original_path) as original:
            assert [s.id for s in original.session().open_elsewhere()] == [window_id]
    finally:
        window.communicate("", timeout=60)
