"""The people-and-roles registry: linking by name, short forms, timelines with evidence, files."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from annotator.app.registry.build import plan_registry_update, update_registry
from annotator.app.registry.files import write_registry
from annotator.app.registry.timeline import all_roles, organisation_timeline, person_timeline
from annotator.core.errors import ExportError
from annotator.core.model import SourceDocument
from annotator.core.operations import AddEntity, AddSpan
from tests.app._corpus_projects import ARTICLES, build_corpus, find


def _persons(project) -> dict[str, object]:
    return {e.name: e for e in project.registry_entities("person")}


def test_mentions_are_linked_by_name_and_short_forms_suggested(project) -> None:
    ids = build_corpus(project)
    session = project.session()
    update = update_registry(project, session.apply)
    assert update.count("suggested") == 1  # "Cường" for Phan Việt Cường, in its document
    persons = _persons(project)
    assert sorted(persons) == ["Lê Trí Thanh", "Phan Việt Cường"]
    pvc = persons["Phan Việt Cường"]
    mentions = project.registry_mentions(pvc.uid)
    assert [(m.doc_id, m.text, m.status) for m in mentions] == [
        (ids[0], "Phan Việt Cường", "auto"),
        (ids[0], "Cường", "suggested"),
        (ids[1], "PHAN VIỆT CƯỜNG", "auto"),
        (ids[2], "Phan Việt Cường", "auto"),
    ]
    orgs = sorted(e.name for e in project.registry_entities("organisation"))
    assert orgs == ["Quốc hội", "Tỉnh ủy", "Tỉnh ủy Quảng Nam"]
    assert plan_registry_update(project).empty
    session.undo()
    assert project.registry_entities("person") == []


def test_a_new_mention_joins_its_person_and_a_shared_name_is_only_suggested(project) -> None:
    ids = build_corpus(project)
    session = project.session()
    update_registry(project, session.apply)
    pvc = _persons(project)["Phan Việt Cường"]
    text = ARTICLES[2][1]
    # Someone else with the same name, split off by the linguist:
    [third] = [m for m in project.registry_mentions(pvc.uid) if m.doc_id == ids[2]]
    session.apply(AddEntity("other", "person", "Phan Việt Cường", span_ids=(third.span_id,)))
    doc = project.add_document(SourceDocument(text="Ông Phan Việt Cường đến. Lê Trí Thanh đi."))
    for surface in ("Phan Việt Cường", "Lê Trí Thanh"):
        start, end = find("Ông Phan Việt Cường đến. Lê Trí Thanh đi.", surface)
        session.apply(AddSpan(doc, start, end, "PER"))
    update = update_registry(project, session.apply)
    assert update.count("auto") == 1 and update.count("suggested") == 1
    [new] = [m for m in project.registry_mentions(pvc.uid) if m.doc_id == doc]
    assert new.status == "suggested"  # the person with more mentions, for the linguist to confirm
    assert len(text) > 0


def test_person_timeline_with_dates_and_evidence_in_the_text(project) -> None:
    ids = build_corpus(project)
    update_registry(project, project.session().apply)
    pvc = _persons(project)["Phan Việt Cường"]
    rows = person_timeline(project, pvc.uid)
    assert [(r.post, r.body, r.first, r.sources) for r in rows] == [
        ("Bí thư", "Tỉnh ủy Quảng Nam", "2022-02-23", ["HOLDS"]),
        ("Chủ tịch", "HĐND tỉnh", "2023-03-15", ["written next to the name"]),
    ]
    when, written = rows[0].evidence[0], rows[1].evidence[0]
    assert when.dated.source == "when" and when.dated.text == "Sáng 23.2.2022"
    assert written.dated.source == "sentence" and written.dated.text == "Ngày 15/3"
    for row in rows:
        for e in row.evidence:
            text = ARTICLES[ids.index(e.doc_id)][1]
            assert text[e.role[0] : e.role[1]] == e.post.text
            assert text[e.mention[0] : e.mention[1]] == e.mention_text
            if e.dated.span:
                assert text[e.dated.span[0] : e.dated.span[1]] == e.dated.text
    thanh = person_timeline(project, _persons(project)["Lê Trí Thanh"].uid)
    assert [(r.post, r.body, r.first) for r in thanh] == [("Chủ tịch", "UBND tỉnh", "")]


def test_organisation_timeline_and_accepted_only(project) -> None:
    build_corpus(project)
    update_registry(project, project.session().apply)
    org = next(
        e for e in project.registry_entities("organisation") if e.name == "Tỉnh ủy Quảng Nam"
    )
    rows = organisation_timeline(project, org.uid)
    assert [(r.person, r.post, r.first) for r in rows] == [
        ("Phan Việt Cường", "Bí thư", "2022-02-23")
    ]
    everyone = all_roles(project, states=("accepted",))
    assert {(r.person, r.post) for r in everyone} == {
        ("Phan Việt Cường", "Bí thư"),
        ("Phan Việt Cường", "Chủ tịch"),
        ("Lê Trí Thanh", "Chủ tịch"),
    }


def test_registry_files(project, tmp_path: Path) -> None:
    build_corpus(project)
    update_registry(project, project.session().apply)
    out = tmp_path / "registry"
    result = write_registry(project, out)
    assert result.counts == {
        "mentions": 7,  # accepted only: the pending mention in the third document is left out
        "entity_links": 7,
        "roles": 3,
        "persons": 2,
        "organisations": 3,
    }
    with (out / "persons.csv").open(encoding="utf-8-sig") as handle:
        persons = {row["name"]: row for row in csv.DictReader(handle)}
    assert persons["Phan Việt Cường"]["mentions"] == "3"
    assert persons["Phan Việt Cường"]["posts"] == "2"
    assert persons["Phan Việt Cường"]["variants"] == "Phan Việt Cường"
    with (out / "roles.csv").open(encoding="utf-8-sig") as handle:
        roles = list(csv.DictReader(handle))
    assert {(r["person"], r["role_text"], r["first_date"]) for r in roles} >= {
        ("Phan Việt Cường", "Bí thư Tỉnh ủy Quảng Nam", "2022-02-23")
    }
    links = [json.loads(line) for line in (out / "entity_links.jsonl").read_text().splitlines()]
    for link in links:
        assert (
            link["context_left"].endswith(ARTICLES[0][1][: link["start"]][-5:])
            or link["document"] != 1
        )
        assert link["entity_id"] and link["mention"]
    assert (out / "README.md").is_file() and (out / "entities.jsonl").is_file()
    with pytest.raises(ExportError, match="already exists"):
        write_registry(project, out)
    assert write_registry(project, out, pending=True, overwrite=True).counts["mentions"] == 8


def test_a_full_disk_while_writing_the_registry_does_not_speak_of_an_export(
    project, tmp_path: Path, monkeypatch
) -> None:
    """The registry's folder shares the export's atomic writing; its message named "the export"."""
    import errno
    import os

    from annotator.formats import registry_tables

    build_corpus(project)
    update_registry(project, project.session().apply)
    out = tmp_path / "registry"

    def full(path, *args, **kwargs):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(path))

    monkeypatch.setattr(registry_tables, "write_csv", full)
    with pytest.raises(ExportError) as caught:
        write_registry(project, out)
    said = str(caught.value)
    assert "disk is full" in said and str(out) in said, said
    assert "export" not in said.lower()
    assert not out.exists()
