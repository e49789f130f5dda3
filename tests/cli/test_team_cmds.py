"""Team commands through click's runner: package create/merge, agreement, import --annotator, export --layer."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from PIL import Image

from annotator.cli import cli
from annotator.core.model import SourceDocument
from annotator.store import create_project, open_project
from tests.app.team.team_project import ANNOTATORS, annotate_package, text_of


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def project_file(tmp_path: Path) -> Path:
    path = tmp_path / "team.db"
    project = create_project(path, annotator="lead")
    for i in range(12):
        project.add_document(SourceDocument(text=text_of(i), title=f"Bài {i}"))
    project.close()
    return path


def _run(runner: CliRunner, *args: str) -> str:
    result = runner.invoke(cli, [str(a) for a in args])
    assert result.exit_code == 0, result.output
    return result.output


def test_package_create_merge_and_agreement(runner, project_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "packages"
    created = _run(
        runner, "package", "create", project_file, "--annotators", ",".join(ANNOTATORS),
        "--overlap", "2", "--seed", "3", "--out", out,
    )  # fmt: skip
    assert "an: 8 documents" in created and "an & binh: 4" in created
    files = sorted(out.glob("*.db"))
    assert [f.name for f in files] == ["team-an.db", "team-binh.db", "team-chi.db"]
    for name in ANNOTATORS:
        annotate_package(out / f"team-{name}.db", name)
    merged = _run(runner, "package", "merge", project_file, *files)
    assert merged.count("Merged") == 3
    again = _run(runner, "package", "merge", project_file, files[0])
    assert "replaces their earlier layer" in again
    plot = tmp_path / "agreement.png"
    output = _run(runner, "agreement", project_file, "--json", "--plot", plot)
    report = json.loads(output[: output.rindex("}") + 1])
    assert report["annotators"] == ["an", "binh", "chi"]
    assert report["pairs"][0]["micro"]["f1"] == pytest.approx(40 / 60, abs=1e-4)
    assert set(report["overall"]) >= {"fleiss_kappa", "krippendorff_alpha", "span_f1"}
    with Image.open(plot) as image:
        assert image.format == "PNG" and image.size[0] > 300
    text = _run(runner, "agreement", project_file, "--labels", "PER")
    assert "an & binh" in text and "F1 1.0" in text


def test_merge_refusals_exit_non_zero_with_a_message(
    runner, project_file: Path, tmp_path: Path
) -> None:
    broken = tmp_path / "broken.db"
    broken.write_bytes(b"\x00" * 4096)
    result = runner.invoke(cli, ["package", "merge", str(project_file), str(broken)])
    assert result.exit_code == 1
    assert "broken.db was not merged" in result.output and "Traceback" not in result.output
    result = runner.invoke(
        cli, ["package", "merge", str(project_file), str(tmp_path / "x.db"), "--map", "bad"]
    )
    assert result.exit_code == 2 and "OLD=NEW" in result.output


def test_agreement_needs_two_layers(runner, project_file: Path) -> None:
    result = runner.invoke(cli, ["agreement", str(project_file)])
    assert result.exit_code == 1 and "at least two" in result.output


def test_import_with_annotator_attaches_a_layer(runner, project_file: Path, tmp_path: Path) -> None:
    text = text_of(3)
    start = text.index("Nguyễn")
    data = {"text": text, "label": [[start, start + len("Nguyễn Văn An"), "PER"]]}
    other = tmp_path / "other.jsonl"
    other.write_text(json.dumps(data, ensure_ascii=False) + "\n", encoding="utf-8")
    output = _run(runner, "import", project_file, other, "--annotator", "dung")
    assert "Attached 1 span and 0 relations to 1 document as dung" in output
    project = open_project(project_file)
    try:
        assert project.document_count() == 12
        assert "dung" in project.layer_names()
    finally:
        project.close()


def test_export_layer_option(runner, project_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "export"
    result = runner.invoke(
        cli,
        ["export", str(project_file), "--status", "any", "--layer", "curated", "--out", str(out)],
    )
    assert result.exit_code == 0, result.output
    assert "documents without the chosen annotation layer" in result.output
    result = runner.invoke(cli, ["export", str(project_file), "--layer", "nonsense"])
    assert result.exit_code == 2


def test_one_annotator_gets_every_document_without_naming_an_overlap(
    runner, project_file: Path, tmp_path: Path
) -> None:
    out = tmp_path / "solo"
    created = _run(runner, "package", "create", project_file, "--annotators", "an", "--out", out)
    assert "an: 12 documents" in created
    assert [f.name for f in out.glob("*.db")] == ["team-an.db"]
    # An overlap asked for explicitly is still held to the annotators named.
    refused = runner.invoke(
        cli, ["package", "create", str(project_file), "--annotators", "an", "--overlap", "2",
              "--out", str(tmp_path / "two")],
    )  # fmt: skip
    assert refused.exit_code != 0 and "number of annotators (1)" in refused.output
