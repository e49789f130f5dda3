"""Scoring suggesters against a gold JSONL file."""

from __future__ import annotations

import pytest

from annotator.app.evaluate import evaluate_gold, read_gold
from annotator.app.training import train_project
from annotator.core.errors import AnnotatorError, ImportFailure
from annotator.nlp.crf import TrainParams
from tests.app._nlp_projects import FIXTURE, build_project


def test_report_has_every_suggester_and_the_merged_output():
    result = evaluate_gold(FIXTURE)
    assert set(result["suggesters"]) >= {"underthesea", "merged"}
    assert result["main"] == "merged"
    assert list(result["labels"]) == ["PER", "ROLE", "DATE"]
    per = result["suggesters"]["underthesea"]["labels"]["PER"]
    assert per["tp"] + per["fn"] == 6
    assert result["suggesters"]["underthesea"]["labels"]["ROLE"]["tp"] == 0


def test_a_project_model_is_scored_too(tmp_path):
    path = tmp_path / "p.db"
    build_project(path, done=6)
    train_project(path, holdout=0.0, stack=("underthesea",), params=TrainParams(max_iterations=60))
    result = evaluate_gold(FIXTURE, project_path=path, suggester="model")
    assert result["main"] == "model"
    # Trained on these very texts: it must reproduce most of them.
    assert result["micro"]["f1"] > 0.8


def test_unknown_suggester_and_bad_gold_are_clear_errors(tmp_path):
    with pytest.raises(AnnotatorError, match="choose one of"):
        evaluate_gold(FIXTURE, suggester="nobody")
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"text": "x"}\n', encoding="utf-8")
    with pytest.raises(ImportFailure, match="line 1"):
        read_gold(bad)


def test_a_gold_span_outside_its_text_or_a_missing_field_is_named(tmp_path):
    """A span past the text would be scored as a miss in silence; a missing field is named."""
    bad = tmp_path / "bad.jsonl"
    bad.write_text(
        '{"text": "abc", "spans": [[0, 3, "PER"]]}\n{"text": "abc", "spans": [[1, 9, "PER"]]}\n'
    )
    with pytest.raises(
        ImportFailure, match=r"line 2: .*span \[1, 9\) PER does not fit a text of 3"
    ):
        read_gold(bad)
    bad.write_text('{"text": "abc", "entities": []}\n', encoding="utf-8")
    with pytest.raises(ImportFailure, match='line 1: not a gold document \\(no "label" field\\)'):
        read_gold(bad)


@pytest.mark.shared
def test_stock_underthesea_on_the_shared_gold_finds_people(shared_dir):
    result = evaluate_gold(shared_dir / "gold" / "dev.jsonl", suggester="underthesea")
    assert result["labels"]["PER"]["f1"] > 0.6
    assert result["labels"]["ORG"]["f1"] < 0.5
