"""The project's memory in `suggest_documents`: what it extends, holds back, and leaves alone."""

from __future__ import annotations

import pytest

from annotator.app.suggest import memory as kept
from annotator.app.suggest import suggest_documents
from annotator.app.suggest.memory import MEMORY
from annotator.app.suggest.withdrawing import withdrawn_names
from annotator.core.model import PENDING
from annotator.core.operations import SetSpanStates, SetStatus
from annotator.store import open_project
from tests.app._memory_projects import (
    CLUB,
    TEXTS,
    WITHOUT_MEMORY,
    mark_club,
    memory_project,
    stored,
)


@pytest.fixture
def club(tmp_path):
    """A memory project whose first document has the club's long name marked by hand."""
    path = tmp_path / "a.db"
    ids = memory_project(path)
    mark_club(path, ids[0])
    return path, ids


@pytest.fixture(autouse=True)
def _cold(tmp_path):
    yield
    for name in ("a.db", "b.db"):
        kept.forget(tmp_path / name)


def test_a_fresh_project_gets_exactly_what_the_suggesters_make(tmp_path) -> None:
    ids = memory_project(tmp_path / "a.db")
    memory_project(tmp_path / "b.db")
    suggest_documents(tmp_path / "a.db", workers=1)
    suggest_documents(tmp_path / "b.db", workers=1, suggesters=WITHOUT_MEMORY)
    assert stored(tmp_path / "a.db", ids) == stored(tmp_path / "b.db", ids)
    assert stored(tmp_path / "a.db", ids)


def test_a_marked_long_name_extends_the_short_part_found_in_the_next_document(
    club, tmp_path
) -> None:
    path, ids = club
    suggest_documents(path, doc_ids=ids[1:2], workers=1)
    found = {(text, label, who) for _, text, label, who, _, _ in stored(path, ids[1:2])}
    assert (CLUB, "ORG", MEMORY) in found
    assert ("Hà Nội", "LOC", "rules") not in found
    memory_project(tmp_path / "b.db")
    suggest_documents(tmp_path / "b.db", doc_ids=ids[1:2], workers=1, suggesters=WITHOUT_MEMORY)
    left_out = {(t, label) for _, t, label, *_ in stored(tmp_path / "b.db", ids[1:2])}
    assert ("Hà Nội", "LOC") in left_out and (CLUB, "ORG") not in left_out


def test_what_was_rejected_twice_is_held_back_and_the_table_follows_other_sessions(
    club, tmp_path
) -> None:
    path, ids = club
    suggest_documents(path, doc_ids=ids[:2], workers=1, suggesters=WITHOUT_MEMORY)
    project = open_project(path)
    try:
        session = project.session()
        for doc_id in ids[:2]:
            event = [s.id for s in project.spans(doc_id, states=(PENDING,)) if s.label == "EVENT"]
            session.apply(SetSpanStates(tuple(event), "rejected"))
            session.apply(SetStatus(doc_id, "done"))
    finally:
        project.close()
    report = suggest_documents(path, doc_ids=ids[2:], workers=1)
    assert report.added > 0
    after = {(t, label) for _, t, label, *_ in stored(path, ids[2:])}
    assert ("hội thảo", "EVENT") not in after  # rejected in both worked documents
    without = tmp_path / "b.db"
    memory_project(without)
    suggest_documents(without, doc_ids=ids[2:], workers=1, suggesters=WITHOUT_MEMORY)
    assert ("hội thảo", "EVENT") in {(t, label) for _, t, label, *_ in stored(without, ids[2:])}


def test_suggestions_alone_leave_the_kept_table_current(club) -> None:
    path, ids = club
    project = open_project(path)
    try:
        table = kept.kept_memory(project)
        assert table is not None
        suggest_documents(path, doc_ids=ids[1:], workers=1)
        assert kept.kept_memory(project) is table  # its own suggestions: no rebuild
        project.session().apply(SetStatus(ids[1], "done"))
        assert kept.kept_memory(project) is not table  # another session wrote: rebuilt
    finally:
        project.close()


def test_a_dear_rebuild_is_not_waited_for_the_stale_table_serves_and_a_thread_builds_the_next(
    club, monkeypatch
) -> None:
    """At 6,000 worked documents a rebuild takes about 27 s: a suggest after an edit must
    not wait for it. The table as it was serves that run; the next one is built aside."""
    path, ids = club
    project = open_project(path)
    try:
        table = kept.kept_memory(project)
        assert table is not None
        monkeypatch.setattr(table, "seconds", kept.INLINE_SECONDS + 1)  # as if it were dear
        project.session().apply(SetStatus(ids[1], "done"))
        assert kept.kept_memory(project) is table  # stale, served at once
        kept.wait_for_rebuild(path, timeout=60)
        rebuilt = kept.kept_memory(project)
        assert rebuilt is not None and rebuilt is not table
        assert rebuilt.current(project)  # the thread's table holds the edit
    finally:
        project.close()


def test_a_table_kept_by_the_thread_during_a_run_moves_past_that_runs_suggestions(
    club, monkeypatch
) -> None:
    """Left behind the run's own suggestions, the thread's table looked stale to every
    next run and was built again, 27 s of a core each time at 6,000 documents."""
    import annotator.app.suggest as suggest_package

    path, ids = club
    key = kept.Path(path).resolve()
    newer: list = []

    def a_thread_keeps_a_newer_table_as_the_run_starts(project):
        started_with = kept.kept_memory(project)
        newer.append(kept._built(project))
        with kept._KEPT_LOCK:
            kept._KEPT[key] = newer[0]
        return started_with

    monkeypatch.setattr(
        suggest_package, "kept_memory", a_thread_keeps_a_newer_table_as_the_run_starts
    )
    report = suggest_documents(path, doc_ids=ids[1:], workers=1)
    assert report.added > 0
    project = open_project(path)
    try:
        assert newer[0].current(project)  # moved past the run's own suggestions
    finally:
        project.close()


def _pending_everywhere_then_rejected_twice(path, ids) -> None:
    """Every document gets its suggestions first; then the seminar is rejected in two of
    them in one bulk step, as Reject all like this does (they stay new)."""
    suggest_documents(path, doc_ids=ids, workers=1, suggesters=WITHOUT_MEMORY)
    project = open_project(path)
    try:
        seminars = [
            s.id
            for doc_id in ids[:2]
            for s in project.spans(doc_id, states=(PENDING,))
            if s.label == "EVENT" and TEXTS[ids.index(doc_id)][s.start : s.end] == "hội thảo"
        ]
        assert len(seminars) == 2
        project.session().apply(SetSpanStates(tuple(seminars), "rejected"))
    finally:
        project.close()


def _seminars(path, doc_id) -> list[str]:
    """The pending seminars of a document (read on a connection of its own)."""
    return [t for _, t, label, *_ in stored(path, [doc_id]) if t == "hội thảo" and label == "EVENT"]


def test_suggesting_again_withdraws_a_pending_suggestion_the_memory_now_holds_back(
    tmp_path,
) -> None:
    path = tmp_path / "a.db"
    ids = memory_project(path)
    _pending_everywhere_then_rejected_twice(path, ids)
    assert _seminars(path, ids[2]) == ["hội thảo"]
    report = suggest_documents(path, doc_ids=ids[2:], workers=1)
    assert _seminars(path, ids[2]) == []
    assert [(w.doc_id, w.label, w.surface) for w in report.withdrawn] == [
        (ids[2], "EVENT", "hội thảo")
    ]
    assert withdrawn_names(report.withdrawn) == ["“hội thảo” (EVENT)"]
    project = open_project(path)
    try:
        undone = project.session().undo()  # one step puts it back
        assert undone is not None and len(undone.spans_added) == 1
    finally:
        project.close()
    assert _seminars(path, ids[2]) == ["hội thảo"]


def test_a_pending_suggestion_the_user_touched_is_not_withdrawn(tmp_path) -> None:
    path = tmp_path / "a.db"
    ids = memory_project(path)
    _pending_everywhere_then_rejected_twice(path, ids)
    project = open_project(path)
    try:
        session = project.session()
        (seminar,) = [s.id for s in project.spans(ids[2], states=(PENDING,)) if s.label == "EVENT"]
        session.apply(SetSpanStates((seminar,), "rejected"))
        session.undo()  # back to pending, but the user has had it in hand
    finally:
        project.close()
    report = suggest_documents(path, doc_ids=ids[2:], workers=1)
    assert report.withdrawn == ()
    assert _seminars(path, ids[2]) == ["hội thảo"]


def test_without_the_memory_nothing_is_withdrawn(tmp_path) -> None:
    path = tmp_path / "a.db"
    ids = memory_project(path)
    _pending_everywhere_then_rejected_twice(path, ids)
    report = suggest_documents(path, doc_ids=ids[2:], workers=1, memory=False)
    assert report.withdrawn == ()
    assert _seminars(path, ids[2]) == ["hội thảo"]


def test_another_annotators_pending_suggestion_is_not_withdrawn(tmp_path) -> None:
    """In a team project a package brings another layer's suggestions: they stay theirs."""
    from annotator.core.operations import AddSuggestions, DeleteSpans

    path = tmp_path / "a.db"
    ids = memory_project(path)
    _pending_everywhere_then_rejected_twice(path, ids)
    project = open_project(path)
    try:
        (mine,) = [s for s in project.spans(ids[2], states=(PENDING,)) if s.label == "EVENT"]
        project.session().apply(DeleteSpans((mine.id,)))
        theirs = ((mine.start, mine.end, "EVENT", "rules", 0.6),)
        project.session("lan").apply(AddSuggestions(ids[2], spans=theirs))
    finally:
        project.close()
    report = suggest_documents(path, doc_ids=ids[2:], workers=1)
    assert report.withdrawn == ()
    project = open_project(path)
    try:
        left = [s.annotator for s in project.spans(ids[2], states=(PENDING,)) if s.label == "EVENT"]
    finally:
        project.close()
    assert left == ["lan"]
