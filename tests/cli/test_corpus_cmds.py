"""The search, stats and registry commands through click's runner, on a real project file."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from annotator.cli import cli
from annotator.store import open_project
from tests.app._corpus_projects import corpus_file


@pytest.fixture
def project_file(tmp_path: Path) -> Path:
    return corpus_file(tmp_path / "corpus.db")


def _run(*args: str):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def test_search_prints_a_concordance_with_annotations(project_file: Path) -> None:
    result = _run("search", str(project_file), "quoc hoi", "--width", "20")
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert len(lines) == 2
    assert "[Quốc hội]" in lines[0] and lines[0].rstrip().endswith("ORG")
    assert "[QUỐC HỘI]" in lines[1]
    assert "2 hits in 2 documents" in result.stderr


def test_search_json_label_filters_and_sorting(project_file: Path) -> None:
    result = _run("search", str(project_file), 'label:ROLE "Chủ tịch"', "--json")
    data = json.loads(result.stdout)
    assert data["total"] == 2
    assert [h["hit"] for h in data["hits"]] == ["Chủ tịch UBND tỉnh", "Chủ tịch HĐND tỉnh"]
    assert data["hits"][0]["annotations"][0]["relation"] == "same"
    by_right = json.loads(
        _run("search", str(project_file), "Tỉnh ủy", "--json", "--sort", "right").stdout
    )
    rights = [h["right"] for h in by_right["hits"]]
    assert rights[0].startswith(" chỉ đạo") and rights[-1].startswith(" Quảng Nam")
    done = json.loads(
        _run("search", str(project_file), "Tỉnh ủy", "--json", "--status", "done").stdout
    )
    assert {h["doc_id"] for h in done["hits"]} == {1}
    free = json.loads(
        _run("search", str(project_file), "Tỉnh ủy", "--json", "--annotated", "unannotated").stdout
    )
    assert free["total"] == 1


def test_search_errors_are_messages_not_tracebacks(project_file: Path) -> None:
    result = CliRunner().invoke(cli, ["search", str(project_file), "(x", "--regex"])
    assert result.exit_code == 1 and "not valid" in result.output
    assert "Traceback" not in result.output
    result = CliRunner().invoke(cli, ["search", str(project_file), "  "])
    assert result.exit_code == 2 and "give words to find" in result.output


def test_stats_text_json_and_plot(project_file: Path, tmp_path: Path) -> None:
    text = _run("stats", str(project_file))
    assert (
        "Documents by status" in text.stdout and "Most frequent surfaces per label" in text.stdout
    )
    data = json.loads(_run("stats", str(project_file), "--json", "--split", "2:1").stdout)
    assert {"documents", "spans", "suggesters", "progress", "surfaces", "splits"} <= set(data)
    assert {row["status"]: row["documents"] for row in data["documents"]}["done"] == 1
    out = tmp_path / "plots"
    result = _run("stats", str(project_file), "--plot", str(out), "--json")
    assert result.exit_code == 0
    assert (out / "spans.png").read_bytes()[:4] == b"\x89PNG"
    assert (out / "spans.csv").is_file() and (out / "progress.png").is_file()
    bad = CliRunner().invoke(cli, ["stats", str(project_file), "--split", "x"])
    assert bad.exit_code == 2 and "8:1:1" in bad.output


def test_registry_links_then_writes_the_files(project_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "reg"
    result = _run("registry", str(project_file), "--out", str(out))
    assert result.exit_code == 0, result.output
    assert "1 suggested for confirmation; 2 new persons" in result.stderr
    assert "persons: 2" in result.stdout
    with (out / "roles.csv").open(encoding="utf-8-sig") as handle:
        roles = {(r["person"], r["post"], r["body"]) for r in csv.DictReader(handle)}
    assert ("Phan Việt Cường", "Bí thư", "Tỉnh ủy Quảng Nam") in roles
    for name in ("persons.csv", "mentions.csv", "entity_links.jsonl", "entities.jsonl"):
        assert (out / name).is_file()
    again = CliRunner().invoke(cli, ["registry", str(project_file), "--out", str(out)])
    assert again.exit_code == 1 and "already exists" in again.output
    assert "Registry:" not in again.output  # refused before linking anything
    again = _run("registry", str(project_file), "--out", str(out), "--overwrite", "--pending")
    assert "0 mentions linked by name" in again.stderr and "mentions: 8" in again.stdout
    project = open_project(project_file)
    try:
        assert project.session().can_undo()  # the linking is a logged step
    finally:
        project.close()


def test_registry_changes_nothing_when_its_folder_cannot_be_written(
    project_file: Path, tmp_path: Path
) -> None:
    """A folder in the way (here a file) is found before the mentions are linked."""
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder", encoding="utf-8")
    result = CliRunner().invoke(cli, ["registry", str(project_file), "--out", str(blocked / "reg")])
    assert result.exit_code == 1 and "Registry:" not in result.output
    project = open_project(project_file)
    try:
        assert not project.session().can_undo()  # nothing was linked
    finally:
        project.close()
