"""`annotator export --format all`: every training format in one folder, one loss report.

The formats share the selection and the split (same seed: the same documents
in each split of each format); the bundle is put in place whole or not at
all; a format whose package is missing is named in the report, not dropped.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from annotator.app.exporting import bundle
from annotator.app.exporting.bundle import PARTS, REPORT_FILE
from annotator.cli import cli


def _export(*args: str) -> object:
    return CliRunner().invoke(cli, ["export", *args], catch_exceptions=False)


def test_every_format_is_written_with_one_loss_report(project_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "bundle"
    result = _export(str(project_file), "--format", "all", "--split", "2:1", "--out", str(out))
    assert result.exit_code == 0, result.output
    folders = sorted(p.name for p in out.iterdir() if p.is_dir())
    assert folders == sorted(part.folder for part in PARTS)
    report = (out / REPORT_FILE).read_text(encoding="utf-8")
    for part in PARTS:
        assert f"{part.folder}:" in report and f"  {part.folder}:" in result.output
        assert (out / part.folder / "README.md").is_file()
    # The same documents in the same split, whatever the format.
    conll_train = (out / "conll-syllable" / "train.conll").read_text(encoding="utf-8")
    word_train = (out / "conll-word" / "train.conll").read_text(encoding="utf-8")
    assert conll_train.count("-DOCSTART-") == word_train.count("-DOCSTART-")
    jsonl_train = (out / "jsonl" / "train.jsonl").read_text(encoding="utf-8").splitlines()
    brat_train = list((out / "brat" / "train").glob("*.ann"))
    assert len(jsonl_train) == len(brat_train) == conll_train.count("-DOCSTART-") > 0
    assert "_" in word_train and "Lê_Trí_Thanh" in word_train  # word level, syllables joined
    assert "Lê_Trí_Thanh" not in conll_train


def test_a_missing_package_is_reported_and_the_rest_written(
    project_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    reason = "the spaCy format needs the spacy package"
    monkeypatch.setattr(
        bundle, "unavailable_reason", lambda fmt: reason if fmt == "spacy" else None
    )
    out = tmp_path / "bundle"
    result = _export(str(project_file), "--format", "all", "--out", str(out), "--quiet")
    assert result.exit_code == 0, result.output
    assert not (out / "spacy").exists() and (out / "hf").is_dir()
    assert f"not written: {reason}" in (out / REPORT_FILE).read_text(encoding="utf-8")
    assert f"not written: {reason}" in result.output


def test_an_existing_folder_is_kept_and_the_separate_layer_refused(
    project_file: Path, tmp_path: Path
) -> None:
    out = tmp_path / "bundle"
    out.mkdir()
    (out / "mine.txt").write_text("keep", encoding="utf-8")
    result = _export(str(project_file), "--format", "all", "--out", str(out))
    assert result.exit_code == 1 and "already exists" in result.output
    assert [p.name for p in out.iterdir()] == ["mine.txt"]
    other = tmp_path / "other"
    result = _export(
        str(project_file), "--format", "all", "--layer", "separate", "--out", str(other)
    )
    assert result.exit_code == 1 and "one layer" in result.output
    assert "Traceback" not in result.output and not other.exists()


def test_a_dry_run_reports_every_format_and_writes_nothing(
    project_file: Path, tmp_path: Path
) -> None:
    out = tmp_path / "bundle"
    result = _export(str(project_file), "--format", "all", "--out", str(out), "--dry-run")
    assert result.exit_code == 0, result.output
    assert "Dry run: nothing written." in result.output and not out.exists()
    assert all(f"  {part.folder}:" in result.output for part in PARTS)
