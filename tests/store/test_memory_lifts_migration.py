"""Migration 0099 adds the table of lifted rejections; an older project opens without a word.

A project made before it has rejections the memory counts and no table of
lifts: it opens with no notice, its rejections still count, and a lift
then works on it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from annotator.core.errors import OperationError
from annotator.core.model import SourceDocument
from annotator.core.operations import AddSuggestions, LiftHoldBack, SetSpanState
from annotator.store import create_project, open_project
from annotator.store.migrations import MIGRATIONS

BEFORE_0099 = tuple(m for m in MIGRATIONS if m.name != "0099_memory_lifts")


def _older_project(path: Path) -> int:
    """A project as the previous version made it, with one rejected suggestion."""
    with create_project(path, migrations=BEFORE_0099) as old:
        doc = old.add_document(SourceDocument(text="Myanmar và Lào.", title="t"))
        session = old.session()
        added = session.apply(AddSuggestions(doc, spans=((0, 7, "LOC", "rules", 0.8),)))
        span = added.spans_added[0]
        session.apply(SetSpanState(span, "rejected"))
        tables = {r[0] for r in old._conn.execute("SELECT name FROM sqlite_master")}
        assert "memory_lifts" not in tables
    return span


def test_an_older_project_opens_quietly_and_can_lift(tmp_path: Path) -> None:
    path = tmp_path / "older.db"
    span = _older_project(path)
    project = open_project(path)
    try:
        assert project.notices == []
        assert project.lifted_rejections() == frozenset()
        change = project.session().apply(LiftHoldBack((span,)))
        assert change.memory_changed
        assert project.lifted_rejections() == frozenset({span})
    finally:
        project.close()


def test_an_older_project_read_as_it_is_has_no_lifts(tmp_path: Path) -> None:
    path = tmp_path / "older.db"
    _older_project(path)
    project = open_project(path, migrations=BEFORE_0099)
    try:
        assert project.lifted_rejections() == frozenset()
    finally:
        project.close()


def test_a_lift_of_a_span_no_longer_rejected_is_refused_with_a_message(tmp_path: Path) -> None:
    path = tmp_path / "older.db"
    span = _older_project(path)
    project = open_project(path)
    try:
        session = project.session()
        session.apply(SetSpanState(span, "pending"))
        with pytest.raises(OperationError, match="no longer in the project"):
            session.apply(LiftHoldBack((span,)))
        assert project.lifted_rejections() == frozenset()
    finally:
        project.close()
