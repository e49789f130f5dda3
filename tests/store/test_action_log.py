"""The action log is append-only: every change adds a row, and no row is changed or removed."""

from __future__ import annotations

import sqlite3

import pytest

from annotator.core.operations import AddSpan, SetStatus
from tests.store.helpers import article


def _log(project) -> list[tuple]:
    return project._conn.execute("SELECT * FROM action_log ORDER BY id").fetchall()


def test_every_change_and_its_undo_add_rows_and_never_rewrite_earlier_ones(project):
    doc_id = project.add_document(article())
    session = project.session()
    seen = _log(project)
    for step in (
        lambda: session.apply(AddSpan(doc_id, 0, 3, "PER")),
        lambda: session.apply(SetStatus(doc_id, "done")),
        session.undo,
        session.redo,
    ):
        step()
        now = _log(project)
        assert len(now) == len(seen) + 1 and now[: len(seen)] == seen
        seen = now
    assert [row[6] for row in seen[-4:]] == ["do", "do", "undo", "redo"]  # kind


@pytest.mark.parametrize(
    "statement",
    [
        "UPDATE action_log SET op = '{}'",
        "DELETE FROM action_log",
        "DELETE FROM action_log WHERE id = 1",
    ],
)
def test_the_file_refuses_to_change_or_delete_log_rows(project, statement):
    project.session().apply(SetStatus(project.add_document(article()), "done"))
    before = _log(project)
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        project._conn.execute(statement)
    assert _log(project) == before
