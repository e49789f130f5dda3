"""Curation decisions: who votes, agreed relations merged with their spans, one undo step, majority export."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from annotator.app.exporting.run import ExportOptions
from annotator.app.exporting.select import Selection
from annotator.app.team.curation import ALL, MAJORITY, curate_operation, merge_agreed, read_curation
from annotator.app.team.layers import run_layered_export
from annotator.app.team.merge import merge_package
from annotator.core.operations import MergeLayer
from annotator.core.team import CURATED
from tests.app.team.team_project import build_team_project


@pytest.fixture
def merged(tmp_path: Path):
    setup = build_team_project(tmp_path)
    session = setup.project.session()
    for path in setup.packages.files.values():
        merge_package(setup.project, session, path)
    yield setup.project, session
    setup.project.close()


def _doc_of(project, *names: str) -> int:
    return next(
        d for d in project.document_ids() if set(project.annotator_statuses(d)) == set(names)
    )


def _curated(project, doc_id: int) -> tuple[list, list]:
    spans = [s for s in project.spans(doc_id) if s.annotator == CURATED]
    ids = {s.id: s.label for s in spans}
    relations = [
        (ids[r.head], r.type, ids[r.tail])
        for r in project.relations(doc_id)
        if r.head in ids and r.tail in ids
    ]
    return sorted(s.label for s in spans), relations


def test_agreed_relations_between_agreed_spans_are_merged_in_one_step(merged) -> None:
    project, session = merged
    doc_id = _doc_of(project, "an", "chi")  # both: PER, ROLE and HOLDS; an: LOC too
    curation = read_curation(project, doc_id)
    assert curation.voters == ["an", "chi"] and not curation.waiting
    assert [(r.type, sorted(r.annotators)) for r in curation.relations] == [
        ("HOLDS", ["an", "chi"])
    ]
    session.apply(merge_agreed(curation, ALL))
    assert _curated(project, doc_id) == (["PER", "ROLE"], [("PER", "HOLDS", "ROLE")])
    session.undo()
    assert _curated(project, doc_id) == ([], [])
    session.redo()
    assert _curated(project, doc_id) == (["PER", "ROLE"], [("PER", "HOLDS", "ROLE")])
    assert merge_agreed(read_curation(project, doc_id), ALL) is None  # nothing left to merge


def test_a_relation_only_one_annotator_has_is_shown_not_merged(merged) -> None:
    project, session = merged
    doc_id = _doc_of(project, "an", "binh")  # HOLDS: an only
    curation = read_curation(project, doc_id)
    [holds] = curation.relations
    assert holds.annotators == {"an"}
    assert curation.agreed_relations(ALL) == []
    session.apply(merge_agreed(curation, ALL))
    assert _curated(project, doc_id) == (["PER", "ROLE"], [])
    # Accepting the relation by hand brings it in; its spans are curated already.
    session.apply(curate_operation(read_curation(project, doc_id), [], [holds], "accept"))
    assert _curated(project, doc_id) == (["PER", "ROLE"], [("PER", "HOLDS", "ROLE")])


def test_accepting_a_relation_brings_its_spans(merged) -> None:
    project, session = merged
    doc_id = _doc_of(project, "an", "binh")
    curation = read_curation(project, doc_id)
    session.apply(curate_operation(curation, [], curation.relations, "accept"))
    assert _curated(project, doc_id) == (["PER", "ROLE"], [("PER", "HOLDS", "ROLE")])
    [op] = json.loads(
        project._conn.execute("SELECT op FROM action_log ORDER BY id DESC").fetchone()[0]
    )["relations"]
    assert op[2] == "HOLDS" and op[3] == ["an"]


def test_who_finished_with_no_span_votes_no_and_the_unfinished_wait(merged) -> None:
    project, session = merged
    doc_id = _doc_of(project, "an", "chi")
    session.apply(MergeLayer("dung", ((doc_id, "done", (), ()),)))  # looked, marked nothing
    project.record_assignments("emma", [doc_id], "team-emma.db")  # given it, not finished
    curation = read_curation(project, doc_id)
    assert curation.voters == ["an", "chi", "dung"] and curation.waiting == ["emma"]
    assert curation.needed(ALL) == 3 and curation.needed(MAJORITY) == 2
    assert curation.needed(1) == 1 and curation.needed(9) == 3  # the curator's own number
    assert curation.agreed_spans(ALL) == []
    assert [r.key[2] for r in curation.agreed_spans(MAJORITY)] == ["PER", "ROLE"]
    assert len(curation.agreed_relations(MAJORITY)) == 1


def test_packages_record_their_assignments(merged) -> None:
    project, _ = merged
    doc_id = _doc_of(project, "an", "chi")
    assert project.assigned_annotators(doc_id) == ["an", "chi"]


def test_majority_export_counts_who_finished_with_no_span(merged, tmp_path: Path) -> None:
    project, session = merged
    doc_id = _doc_of(project, "an", "chi")
    # dung finished a document of an and chi with nothing marked: three voters,
    # PER and ROLE (two votes) stay, an's LOC (one) stays out.
    session.apply(MergeLayer("dung", ((doc_id, "done", (), ()),)))
    solo = _doc_of(project, "an", "binh")
    session.apply(MergeLayer("binh", ((solo, "done", (), ()),)))  # binh now finds nothing
    options = ExportOptions(
        format="jsonl", out=tmp_path / "m", selection=Selection(statuses=(), layer="majority")
    )
    [result] = run_layered_export(project, options)
    records = {}
    for line in (result.directory / "all.jsonl").read_text("utf-8").splitlines():
        record = json.loads(line)
        records[record["text"]] = sorted(label for _, _, label in record["label"])
    assert records[project.document(doc_id).text] == ["PER", "ROLE"]
    # an's spans are one vote of two on the document binh finished empty: none pass.
    assert records.get(project.document(solo).text, []) == []
