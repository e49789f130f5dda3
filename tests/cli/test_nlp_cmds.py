"""The suggest, train and evaluate commands."""

from __future__ import annotations

import json
import re

from click.testing import CliRunner

from annotator.cli import cli
from annotator.store import open_project
from tests.app._nlp_projects import FIXTURE, build_project


def test_every_command_has_an_example():
    runner = CliRunner()
    for name in ("suggest", "train", "evaluate"):
        result = runner.invoke(cli, [name, "--help"])
        assert result.exit_code == 0 and "Example:" in result.output


def test_evaluate_json_is_exactly_labels_and_micro():
    runner = CliRunner()
    result = runner.invoke(cli, ["evaluate", str(FIXTURE), "--json", "--suggester", "underthesea"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert set(data) == {"labels", "micro", "relations"}
    assert list(data["labels"]) == ["PER", "ROLE", "DATE"]
    assert all(set(s) == {"p", "r", "f1"} for s in [data["micro"], *data["labels"].values()])
    assert data["labels"]["ROLE"] == {"p": 0.0, "r": 0.0, "f1": 0.0}  # stock NER has no ROLE
    assert 0.0 < data["labels"]["PER"]["f1"] <= 1.0


def test_evaluate_json_per_suggester_adds_every_suggester():
    runner = CliRunner()
    result = runner.invoke(cli, ["evaluate", str(FIXTURE), "--json", "--per-suggester"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert set(data) == {"labels", "micro", "relations", "suggesters"}
    assert {"rules", "underthesea", "merged"} <= set(data["suggesters"])
    assert data["suggesters"]["merged"] == {"labels": data["labels"], "micro": data["micro"]}


def test_evaluate_scores_relations_end_to_end_and_given_gold_spans(tmp_path):
    text = "Bí thư Tỉnh ủy Phan Việt Cường chủ trì hội nghị sáng 23.2."
    spans = [[0, 14, "ROLE"], [15, 30, "PER"], [39, 47, "EVENT"], [48, 57, "DATE"]]
    assert text[15:30] == "Phan Việt Cường" and text[48:57] == "sáng 23.2"
    row = {"text": text, "spans": spans, "relations": [[1, 0, "HOLDS"], [2, 3, "WHEN"]]}
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps(row, ensure_ascii=False) + "\n", encoding="utf-8")
    runner = CliRunner()
    given = json.loads(runner.invoke(cli, ["evaluate", str(gold), "--json", "--gold-spans"]).stdout)
    assert given["relations"]["HOLDS"] == {"p": 1.0, "r": 1.0, "f1": 1.0}
    assert given["relations"]["WHEN"] == {"p": 1.0, "r": 1.0, "f1": 1.0}
    # The suggested PARTICIPATES is not in this gold: a false positive.
    assert given["relations"]["PARTICIPATES"]["p"] == 0.0
    end = json.loads(runner.invoke(cli, ["evaluate", str(gold), "--json"]).stdout)
    assert set(end["relations"]) >= {"HOLDS", "WHEN"}
    assert all(set(s) == {"p", "r", "f1"} for s in end["relations"].values())


def test_evaluate_merges_stock_underthesea_only_when_asked():
    runner = CliRunner()
    args = ["evaluate", str(FIXTURE), "--json", "--per-suggester"]
    plain = json.loads(runner.invoke(cli, args).stdout)["suggesters"]
    both = json.loads(runner.invoke(cli, [*args, "--with-underthesea"]).stdout)["suggesters"]
    assert plain["underthesea"] == both["underthesea"]  # scored alone either way
    assert plain["rules"] == both["rules"]


def test_suggest_with_underthesea_for_one_run(tmp_path):
    path = tmp_path / "p.db"
    ids = build_project(path, texts=["Bayern: 1-Oliver Kahn; 4-Samuel Kuffour, 3-Lucio."])
    runner = CliRunner()
    args = ["suggest", str(path), "--docs", str(ids[-1]), "--workers", "1"]
    result = runner.invoke(cli, [*args, "--with-underthesea"])
    assert result.exit_code == 0, result.output
    project = open_project(path)
    try:
        names = {s.suggester for s in project.spans(ids[-1], states=("pending",))}
    finally:
        project.close()
    assert "underthesea" in names


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
    assert re.search(
        r"Combined with the rules as (rules-first|model-first|model-only): ", trained.output
    )
    runner = CliRunner()
    done = runner.invoke(cli, ["suggest", str(path), "--docs", str(ids[-1]), "--workers", "1"])
    assert done.exit_code == 0, done.output
    assert "1 document, " in done.stdout and "1 documents" not in done.stdout
    assert "[" + "#" * 20 + "] 1/1 document," in done.stderr and "ETA 00:00" in done.stderr
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


def test_suggest_uses_the_projects_minimum_confidence_unless_given_one(tmp_path):
    """The minimum chosen in the window holds on the command line, which may set its own."""
    from annotator.app.demo import create_demo_project
    from annotator.app.suggest_options import set_min_confidence

    path = tmp_path / "demo.db"
    project = create_demo_project(path)
    try:
        set_min_confidence(project, 0.95)
        doc = project.document_ids()[0]
    finally:
        project.close()

    said = []

    def confidences(*extra: str) -> list[float]:
        args = ["suggest", str(path), "--docs", str(doc), "--workers", "1", *extra]
        result = CliRunner().invoke(cli, args)
        assert result.exit_code == 0, result.output
        said.append(result.stdout)
        opened = open_project(path)
        try:
            items = (*opened.spans(doc, states=None), *opened.relations(doc, states=None))
            return [x.confidence for x in items if x.suggester]
        finally:
            opened.close()

    sure = confidences()
    assert sure and min(sure) >= 0.95
    assert "Suggestions under 95% were left out (the project's minimum" in said[0], said[0]
    assert min(confidences("--min-confidence", "0")) < 0.95
    assert "left out" not in said[1]
