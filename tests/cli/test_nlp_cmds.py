"""The suggest, train and evaluate commands."""

from __future__ import annotations

import json

from click.testing import CliRunner

from annotator.cli import cli
from annotator.store import open_project
from tests.app._nlp_projects import FIXTURE, build_project


def test_every_command_has_an_example():
    runner = CliRunner()
    for name in ("suggest", "train", "evaluate"):
        result = runner.invoke(cli, [name, "--help"])
        assert result.exit_code == 0 and "Example:" in result.output


def test_evaluate_prints_json_with_labels_micro_and_suggesters():
    result = CliRunner().invoke(
        cli, ["evaluate", str(FIXTURE), "--json", "--suggester", "underthesea"]
    )
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert set(data["labels"]) == {"PER", "ROLE", "DATE"}
    assert {"p", "r", "f1"} <= set(data["micro"])
    assert "underthesea" in data["suggesters"]


def test_evaluate_table_marks_the_baseline():
    result = CliRunner().invoke(cli, ["evaluate", str(FIXTURE)])
    assert result.exit_code == 0 and "underthesea (baseline)" in result.output


def test_train_then_suggest_on_a_project(tmp_path):
    path = tmp_path / "p.db"
    ids = build_project(
        path, done=5, texts=["Ông Đỗ Văn Nam, Giám đốc Sở Tư pháp, họp ngày 3/9/2021."]
    )
    runner = CliRunner()
    trained = runner.invoke(cli, ["train", str(path), "--holdout", "0.2"])
    assert trained.exit_code == 0, trained.output
    assert "held-out" in trained.output and "micro" in trained.output
    done = runner.invoke(cli, ["suggest", str(path), "--docs", str(ids[-1]), "--workers", "1"])
    assert done.exit_code == 0, done.output
    assert "1 documents" in done.output
    project = open_project(path)
    try:
        assert project.spans(ids[-1], states=("pending",))
    finally:
        project.close()


def test_bad_ids_and_no_training_data_are_reported(tmp_path):
    path = tmp_path / "p.db"
    build_project(path)
    runner = CliRunner()
    assert "--docs 3,7,12" in runner.invoke(cli, ["suggest", str(path), "--docs", "a,b"]).output
    result = runner.invoke(cli, ["train", str(path)])
    assert result.exit_code != 0 and "mark them done" in result.output
