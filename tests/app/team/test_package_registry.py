"""The registry across work packages: entities by uid, their names and mention links go out and
come back with the merged spans, and undo and redo of the merge restore the registry's rows exactly."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotator.app.team.merge import merge_package
from annotator.app.team.packages import PackageOptions, create_packages
from annotator.core.model import DONE, SourceDocument
from annotator.core.operations import (
    AddEntity,
    AddEntityNames,
    AddSpan,
    CurateSpans,
    DeleteEntity,
    LinkMentions,
    MergeLayer,
    SetStatus,
)
from annotator.core.team import CURATED
from annotator.store import create_project, open_project

TEXTS = (
    "Bí thư Tỉnh ủy Phan Việt Cường chủ trì hội nghị.",
    "Ông Nguyễn Văn An phát biểu tại kỳ họp.",
)
CUONG, AN = "Phan Việt Cường", "Nguyễn Văn An"


def _range(text: str, part: str) -> tuple[int, int]:
    start = text.index(part)
    return start, start + len(part)


def _registry(project) -> tuple:
    """Every registry row, entities and links named by uid (row ids aside)."""
    conn = project._conn
    entities = conn.execute("SELECT uid, type, name FROM registry_entities ORDER BY uid").fetchall()
    names = conn.execute(
        "SELECT e.uid, n.name FROM registry_names n "
        "JOIN registry_entities e ON e.id = n.entity_id ORDER BY e.uid, n.key"
    ).fetchall()
    links = conn.execute(
        "SELECT l.span_id, e.uid, l.status FROM registry_links l "
        "JOIN registry_entities e ON e.id = l.entity_id ORDER BY l.span_id"
    ).fetchall()
    return entities, names, links


def _mentions(project, uid: str) -> list[tuple[str, str]]:
    """(annotator, text) of each live mention of the entity."""
    out = []
    for mention in project.registry_mentions(uid):
        span = project.span(mention.span_id)
        out.append((span.annotator, project.document(span.doc_id).text[span.start : span.end]))
    return out


@pytest.fixture
def team(tmp_path: Path):
    project = create_project(tmp_path / "main.db", annotator="lead")
    ids = [project.add_document(SourceDocument(text=t, title=f"t{i}")) for i, t in enumerate(TEXTS)]
    session = project.session()
    lead = session.apply(AddSpan(ids[0], *_range(TEXTS[0], CUONG), "PER")).spans_added[0]
    session.apply(AddEntity("cuong", "person", CUONG, span_ids=(lead,)))
    report = create_packages(
        project, PackageOptions(annotators=("an",), overlap=1, out=tmp_path / "out")
    )
    yield project, report.files["an"], ids
    project.close()


def _annotate(path: Path) -> None:
    """an marks both people, links Cường to the project's entity, makes An's and Minh's."""
    package = open_project(path, annotator="an")
    try:
        session = package.session()
        first, second = package.document_ids()
        cuong = session.apply(AddSpan(first, *_range(TEXTS[0], CUONG), "PER")).spans_added[0]
        an = session.apply(AddSpan(second, *_range(TEXTS[1], AN), "PER")).spans_added[0]
        session.apply(LinkMentions("cuong", (cuong,), "confirmed"))
        session.apply(AddEntityNames("cuong", ("Bí thư Cường",)))
        session.apply(AddEntity("an", "person", AN, span_ids=(an,)))
        session.apply(AddEntity("minh", "person", "Trần Minh"))  # no mention yet
        for doc_id in (first, second):
            session.apply(SetStatus(doc_id, DONE))
    finally:
        package.close()


def test_a_package_carries_the_registry_and_its_spans_links(team) -> None:
    project, path, _ids = team
    package = open_project(path, annotator="an")
    try:
        assert [e.uid for e in package.registry_entities("person")] == ["cuong"]
        assert package.registry_mentions("cuong") == []  # the lead's span stayed home
    finally:
        package.close()


def test_merge_brings_entities_names_and_links_and_undo_takes_them_out(team) -> None:
    project, path, _ids = team
    _annotate(path)
    before = _registry(project)
    session = project.session()
    report = merge_package(project, session, path)
    assert report.changes is not None and report.changes.registry_changed
    assert (
        "Registry: the merged layer links 2 mentions to registry entities; new here and now added, made or linked in the package: 2 entities."
        in (" ".join(report.lines()))
    )
    assert sorted(_mentions(project, "cuong")) == [("an", CUONG), ("lead", CUONG)]
    assert _mentions(project, "an") == [("an", AN)]
    assert [e.uid for e in project.registry_entities("person")] == ["an", "cuong", "minh"]
    names = {name for uid, name in _registry(project)[1] if uid == "cuong"}
    assert names == {CUONG, "Bí thư Cường"}
    after = _registry(project)
    session.undo()
    assert _registry(project) == before
    session.redo()
    assert _registry(project) == after
    # Merged again: the links follow the new spans, nothing is doubled, undo goes back.
    merge_package(project, session, path)
    again = _registry(project)
    assert [e[0] for e in again[0]] == ["an", "cuong", "minh"] and again[1] == after[1]
    assert sorted(_mentions(project, "cuong")) == [("an", CUONG), ("lead", CUONG)]
    session.undo()
    assert _registry(project) == after


def test_a_replaced_layer_keeps_its_links_in_the_stash(project) -> None:
    """An imported layer (MergeLayer) replacing a linked one: undo brings the links back."""
    doc = project.add_document(SourceDocument(text=TEXTS[0], title="t"))
    session = project.session()
    start, end = _range(TEXTS[0], CUONG)
    span = session.apply(AddSpan(doc, start, end, "PER")).spans_added[0]
    session.apply(AddEntity("cuong", "person", CUONG, span_ids=(span,)))
    linked = _registry(project)
    layer = ((doc, "done", ((None, start, end, "PER", "manual", "accepted", None, None),), ()),)
    change = session.apply(MergeLayer(project.annotator, layer))
    assert change.registry_changed and _mentions(project, "cuong") == []
    session.undo()
    assert _registry(project) == linked
    session.redo()
    assert _mentions(project, "cuong") == []


def test_undo_is_refused_when_a_stashed_link_lost_its_entity(project) -> None:
    doc = project.add_document(SourceDocument(text=TEXTS[0], title="t"))
    session = project.session()
    start, end = _range(TEXTS[0], CUONG)
    span = session.apply(AddSpan(doc, start, end, "PER")).spans_added[0]
    session.apply(AddEntity("cuong", "person", CUONG, span_ids=(span,)))
    session.apply(MergeLayer(project.annotator, ((doc, "done", (), ()),)))
    other = open_project(project.path, annotator="other")  # another window removes it
    try:
        other.session().apply(DeleteEntity("cuong"))
    finally:
        other.close()
    with pytest.raises(Exception, match="registry entity cuong"):
        session.undo()
    assert project.spans(doc) == []


def _layer_spans(project, doc: int, annotator: str) -> list[int]:
    return [s.id for s in project.spans(doc) if s.annotator == annotator]


def test_curating_carries_the_link_the_sources_agree_on_with_exact_undo(project) -> None:
    doc = project.add_document(SourceDocument(text=TEXTS[0], title="t"))
    session = project.session()
    start, end = _range(TEXTS[0], CUONG)
    span = (None, start, end, "PER", "manual", "accepted", None, None)
    for name in ("an", "binh", "chi"):
        session.apply(MergeLayer(name, ((doc, "done", (span,), ()),)))
    an, binh, chi = (_layer_spans(project, doc, n) for n in ("an", "binh", "chi"))
    session.apply(AddEntity("cuong", "person", CUONG, span_ids=(*an, *binh), status="confirmed"))
    session.apply(AddEntity("other", "person", "Cường khác", span_ids=tuple(chi)))
    before = _registry(project)
    session.apply(CurateSpans(doc, ((start, end, "PER", ("an", "binh")),), ()))
    [curated] = _layer_spans(project, doc, CURATED)
    assert [(m.span_id, m.status) for m in project.registry_mentions("cuong")][-1] == (
        curated,
        "confirmed",
    )
    after = _registry(project)
    session.undo()
    assert _registry(project) == before
    session.redo()
    assert _registry(project) == after
    # Sources that name two entities: the curated span is left for the curator to link.
    session.undo()
    session.apply(CurateSpans(doc, ((start, end, "PER", ("an", "chi")),), ()))
    [curated] = _layer_spans(project, doc, CURATED)
    assert curated not in {m.span_id for m in project.registry_mentions("cuong")}
    assert _registry(project) == before
