"""Every reader records where a document came from the same way, so exports name sources alike."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from annotator.cli import cli
from annotator.store import create_project, open_project

PHONER = {"words": ["Bà", "Lan", "ở", "Huế"], "tags": ["O", "B-NAME", "O", "B-LOCATION"]}


def test_phoner_and_conll_records_keep_their_folder_in_the_project_and_the_export(
    tmp_path: Path,
) -> None:
    corpus = tmp_path / "corpus" / "in"
    corpus.mkdir(parents=True)
    (corpus / "phoner.jsonl").write_text(json.dumps(PHONER, ensure_ascii=False) + "\n", "utf-8")
    (corpus / "syllables.conll").write_text("Ông O\nBa B-PER\nđến O\nVinh B-LOC\n\n", "utf-8")
    project = tmp_path / "p.db"
    runner = CliRunner()
    assert runner.invoke(cli, ["new", str(project)]).exit_code == 0
    result = runner.invoke(cli, ["import", str(project), str(tmp_path / "corpus"), "--quiet"])
    assert result.exit_code == 0, result.output
    opened = open_project(project, access="read")
    try:
        sources = sorted(opened.document(i).source for i in opened.document_ids())
    finally:
        opened.close()
    assert sources == [f"{corpus / 'phoner.jsonl'}:1", f"{corpus / 'syllables.conll'}:1"]
    out = tmp_path / "out"
    args = ["export", str(project), "--format", "jsonl", "--status", "any", "--out", str(out)]
    assert runner.invoke(cli, [*args, "--quiet"]).exit_code == 0
    lines = (out / "all.jsonl").read_text("utf-8").splitlines()
    exported = sorted(json.loads(line)["source"] for line in lines)
    assert exported == ["corpus/in/phoner.jsonl:1", "corpus/in/syllables.conll:1"]


def test_an_unknown_format_is_refused_once_before_any_file_is_read(tmp_path: Path) -> None:
    """`--format nope` used to be reported once per file, after reading the folder."""
    folder = tmp_path / "articles"
    folder.mkdir()
    for n in range(3):
        (folder / f"a{n}.txt").write_text(f"Bài {n}\nHội nghị tại Hà Nội.\n", encoding="utf-8")
    path = tmp_path / "p.db"
    create_project(path, annotator="tester").close()
    result = CliRunner().invoke(cli, ["import", str(path), str(folder), "--format", "nope"])
    assert result.exit_code == 2
    assert result.output.count("unknown format 'nope'; known formats: brat, conll") == 1
    with open_project(path, access="read") as project:
        assert project.document_count() == 0
