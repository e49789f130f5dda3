"""Packages out and back: assignment, package contents, merging twice, refusals that change nothing."""

from __future__ import annotations

import shutil
import sqlite3
from contextlib import closing
from itertools import combinations
from pathlib import Path

import pytest

from annotator.app.team.assign import assign
from annotator.app.team.merge import merge_package
from annotator.app.team.packages import PackageOptions, create_packages
from annotator.core.errors import AnnotatorError, TeamError
from annotator.core.model import DONE, SourceDocument
from annotator.core.operations import AddSpan, AddSuggestions, PutLabel, SetStatus
from annotator.store import create_project, open_project
from tests.app.team.team_project import ANNOTATORS, DOCUMENTS, annotate_package, build_team_project


@pytest.fixture
def team(tmp_path: Path):
    setup = build_team_project(tmp_path)
    yield setup
    setup.project.close()


def _snapshot(project) -> tuple:
    """Everything a merge could change, comparable across merges (ids aside)."""
    spans = []
    for doc_id in project.document_ids():
        for s in project.spans(doc_id, states=None):
            spans.append((doc_id, s.start, s.end, s.label, s.annotator, s.state))
        for r in project.relations(doc_id, states=None):
            head, tail = project.span(r.head), project.span(r.tail)
            spans.append((doc_id, head.start, tail.start, r.type, r.annotator, r.state))
    statuses = {d: project.annotator_statuses(d) for d in project.document_ids()}
    rows = [(r.id, r.status, r.span_count) for r in project.document_rows(limit=100)]
    return sorted(spans), statuses, rows


def test_every_document_goes_to_overlap_annotators_balanced_and_seeded() -> None:
    ids = list(range(1, 31))
    shares = assign(ids, ANNOTATORS, overlap=2, seed=7)
    assert shares == assign(ids, ANNOTATORS, overlap=2, seed=7)
    assert shares != assign(ids, ANNOTATORS, overlap=2, seed=8)
    assert {n: len(d) for n, d in shares.items()} == {"an": 20, "binh": 20, "chi": 20}
    for a, b in combinations(ANNOTATORS, 2):
        assert len(set(shares[a]) & set(shares[b])) == 10
    for doc_id in ids:
        assert sum(doc_id in docs for docs in shares.values()) == 2
    common = assign(ids, ANNOTATORS, overlap=1, seed=7, common=6)
    everyone = set.intersection(*(set(d) for d in common.values()))
    assert len(everyone) == 6 and sum(map(len, common.values())) == 6 * 3 + 24


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [({"overlap": 4}, "overlap"), ({"overlap": 1, "common": 99}, "only 30")],
)
def test_impossible_assignments_are_refused(kwargs: dict, message: str) -> None:
    with pytest.raises(TeamError, match=message):
        assign(list(range(30)), ANNOTATORS, seed=1, **kwargs)


def test_one_document_is_counted_in_the_singular_when_too_few_are_common() -> None:
    with pytest.raises(TeamError, match=r"--common 2: there is only 1 document$"):
        assign([7], ANNOTATORS, seed=1, overlap=1, common=2)


def test_a_package_is_an_ordinary_project_with_its_share(tmp_path: Path) -> None:
    project = create_project(tmp_path / "p.db", annotator="lead")
    ids = [project.add_document(SourceDocument(text=f"Ông A{i} ở Huế.")) for i in range(4)]
    session = project.session()
    session.apply(AddSuggestions(ids[0], spans=((0, 3, "PER", "rules"),)))
    session.apply(PutLabel("NEWLABEL", "#123456"))
    options = PackageOptions(
        annotators=("an", "binh"), out=tmp_path / "out", overlap=2, with_suggestions=True
    )
    report = create_packages(project, options)
    assert set(report.files) == {"an", "binh"} and report.files["an"].name == "p-an.db"
    package = open_project(report.files["an"], annotator="an")
    try:
        assert package.document_count() == 4
        assert "NEWLABEL" in package.schema().label_names()
        pending = package.spans(ids[0])
        assert [(s.label, s.state, s.annotator) for s in pending] == [("PER", "pending", "an")]
        assert package.package_info()["project_id"] == project.team_id()
        # Texts are copied compressed and indexed again in the package (its index is its own).
        assert sorted(d for d, _ in package.search("hue")) == sorted(ids)
        assert all(package.document(i).text == project.document(i).text for i in ids)
        assert package.get_setting("team.guidelines")
    finally:
        package.close()
    with pytest.raises(TeamError, match="already exists"):
        create_packages(project, options)
    project.close()


def test_a_failed_package_leaves_no_file_and_can_be_made_again(tmp_path: Path, monkeypatch) -> None:
    import annotator.store.packages as writer

    project = create_project(tmp_path / "p.db", annotator="lead")
    project.add_document(SourceDocument(text="Ông A ở Huế."))
    options = PackageOptions(annotators=("an",), out=tmp_path / "out", overlap=1)

    def full_disk(_conn) -> None:
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(writer, "copy_registry_into_package", full_disk)
    with pytest.raises(Exception, match="full"):
        create_packages(project, options)
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == []
    monkeypatch.undo()
    report = create_packages(project, options)
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["p-an.db"]
    package = open_project(report.files["an"], annotator="an")
    assert package.document_count() == 1
    package.close()
    project.close()


def test_merge_brings_layers_back_and_merging_twice_changes_nothing(team) -> None:
    project, session = team.project, team.project.session()
    for path in team.packages.files.values():
        report = merge_package(project, session, path)
        assert report.documents == 20 and not report.unmatched
    first = _snapshot(project)
    assert project.stats()["labels"]["PER"] == {"accepted": 60}
    assert {r.status for r in project.document_rows(limit=100)} == {DONE}
    for path in team.packages.files.values():
        merge_package(project, session, path)
    assert _snapshot(project) == first


def test_a_newer_package_replaces_the_annotators_layer(team) -> None:
    project, session = team.project, team.project.session()
    path = team.packages.files["binh"]
    merge_package(project, session, path)
    package = open_project(path, annotator="binh")
    doc_id = package.document_ids()[0]
    orgs = [s for s in package.spans(doc_id) if s.label == "ORG"]
    package.session().apply(AddSpan(doc_id, orgs[0].start, orgs[0].end, "LOC"))
    package.close()
    merge_package(project, session, path)
    main_id = project.document_with_hash(project.text_hash(project.document(doc_id).text))
    labels = sorted(s.label for s in project.spans(main_id) if s.annotator == "binh")
    assert labels == ["LOC", "ORG", "PER", "ROLE"]


def test_each_merge_is_one_undoable_step(team) -> None:
    project, session = team.project, team.project.session()
    before = _snapshot(project)
    merge_package(project, session, team.packages.files["an"])
    merged = _snapshot(project)
    assert session.undo() is not None
    assert _snapshot(project) == before
    assert session.redo() is not None
    assert _snapshot(project) == merged


def test_corrupt_file_is_refused_and_nothing_changes(team, tmp_path: Path) -> None:
    project, session = team.project, team.project.session()
    merge_package(project, session, team.packages.files["an"])
    before = _snapshot(project)
    garbage = tmp_path / "garbage.db"
    garbage.write_bytes(b"not a database at all" * 100)
    truncated = tmp_path / "truncated.db"
    data = team.packages.files["binh"].read_bytes()
    truncated.write_bytes(data[: len(data) // 3])
    for path in (garbage, truncated, tmp_path / "missing.db"):
        with pytest.raises(TeamError, match="was not merged"):
            merge_package(project, session, path)
    assert _snapshot(project) == before


def test_a_span_past_its_text_is_refused_and_nothing_changes(team, tmp_path: Path) -> None:
    copy = tmp_path / "tampered.db"
    shutil.copy(team.packages.files["an"], copy)
    with closing(sqlite3.connect(copy)) as conn, conn:
        conn.execute(
            'UPDATE annotations SET "end" = 5000 WHERE id = (SELECT max(id) FROM annotations)'
        )
    before = _snapshot(team.project)
    with pytest.raises(AnnotatorError, match="ends at 5000, past its text"):
        merge_package(team.project, team.project.session(), copy)
    assert _snapshot(team.project) == before


def test_a_package_with_planted_code_is_refused_by_the_gate(team, tmp_path: Path) -> None:
    copy = tmp_path / "planted.db"
    shutil.copy(team.packages.files["an"], copy)
    with closing(sqlite3.connect(copy)) as conn, conn:
        conn.execute(
            "CREATE TRIGGER planted AFTER INSERT ON annotations BEGIN DELETE FROM documents; END"
        )
    before = _snapshot(team.project)
    with pytest.raises(TeamError, match="was not merged.*planted"):
        merge_package(team.project, team.project.session(), copy)
    assert _snapshot(team.project) == before


def test_another_projects_package_is_refused(team, tmp_path: Path) -> None:
    other_dir = tmp_path / "other"
    other_dir.mkdir()
    other = build_team_project(other_dir, annotate=False, fresh=True)
    other.project.close()
    before = _snapshot(team.project)
    with pytest.raises(TeamError, match="another project"):
        merge_package(team.project, team.project.session(), other.packages.files["an"])
    plain = tmp_path / "plain.db"
    create_project(plain).close()
    with pytest.raises(TeamError, match="not a work package"):
        merge_package(team.project, team.project.session(), plain)
    assert _snapshot(team.project) == before


def test_labels_the_schema_lacks_are_refused_unless_mapped(team) -> None:
    path = team.packages.files["chi"]
    package = open_project(path, annotator="chi")
    session = package.session()
    session.apply(PutLabel("NGUOI", "#ff0000"))
    doc_id = package.document_ids()[0]
    session.apply(AddSpan(doc_id, 0, 3, "NGUOI"))
    package.close()
    before = _snapshot(team.project)
    with pytest.raises(TeamError, match=r"NGUOI \(1 span\).*--map"):
        merge_package(team.project, team.project.session(), path)
    assert _snapshot(team.project) == before
    report = merge_package(team.project, team.project.session(), path, mapping={"NGUOI": "PER"})
    assert any("Mapped NGUOI to PER" in note for note in report.notes)


def test_documents_not_in_the_project_are_reported(team, tmp_path: Path) -> None:
    copy = tmp_path / "copy.db"
    shutil.copy(team.packages.files["an"], copy)
    package = open_project(copy, annotator="an")
    package.add_document(SourceDocument(text="Một bài khác hẳn.", title="Lạ"))
    package.close()
    report = merge_package(team.project, team.project.session(), copy)
    assert report.documents == 20 and report.unmatched == ["Lạ"]
    assert any("this project does not hold" in line for line in report.lines())


def test_status_is_per_annotator_and_reviewed_belongs_to_the_document(tmp_path: Path) -> None:
    project = create_project(tmp_path / "s.db", annotator="an")
    doc_id = project.add_document(SourceDocument(text="Ông A ở Huế."))
    an, binh = project.session(), project.session("binh")
    an.apply(SetStatus(doc_id, DONE))
    binh.apply(SetStatus(doc_id, "in_progress"))
    assert project.annotator_statuses(doc_id) == {"an": DONE, "binh": "in_progress"}
    assert project.document_rows()[0].status == "in_progress"
    binh.apply(SetStatus(doc_id, DONE))
    assert project.document_rows()[0].status == DONE
    an.apply(SetStatus(doc_id, "reviewed"))
    assert project.document_rows()[0].status == "reviewed"
    assert project.annotator_statuses(doc_id) == {"an": DONE, "binh": DONE}
    an.undo()
    binh.undo()
    assert project.document_rows()[0].status == "in_progress"
    assert project.own_status(doc_id, "binh") == "in_progress"
    project.close()


def test_documents_are_counted_once_per_annotator(team) -> None:
    for path in team.packages.files.values():
        merge_package(team.project, team.project.session(), path)
    counts = {n: 0 for n in ANNOTATORS}
    for doc_id in team.project.document_ids():
        for name in team.project.annotator_statuses(doc_id):
            counts[name] += 1
    assert counts == {"an": 20, "binh": 20, "chi": 20}
    assert team.project.document_count() == DOCUMENTS


def test_annotate_package_helper_marks_done(tmp_path: Path) -> None:
    setup = build_team_project(tmp_path, annotate=False)
    annotate_package(setup.packages.files["an"], "an")
    package = open_project(setup.packages.files["an"], annotator="an")
    assert {r.status for r in package.document_rows(limit=50)} == {DONE}
    package.close()
    setup.project.close()


def test_a_first_merge_counts_the_expected_moves_to_done_instead_of_listing_them(team) -> None:
    project, session = team.project, team.project.session()
    report = merge_package(project, session, team.packages.files["an"])  # an finished all 20
    assert len(report.advanced) == 20 and report.status_changes == []
    lines = report.lines()
    assert "20 documents took an's own status there, as expected." in lines
    assert not any("went from" in line for line in lines)


def test_a_document_taken_back_from_done_is_still_listed(team) -> None:
    project, session = team.project, team.project.session()
    path = team.packages.files["an"]
    package = open_project(path, annotator="an")
    try:
        first = package.document_ids()[0]
        package.session().apply(SetStatus(first, "in_progress"))
        title = package.document(first).title
    finally:
        package.close()
    lead = project.session()
    for doc_id in project.document_ids():
        lead.apply(SetStatus(doc_id, DONE))
    report = merge_package(project, session, path)
    assert [(c.title, c.before, c.after) for c in report.status_changes] == [
        (title, "done", "in_progress")
    ]
    assert report.advanced == []  # done already: the lead finished every document
