"""The export command through click's runner: every format, options, report, errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from annotator.cli import cli
from annotator.cli.export_cmds import FORMATS
from annotator.formats.registry import writers
from annotator.store import open_project


def _run(*args: str) -> object:
    result = CliRunner().invoke(cli, ["export", *args], catch_exceptions=False)
    return result


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_format_writes_a_dataset_with_a_card(
    project_file: Path, tmp_path: Path, fmt: str
) -> None:
    out = tmp_path / f"ex-{fmt}"
    result = _run(
        str(project_file), "--format", fmt, "--block", "paragraph", "--out", str(out), "--quiet"
    )
    assert result.exit_code == 0, result.output
    assert "Loss report:" in result.output and f"Wrote 3 documents to {out}" in result.output
    assert (out / "README.md").is_file()
    assert len(list(out.iterdir())) >= 2


def test_conll_split_scheme_and_seed_as_documented(project_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "c"
    args = [
        str(project_file),
        "--format",
        "conll",
        "--level",
        "syllable",
        "--scheme",
        "bioes",
        "--split",
        "1:1:1",
        "--seed",
        "13",
        "--out",
        str(out),
        "--quiet",
        "--block",
        "paragraph",
    ]
    assert _run(*args).exit_code == 0
    assert sorted(p.name for p in out.glob("*.conll")) == ["dev.conll", "test.conll", "train.conll"]
    text = "".join(p.read_text(encoding="utf-8") for p in out.glob("*.conll"))
    assert "\tS-PER" in text and "\tE-ROLE" in text
    none = tmp_path / "none"
    dry = _run(
        str(project_file),
        "--format",
        "conll",
        "--dry-run",
        "--block",
        "paragraph",
        "--out",
        str(none),
    )
    assert "nested or overlapping spans dropped" in dry.output and "nothing written" in dry.output
    assert not none.exists()


def test_status_any_pending_labels_and_regions(project_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "j"
    result = _run(
        str(project_file),
        "--format",
        "jsonl",
        "--status",
        "any",
        "--include-pending",
        "--label",
        "EVENT,PER",
        "--skip-region",
        "caption",
        "--out",
        str(out),
        "--quiet",
    )
    assert result.exit_code == 0, result.output
    rows = [json.loads(x) for x in (out / "all.jsonl").read_text(encoding="utf-8").splitlines()]
    assert {lb for r in rows for _, _, lb in r["label"]} == {"EVENT", "PER"}
    assert all("Ảnh:" not in r["text"] for r in rows)


def test_existing_output_is_refused_then_overwritten(project_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "o"
    assert _run(str(project_file), "--out", str(out), "--quiet").exit_code == 0
    again = _run(str(project_file), "--out", str(out), "--quiet")
    assert again.exit_code != 0 and "already exists" in again.output
    assert _run(str(project_file), "--out", str(out), "--quiet", "--overwrite").exit_code == 0


def test_bad_values_are_explained(project_file: Path) -> None:
    bad_split = _run(str(project_file), "--split", "8:x")
    assert bad_split.exit_code != 0 and "8:1:1" in bad_split.output
    bad_status = _run(str(project_file), "--status", "finished")
    assert bad_status.exit_code != 0 and "unknown status" in bad_status.output


def test_help_has_an_example_and_formats_are_all_registered() -> None:
    result = CliRunner().invoke(cli, ["export", "--help"])
    assert "Example:" in result.output and "--split 8:1:1" in result.output
    assert set(FORMATS) <= {w.name for w in writers()}


def _ids(folder: Path) -> list[str]:
    lines = (folder / "all.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line)["id"] for line in lines]


def test_saved_filter_is_reused_and_typed_options_override_it(
    project_file: Path, tmp_path: Path
) -> None:
    saved = _run(
        str(project_file),
        "--title",
        "hue",
        "--label",
        "LOC",
        "--save-filter",
        "huế",
        "--out",
        str(tmp_path / "a"),
        "--quiet",
    )
    assert saved.exit_code == 0 and "Saved the selection as filter 'huế'" in saved.output
    assert _ids(tmp_path / "a") == ["2"]  # "Huế" matched without its accent
    reused = _run(str(project_file), "--filter", "huế", "--out", str(tmp_path / "b"), "--quiet")
    assert reused.exit_code == 0, reused.output
    rows = (tmp_path / "b" / "all.jsonl").read_text(encoding="utf-8").splitlines()
    assert [lb for _, _, lb in json.loads(rows[0])["label"]] == ["LOC"]
    widened = _run(
        str(project_file),
        "--filter",
        "huế",
        "--label",
        "PER",
        "--out",
        str(tmp_path / "c"),
        "--quiet",
    )
    rows = (tmp_path / "c" / "all.jsonl").read_text(encoding="utf-8").splitlines()
    assert _ids(tmp_path / "c") == ["2"] and json.loads(rows[0])["label"][0][2] == "PER"
    assert widened.exit_code == 0
    unknown = _run(str(project_file), "--filter", "nope", "--out", str(tmp_path / "d"))
    assert unknown.exit_code != 0 and "saved filters: huế" in unknown.output
    assert not (tmp_path / "d").exists()


def test_progress_bar_is_shown_unless_quiet(project_file: Path, tmp_path: Path) -> None:
    shown = _run(str(project_file), "--out", str(tmp_path / "p"))
    assert shown.exit_code == 0 and "Exporting" in shown.output
    quiet = _run(str(project_file), "--out", str(tmp_path / "q"), "--quiet")
    assert "Exporting" not in quiet.output


@pytest.mark.parametrize(("fmt", "name"), [("conll", "all.conll"), ("brat", "all"), ("jsonl", "")])
def test_import_detects_exported_formats_and_keeps_ids(
    project_file: Path, tmp_path: Path, fmt: str, name: str
) -> None:
    out = tmp_path / fmt
    args = ["--format", fmt, "--block", "paragraph", "--out", str(out), "--quiet"]
    assert _run(str(project_file), *args).exit_code == 0
    target = tmp_path / "again.db"
    runner = CliRunner()
    assert runner.invoke(cli, ["new", str(target)]).exit_code == 0
    imported = runner.invoke(cli, ["import", str(target), str(out / name), "--quiet"])
    assert imported.exit_code == 0, imported.output
    again = open_project(target)
    try:
        ids = again.document_ids()
        assert len(ids) == 3
        spans = again.spans(ids[0], states=None)
        assert spans and {(s.origin, s.state) for s in spans} == {("imported", "accepted")}
    finally:
        again.close()


def test_import_with_an_explicit_format_reads_a_conll_txt_file(
    project_file: Path, tmp_path: Path
) -> None:
    out = tmp_path / "c"
    args = ["--format", "conll", "--block", "paragraph", "--out", str(out), "--quiet"]
    assert _run(str(project_file), *args).exit_code == 0
    renamed = tmp_path / "columns.txt"
    renamed.write_bytes((out / "all.conll").read_bytes())
    target = tmp_path / "t.db"
    runner = CliRunner()
    runner.invoke(cli, ["new", str(target)])
    result = runner.invoke(cli, ["import", str(target), str(renamed), "--format", "conll"])
    assert result.exit_code == 0, result.output
    again = open_project(target)
    try:
        assert again.document_count() == 3
        assert {s.label for s in again.spans(again.document_ids()[0])} >= {"PER", "ROLE"}
    finally:
        again.close()


def test_jobs_choose_the_worker_processes(project_file: Path, tmp_path: Path, monkeypatch) -> None:
    from annotator.app.exporting import chunks as export_chunks

    monkeypatch.setattr(export_chunks, "MIN_DOCUMENTS_FOR_WORKERS", 0)
    monkeypatch.setattr(export_chunks, "MIN_CHARACTERS_FOR_WORKERS", 0)
    monkeypatch.setattr(export_chunks, "CHUNK_DOCUMENTS", 1)
    files = {}
    for jobs in ("1", "2"):
        out = tmp_path / f"jobs-{jobs}"
        result = _run(str(project_file), "--format", "conll", "--jobs", jobs, "--out", str(out))
        assert result.exit_code == 0, result.output
        files[jobs] = (out / "all.conll").read_bytes()
    assert files["1"] == files["2"] and files["1"].count(b"-DOCSTART-") == 3
    bad = CliRunner().invoke(cli, ["export", str(project_file), "--jobs", "-1"])
    assert bad.exit_code == 2 and "--jobs" in bad.output


def test_an_export_that_selects_no_document_says_which_status_left_them_out(
    tmp_path: Path,
) -> None:
    from annotator.core.model import SourceDocument
    from annotator.core.operations import AddSpan
    from annotator.store import create_project

    path = tmp_path / "p.db"
    project = create_project(path)
    doc_id = project.add_document(SourceDocument(text="Ông Phan Việt Cường phát biểu.", title="t"))
    project.session().apply(AddSpan(doc_id=doc_id, start=4, end=19, label="PER"))  # in progress
    project.close()
    result = CliRunner().invoke(cli, ["export", str(path), "--out", str(tmp_path / "o"), "--quiet"])
    assert result.exit_code == 0, result.output
    assert "Wrote 0 documents" in result.stdout
    assert "No document matches this selection" in result.stderr
    assert "1 of 1 document has another status than done, reviewed" in result.stderr
    again = CliRunner().invoke(
        cli, ["export", str(path), "--status", "any", "--out", str(tmp_path / "a"), "--quiet"]
    )
    assert "Wrote 1 document to" in again.stdout and "No document matches" not in again.stderr


def test_a_repeated_status_option_adds_statuses_instead_of_replacing_them(
    project_file: Path, tmp_path: Path
) -> None:
    once = _run(str(project_file), "--status", "done,new", "--dry-run", "--quiet")
    twice = _run(str(project_file), "--status", "done", "--status", "new", "--dry-run", "--quiet")
    assert once.exit_code == twice.exit_code == 0, twice.output
    assert once.stdout == twice.stdout
    assert "unknown status 'nearly'" in _run(str(project_file), "--status", "nearly").output


def test_the_loss_report_names_a_left_out_relation_by_its_two_ends(
    project_file: Path, tmp_path: Path
) -> None:
    """ "e.g. 1: HOLDS" four times over told a linguist nothing to find the relations by."""
    out = tmp_path / "c"
    result = _run(str(project_file), "--format", "conll", "--block", "paragraph", "--out", str(out))
    assert result.exit_code == 0, result.output
    assert "“Lê Trí Thanh → Bí thư Tỉnh ủy Quảng Nam” HOLDS" in result.output
    assert "“hội nghị → sáng 23.2” WHEN" in result.output


def test_a_label_the_project_never_had_is_refused_and_nothing_written(
    project_file: Path, tmp_path: Path
) -> None:
    """`--label PRE` (for PER) used to write every document without a span, saying
    "Nothing is lost"."""
    out = tmp_path / "typo"
    result = _run(str(project_file), "--label", "PRE", "--out", str(out), "--quiet")
    assert result.exit_code == 1
    assert "no label 'PRE' in this project; its labels: " in result.output
    assert "PER" in result.output and not out.exists()


def test_a_region_no_document_has_is_named_as_cutting_nothing(
    project_file: Path, tmp_path: Path
) -> None:
    """`--skip-region captions` (for caption) cut nothing, and nothing said so."""
    out = tmp_path / "regions"
    result = _run(
        str(project_file), "--skip-region", "captions,caption", "--out", str(out), "--quiet"
    )
    assert result.exit_code == 0, result.output
    assert "--skip-region captions: no exported document has a 'captions' region" in result.output
    assert "--skip-region caption:" not in result.output
    assert "Ảnh:" not in (out / "all.jsonl").read_text(encoding="utf-8")
