"""Exports by layer (curated, one annotator, majority, separate) and layers imported from other tools."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from annotator.app.exporting.run import ExportOptions
from annotator.app.exporting.select import Selection
from annotator.app.team.attach import attach_layer
from annotator.app.team.layers import run_layered_export
from annotator.app.team.merge import merge_package
from annotator.core.errors import TeamError
from annotator.core.model import DONE, REVIEWED, SourceDocument
from annotator.core.operations import CurateSpan, SetStatus
from annotator.store import create_project
from tests.app.team.team_project import build_team_project


@pytest.fixture(scope="module")
def merged(tmp_path_factory):
    setup = build_team_project(tmp_path_factory.mktemp("team"))
    project = setup.project
    for path in setup.packages.files.values():
        merge_package(project, project.session(), path)
    # The curator settles the first document: PER and ROLE, and Hà Nội as LOC.
    doc_id = project.document_ids()[0]
    text = project.document(doc_id).text
    session = project.session()
    for part, label in (("Nguyễn Văn An", "PER"), ("Bí thư Tỉnh ủy", "ROLE"), ("Hà Nội", "LOC")):
        start = text.index(part)
        session.apply(CurateSpan(doc_id, start, start + len(part), label, ("an", "binh")))
    session.apply(SetStatus(doc_id, REVIEWED))
    yield project, doc_id
    project.close()


def _export(project, tmp_path: Path, **selection) -> list:
    options = ExportOptions(
        format="jsonl", out=tmp_path / "out", selection=Selection(statuses=(), **selection)
    )
    return run_layered_export(project, options)


def _labels(path: Path) -> dict[str, list[str]]:
    out = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        out[record["text"]] = sorted(label for _, _, label in record["label"])
    return out


def test_curated_layer_exports_only_curated_documents(merged, tmp_path: Path) -> None:
    project, doc_id = merged
    [result] = _export(project, tmp_path, layer="curated")
    records = _labels(result.directory / "all.jsonl")
    assert records == {project.document(doc_id).text: ["LOC", "PER", "ROLE"]}
    assert result.report.counts["layer"] == 29
    card = (result.directory / "README.md").read_text(encoding="utf-8")
    assert "layer: the curated layer" in card and "Fleiss' kappa" in card


def test_auto_takes_the_curated_layer_where_it_exists(merged, tmp_path: Path) -> None:
    project, doc_id = merged
    [result] = _export(project, tmp_path)
    records = _labels(result.directory / "all.jsonl")
    assert records[project.document(doc_id).text] == ["LOC", "PER", "ROLE"]
    others = [labels for text, labels in records.items() if text != project.document(doc_id).text]
    assert len(others) == 29 and all({"PER", "ROLE"} <= set(labels) for labels in others)


def test_majority_keeps_what_both_annotators_of_a_document_agree_on(merged, tmp_path: Path) -> None:
    project, _ = merged
    [result] = _export(project, tmp_path, layer="majority")
    records = _labels(result.directory / "all.jsonl")
    assert set(map(tuple, records.values())) == {("PER", "ROLE")}


def test_one_annotator_and_separate_files(merged, tmp_path: Path) -> None:
    project, _ = merged
    [one] = _export(project, tmp_path / "one", annotators=("binh",))
    assert len(_labels(one.directory / "all.jsonl")) == 20
    assert "layer of binh" in (one.directory / "README.md").read_text(encoding="utf-8")
    results = _export(project, tmp_path / "sep", layer="separate")
    assert sorted(r.directory.name for r in results) == ["an", "binh", "chi"]
    for result in results:
        labels = _labels(result.directory / "all.jsonl")
        assert len(labels) == 20
    chi = next(r for r in results if r.directory.name == "chi")
    assert {tuple(v) for v in _labels(chi.directory / "all.jsonl").values()} == {("PER", "ROLE")}


def test_a_single_annotator_project_exports_as_before(tmp_path: Path) -> None:
    project = create_project(tmp_path / "solo.db", annotator="an")
    doc_id = project.add_document(SourceDocument(text="Ông Ba ở Huế.", spans=((4, 6, "PER"),)))
    project.session().apply(SetStatus(doc_id, REVIEWED))
    [result] = _export(project, tmp_path)
    assert list(_labels(result.directory / "all.jsonl").values()) == [["PER"]]
    assert "no agreement figures" in (result.directory / "README.md").read_text(encoding="utf-8")
    project.close()


def test_import_attaches_another_tools_layer_matched_by_text(tmp_path: Path) -> None:
    project = create_project(tmp_path / "p.db", annotator="lead")
    article = "Ông Phan Việt Cường, Bí thư Tỉnh ủy Quảng Nam.\nHôm nay"
    doc_id = project.add_document(SourceDocument(text=article, title="Bài"))
    other = tmp_path / "other.conll"
    rows = [("Ông", "O"), ("Phan", "B-PER"), ("Việt", "I-PER"), ("Cường", "I-PER"), (",", "O")]
    rows += [("Bí", "B-ROLE"), ("thư", "I-ROLE"), ("Tỉnh", "I-ROLE"), ("ủy", "I-ROLE")]
    rows += [("Quảng", "B-LOC"), ("Nam", "I-LOC"), (".", "O"), ("Hôm", "O"), ("nay", "O")]
    other.write_text("\n".join(f"{w} {t}" for w, t in rows) + "\n", encoding="utf-8")
    jsonl = tmp_path / "other.jsonl"
    jsonl.write_text(
        json.dumps({"text": "Không có trong dự án.", "label": [[0, 5, "PER"]]}, ensure_ascii=False)
        + "\n",
        encoding="utf-8",
    )
    report = attach_layer(project, project.session(), [other, jsonl], annotator="binh")
    assert report.documents == 1 and report.respaced == 1 and len(report.unmatched) == 1
    spans = [(article[s.start : s.end], s.label) for s in project.spans(doc_id)]
    assert spans == [("Phan Việt Cường", "PER"), ("Bí thư Tỉnh ủy", "ROLE"), ("Quảng Nam", "LOC")]
    assert project.own_status(doc_id, "binh") == DONE
    assert project.document_count() == 1
    with pytest.raises(TeamError, match="nothing was attached"):
        attach_layer(project, project.session(), [jsonl], annotator="binh")
    project.close()


@pytest.mark.skipif(not Path("/proc/locks").exists(), reason="reads POSIX locks from /proc/locks")
def test_attaching_the_open_projects_own_file_reads_none_of_it(tmp_path: Path) -> None:
    """Reading the project's file would close a descriptor of it and drop its locks."""
    from tests.gui.test_file_dialog_locks import _locks_held_here

    project = create_project(tmp_path / "p.db", annotator="lead")
    project.add_document(SourceDocument(text="Ông Phan Việt Cường.", title="Bài"))
    own = [project.path, Path(f"{project.path}-shm")]
    with pytest.raises(TeamError, match="the open project's own file"):
        attach_layer(project, project.session(), own, annotator="binh")
    assert _locks_held_here(project.path)
    project.close()


def test_a_layer_is_matched_to_a_text_that_kept_its_character_references(tmp_path: Path) -> None:
    """A project holding "&amp;" as written matches a file that repeats it: not decoded."""
    project = create_project(tmp_path / "p.db", annotator="lead")
    article = "Bộ NN&amp;PTNT họp."
    doc_id = project.add_document(SourceDocument(text=article, title="Bài"))
    other = tmp_path / "other.conll"
    rows = [("Bộ", "B-ORG"), ("NN&amp;PTNT", "I-ORG"), ("họp", "O"), (".", "O")]
    other.write_text("\n".join(f"{w} {t}" for w, t in rows) + "\n", encoding="utf-8")
    report = attach_layer(project, project.session(), [other], annotator="binh")
    assert report.documents == 1 and not report.unmatched
    spans = [(article[s.start : s.end], s.label) for s in project.spans(doc_id)]
    assert spans == [("Bộ NN&amp;PTNT", "ORG")]
    project.close()
