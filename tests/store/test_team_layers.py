"""Migration 0050 on an old file, and the team operations' undo through the action log."""

from __future__ import annotations

from pathlib import Path

from annotator.core.model import SourceDocument
from annotator.core.operations import CurateSpan, DeleteSpan, MergeLayer, SetStatus
from annotator.core.team import CURATED
from annotator.store import create_project, open_project
from annotator.store.migrations import MIGRATIONS

# Documents are written by today's code, which stores texts the 0090 way.
BEFORE_TEAMS = tuple(m for m in MIGRATIONS if m.name < "0050" or m.name.startswith("009"))


def test_an_old_file_gets_own_statuses_from_its_annotators(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    with create_project(path, annotator="an", migrations=BEFORE_TEAMS) as old:
        started = old.add_document(SourceDocument(text="Ông Ba ở Huế.", spans=((4, 6, "PER"),)))
        untouched = old.add_document(SourceDocument(text="Không có gì."))
        old._conn.execute("UPDATE documents SET status = 'reviewed' WHERE id = ?", (started,))
    with open_project(path, annotator="an") as upgraded:
        assert upgraded.last_backup is not None
        assert upgraded.annotator_statuses(started) == {"an": "done"}
        assert upgraded.annotator_statuses(untouched) == {}
        rows = {r.id: r.status for r in upgraded.document_rows()}
        assert rows == {started: "reviewed", untouched: "new"}
        span = upgraded.spans(started)[0]
        assert (span.curator, span.sources) == (None, ())


def test_curated_spans_keep_curator_and_sources_through_delete_and_undo(tmp_path: Path) -> None:
    with create_project(tmp_path / "c.db", annotator="lead") as project:
        doc_id = project.add_document(SourceDocument(text="Ông Ba ở Huế."))
        session = project.session()
        added = session.apply(CurateSpan(doc_id, 4, 6, "PER", ("binh", "an", "an")))
        span = project.span(added.spans_added[0])
        assert (span.annotator, span.curator, span.sources) == (CURATED, "lead", ("an", "binh"))
        session.apply(DeleteSpan(span.id))
        session.undo()
        assert project.span(span.id) == span


def test_merge_layer_keeps_reviewed_and_replaces_only_that_layer(tmp_path: Path) -> None:
    with create_project(tmp_path / "m.db", annotator="lead") as project:
        doc_id = project.add_document(SourceDocument(text="Ông Ba ở Huế."))
        session = project.session()
        session.apply(CurateSpan(doc_id, 4, 6, "PER", ("an",)))
        session.apply(SetStatus(doc_id, "reviewed"))
        layer = ((doc_id, "done", ((None, 4, 6, "PER", "manual", "accepted", None, None),), ()),)
        session.apply(MergeLayer("an", layer))
        session.apply(MergeLayer("an", layer))
        annotators = sorted(s.annotator for s in project.spans(doc_id))
        assert annotators == [CURATED, "an"]
        assert project.document_rows()[0].status == "reviewed"
        log = project._conn.execute("SELECT count(*) FROM action_log WHERE op LIKE '%merge_layer%'")
        assert log.fetchone()[0] == 2
