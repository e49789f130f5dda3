"""Replaced layers go to a stash: undo and redo give back the very rows, the log stays small.

Also what becomes of relations that link two layers when one is replaced,
and of a package's relations to its own curated layer.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from annotator.app.team.merge import merge_package
from annotator.core.errors import OperationError
from annotator.core.operations import (
    AddRelation,
    CurateSpan,
    DeleteSpan,
    MergeLayer,
    RemoveLabel,
)
from annotator.store import open_project
from tests.app.team.team_project import build_team_project


@pytest.fixture
def team(tmp_path: Path):
    setup = build_team_project(tmp_path)
    yield setup
    setup.project.close()


def _rows(project) -> tuple:
    """Every row a merge touches, ids and times included."""
    conn = project._conn
    return (
        conn.execute("SELECT * FROM annotations ORDER BY id").fetchall(),
        conn.execute("SELECT * FROM relations ORDER BY id").fetchall(),
        conn.execute("SELECT * FROM document_status ORDER BY doc_id, annotator").fetchall(),
        conn.execute("SELECT id, status, span_count, pending_count FROM documents").fetchall(),
    )


def _stashed(project) -> int:
    conn = project._conn
    return sum(
        conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        for table in ("stashed_spans", "stashed_relations", "stashed_documents")
    )


def _edit_package(path: Path, name: str, change) -> None:
    package = open_project(path, annotator=name)
    try:
        change(package, package.session())
    finally:
        package.close()


def test_undo_and_redo_of_a_replacing_merge_give_back_the_same_rows(team) -> None:
    project, session = team.project, team.project.session()
    path = team.packages.files["an"]
    merge_package(project, session, path)
    first = _rows(project)
    _edit_package(path, "an", lambda p, s: s.apply(DeleteSpan(p.spans(p.document_ids()[0])[0].id)))
    merge_package(project, session, path)
    second = _rows(project)
    assert second != first
    session.undo()
    assert _rows(project) == first
    session.redo()
    assert _rows(project) == second
    session.undo()
    session.undo()
    assert not project._conn.execute("SELECT count(*) FROM annotations").fetchone()[0]
    assert _stashed(project) > 0  # both merged layers wait in stashes for a redo
    session.redo()
    session.redo()
    assert _rows(project) == second
    # The live layers are in the tables, the replaced one in its stash, nothing twice.
    spans = project._conn.execute("SELECT count(*) FROM stashed_spans").fetchone()[0]
    assert spans == len(first[0])


def test_the_action_log_names_the_stash_instead_of_holding_the_rows(team) -> None:
    project, session = team.project, team.project.session()
    merge_package(project, session, team.packages.files["an"])
    merge_package(project, session, team.packages.files["an"])
    ops = project._conn.execute("SELECT op, inverse FROM action_log ORDER BY id").fetchall()
    for op, inverse in ops[-2:]:
        assert json.loads(op)["kind"] == "merge_package" and len(op) < 300
        assert json.loads(inverse)["kind"] == "swap_layer" and len(inverse) < 200


def test_an_import_layer_is_stashed_too(team) -> None:
    project, session = team.project, team.project.session()
    doc_id = project.document_ids()[0]
    spans = ((None, 4, 17, "PER", "manual", "accepted", None, None),)
    session.apply(MergeLayer("khoa", ((doc_id, "done", spans, ()),)))
    before = _rows(project)
    role = ((None, 22, 36, "ROLE", "manual", "accepted", None, None),)
    session.apply(MergeLayer("khoa", ((doc_id, "done", spans + role, ()),)))
    inverse = project._conn.execute("SELECT inverse FROM action_log ORDER BY id DESC").fetchone()
    assert json.loads(inverse[0]) == {"kind": "swap_layer", "stash": 2, "description": ""}
    session.undo()
    assert _rows(project) == before


def test_undo_is_refused_when_the_stashed_layer_uses_a_removed_label(team) -> None:
    project, session = team.project, team.project.session()
    merge_package(project, session, team.packages.files["binh"])  # binh uses ORG
    merge_package(project, session, team.packages.files["chi"])
    session.undo()  # chi's merge: fine
    merge_package(project, session, team.packages.files["binh"])  # stashes binh's ORG spans
    project.session(annotator="other").apply(RemoveLabel("ORG"))
    before = _rows(project)
    with pytest.raises(OperationError, match="label 'ORG'"):
        session.undo()
    assert _rows(project) == before


def _cross_layer_relation(project, session, doc_id: int, label: str) -> int:
    """A curated PER span of the document linked to an's span of `label`."""
    person = next(s for s in project.spans(doc_id) if s.label == "PER")
    curated = session.apply(CurateSpan(doc_id, person.start, person.end, "PER", ("an",)))
    target = next(s for s in project.spans(doc_id) if s.annotator == "an" and s.label == label)
    return session.apply(AddRelation(curated.spans_added[0], target.id, "HOLDS")).relations_added[0]


def test_relations_from_another_layer_follow_the_identical_span_or_go_with_it(team) -> None:
    project, session = team.project, team.project.session()
    path = team.packages.files["an"]
    merge_package(project, session, path)
    ids = [d for d in project.document_ids() if "an" in project.annotator_statuses(d)]
    kept_doc, lost_doc = ids[0], ids[1]
    _cross_layer_relation(project, session, kept_doc, "ROLE")
    _cross_layer_relation(project, session, lost_doc, "ROLE")
    before = _rows(project)
    lost_text = project.document(lost_doc).text

    def drop_role(package, package_session) -> None:
        doc = next(d for d in package.document_ids() if package.document(d).text == lost_text)
        role = next(s for s in package.spans(doc) if s.label == "ROLE")
        package_session.apply(DeleteSpan(role.id))

    _edit_package(path, "an", drop_role)
    report = merge_package(project, session, path)
    assert any("Of 2 relations that linked an's earlier layer" in n for n in report.notes)
    assert any("1 kept (now on the identical span" in n and "1 removed" in n for n in report.notes)
    kept = [r for r in project.relations(kept_doc) if r.type == "HOLDS" and r.annotator == "lead"]
    assert len(kept) == 1 and project.span(kept[0].tail).annotator == "an"
    assert project.span(kept[0].tail).label == "ROLE"
    assert not [r for r in project.relations(lost_doc) if r.annotator == "lead"]
    session.undo()
    assert _rows(project) == before


def test_a_packages_relations_to_its_curated_layer_are_left_out_and_said(team) -> None:
    project, session = team.project, team.project.session()
    path = team.packages.files["an"]

    def curate_and_link(package, package_session) -> None:
        doc = package.document_ids()[0]
        role = next(s for s in package.spans(doc) if s.label == "ROLE")
        person = next(s for s in package.spans(doc) if s.label == "PER")
        curated = package_session.apply(CurateSpan(doc, person.start, person.end, "PER", ()))
        package_session.apply(AddRelation(curated.spans_added[0], role.id, "HOLDS"))

    _edit_package(path, "an", curate_and_link)
    report = merge_package(project, session, path)
    assert any(
        "Left out 1 relation of the package on a span of its curated layer" in n
        for n in report.notes
    )
    assert not [s for s in project.spans(project.document_ids()[0]) if s.annotator == "@curated"]
    assert report.relations == 20  # an's own HOLDS relations, one per document
