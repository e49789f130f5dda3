"""Merging packages made with the pending suggestions: untouched copies stay out, decisions come in."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotator.app.team.merge import merge_package
from annotator.app.team.packages import PackageOptions, create_packages
from annotator.core.model import SourceDocument
from annotator.core.operations import AddSuggestions, SetSpanState
from annotator.store import create_project, open_project

TEXT = "Ông Nguyễn Văn An giữ chức Bộ trưởng Bộ Tài chính ở Hà Nội."


def _place(text: str, part: str) -> tuple[int, int]:
    start = text.index(part)
    return start, start + len(part)


@pytest.fixture
def suggested(tmp_path: Path):
    """A lead's project whose one document holds pending spans and a pending HOLDS."""
    project = create_project(tmp_path / "p.db", annotator="lead")
    doc_id = project.add_document(SourceDocument(text=TEXT))
    spans = (
        (*_place(TEXT, "Nguyễn Văn An"), "PER", "rules"),
        (*_place(TEXT, "Bộ trưởng Bộ Tài chính"), "ROLE", "rules"),
        (*_place(TEXT, "Hà Nội"), "LOC", "rules"),
    )
    relations = ((0, 1, "HOLDS", "rules", None),)
    project.session().apply(AddSuggestions(doc_id, spans=spans, relations=relations))
    options = PackageOptions(
        annotators=("an", "binh"), out=tmp_path / "out", overlap=2, with_suggestions=True
    )
    packages = create_packages(project, options)
    yield project, doc_id, packages
    project.close()


def _layers(project, doc_id: int) -> list[tuple]:
    spans = [
        (s.annotator, s.start, s.end, s.label, s.state) for s in project.spans(doc_id, states=None)
    ]
    relations = [(r.annotator, r.type, r.state) for r in project.relations(doc_id, states=None)]
    return sorted(spans) + sorted(relations)


def test_untouched_pending_copies_do_not_come_back_from_a_merge(suggested) -> None:
    project, doc_id, packages = suggested
    session = project.session()
    before = _layers(project, doc_id)
    assert sum(row[-1] == "pending" for row in before) == 4
    reports = [merge_package(project, session, path) for path in packages.files.values()]
    assert _layers(project, doc_id) == before
    assert [(r.left_out_spans, r.left_out_relations) for r in reports] == [(3, 1), (3, 1)]
    assert any(
        "an: 3 pending suggestions of the package that this project still holds" in line
        for line in reports[0].lines()
    )
    for _ in reports:
        assert session.undo() is not None
    assert _layers(project, doc_id) == before


def test_a_decided_copy_comes_back_and_the_rest_stay_out(suggested) -> None:
    project, doc_id, packages = suggested
    package = open_project(packages.files["an"], annotator="an")
    per = next(s for s in package.spans(doc_id, states=None) if s.label == "PER")
    loc = next(s for s in package.spans(doc_id, states=None) if s.label == "LOC")
    package.session().apply(SetSpanState(per.id, "accepted"))
    package.session().apply(SetSpanState(loc.id, "rejected"))
    package.close()
    session = project.session()
    before = _layers(project, doc_id)
    report = merge_package(project, session, packages.files["an"])
    ours = [row for row in _layers(project, doc_id) if row[0] == "an"]
    start, end = _place(TEXT, "Nguyễn Văn An")
    loc_start, loc_end = _place(TEXT, "Hà Nội")
    assert ours == [
        ("an", start, end, "PER", "accepted"),
        ("an", loc_start, loc_end, "LOC", "rejected"),
    ]
    assert (report.left_out_spans, report.left_out_relations) == (1, 1)
    merge_package(project, session, packages.files["an"])  # again: still no duplicate
    assert [row for row in _layers(project, doc_id) if row[0] == "an"] == ours
    session.undo()
    session.undo()
    assert _layers(project, doc_id) == before


def test_copies_decided_here_since_are_counted_apart_with_their_reason(suggested) -> None:
    """The lead accepts one suggestion and rejects another after packaging: the package's
    untouched copies of those two stay out, but the report no longer calls them suggestions
    the project still holds."""
    project, doc_id, packages = suggested
    session = project.session()
    mine = {s.label: s.id for s in project.spans(doc_id, states=None)}
    session.apply(SetSpanState(mine["PER"], "accepted"))
    session.apply(SetSpanState(mine["LOC"], "rejected"))
    before = _layers(project, doc_id)
    report = merge_package(project, session, packages.files["an"])
    assert _layers(project, doc_id) == before
    counts = (report.left_out_spans, report.left_out_decided, report.left_out_relations)
    assert counts == (1, 2, 1)
    lines = report.lines()
    never = "Left out, never decided by an: "
    assert [line for line in lines if line.startswith(never)] == [
        f"{never}1 pending suggestion of the package that this project still holds, pending "
        "in another layer; merged, each would only repeat one.",
        f"{never}2 pending suggestions of the package that another layer here has accepted "
        "or rejected since; merged, each would bring a decided suggestion back as pending.",
        f"{never}1 relation of the package on a span left out, or repeating a relation this "
        "project holds.",
    ]


def test_a_suggestion_of_the_annotators_own_comes_in_where_the_project_has_none(suggested) -> None:
    project, doc_id, packages = suggested
    package = open_project(packages.files["an"], annotator="an")
    place = _place(TEXT, "Bộ Tài chính")
    package.session().apply(AddSuggestions(doc_id, spans=((*place, "ORG", "rules"),)))
    package.close()
    report = merge_package(project, project.session(), packages.files["an"])
    ours = [row for row in _layers(project, doc_id) if row[0] == "an"]
    assert ours == [("an", *place, "ORG", "pending")]
    assert (report.left_out_spans, report.left_out_decided) == (3, 0)
