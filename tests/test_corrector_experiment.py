"""The pieces of the corrector experiment, checked on small cases whose answer is known.

The benchmark (tests/benchmarks/test_corrector_left_out.py) trains and
scores the corrector on the blind-time files; here the reading of a
proposal's target, the alternative extents, the application of a plan and
the classifier are checked on a sentence, and the blind-time files against
their gold, so that a wrong figure cannot come from the harness.
"""

from __future__ import annotations

import json

import numpy as np

from tests.benchmarks.corrector_features import Tokens, extents
from tests.benchmarks.corrector_model import train
from tests.benchmarks.corrector_sets import (
    BLIND_TIME,
    GOLD,
    LABELS,
    SETS,
    Article,
    changes,
    target,
)
from tests.benchmarks.corrector_steps import Plan, Prediction, correct

TEXT = "Ông Nguyễn Văn A, Chủ tịch Ủy ban nhân dân tỉnh, dự họp.\nDòng hai, Hà Nội."


def _at(surface: str, label: str) -> tuple[int, int, str]:
    start = TEXT.index(surface)
    return (start, start + len(surface), label)


def test_a_proposal_reads_its_target_off_the_gold() -> None:
    gold = {_at("Nguyễn Văn A", "PER"), _at("Chủ tịch Ủy ban nhân dân tỉnh", "ROLE")}
    assert target(_at("Nguyễn Văn A", "PER"), gold) == ("keep",)
    assert target(_at("Nguyễn Văn A", "LOC"), gold) == ("relabel", "PER")
    whole = _at("Chủ tịch Ủy ban nhân dân tỉnh", "ROLE")
    assert target(_at("Chủ tịch", "ROLE"), gold) == ("extent", whole[0], whole[1])
    # Lookalikes: over a gold span of another label with another extent, or over nothing.
    assert target(_at("Ủy ban nhân dân", "ORG"), gold) == ("drop",)
    assert target(_at("Hà Nội", "LOC"), gold) == ("drop",)


def test_alternative_extents_stay_in_their_line_and_end_on_words() -> None:
    proposed = [(*_at("Chủ tịch", "ROLE"), "rules", 1.0)]
    tokens = Tokens.of(TEXT, proposed)
    found = extents(tokens, 0)
    surfaces = {TEXT[x.start : x.end] for x in found}
    assert "Chủ tịch" in surfaces and "Chủ tịch Ủy ban nhân dân tỉnh" in surfaces
    assert all("\n" not in s for s in surfaces)
    assert not any(s.endswith(",") or s.startswith(",") for s in surfaces)
    assert sum(x.unchanged for x in found) == 1


def _prediction(**given) -> Prediction:
    labels = np.zeros(len(LABELS))
    labels[LABELS.index(given.pop("label", "PER"))] = given.pop("label_p", 1.0)
    values = {"wrong": 0.0, "own": 0.5, "best": None, "best_p": 0.0, **given}
    return Prediction(labels=labels, **values)


def test_a_plan_moves_relabels_or_drops_only_from_its_thresholds() -> None:
    role, org = _at("Chủ tịch", "ROLE"), _at("Ủy ban nhân dân tỉnh", "ORG")
    article = Article("x", TEXT, set(), [(*role, "rules", 1.0), (*org, "rules", 1.0)])
    tokens = Tokens.of(TEXT, article.proposed)
    longer = next(x for x in extents(tokens, 0) if x.end == org[1])
    predictions = [
        _prediction(label="ROLE", best=longer, best_p=0.8),
        _prediction(label="LOC", label_p=0.7, wrong=0.95),
    ]
    assert correct(article, predictions, Plan()) == {role, org}
    # The longer ROLE swallows the ORG it overlaps.
    assert correct(article, predictions, Plan(extent=0.6)) == {(role[0], org[1], "ROLE")}
    assert correct(article, predictions, Plan(extent=0.9)) == {role, org}
    assert correct(article, predictions, Plan(extent=0.6, extent_skips=("ROLE",))) == {role, org}
    assert correct(article, predictions, Plan(relabel=0.6)) == {role, (*org[:2], "LOC")}
    assert correct(article, predictions, Plan(drop=0.9)) == {role}
    assert correct(article, predictions, Plan(drop=0.99)) == {role, org}


def test_changes_count_right_and_wrong_spans_gained_and_lost() -> None:
    per, loc = _at("Nguyễn Văn A", "PER"), _at("Hà Nội", "LOC")
    article = Article("x", TEXT, {per}, [(*per, "rules", 1.0), (*loc, "rules", 1.0)])
    assert changes([article], [{loc}]) == {"right lost": 1}
    assert changes([article], [{per}]) == {"wrong removed": 1}


def test_the_classifier_learns_a_feature_that_decides_and_ignores_a_rare_one() -> None:
    rows = [["cue", "noise"]] * 20 + [["other"]] * 20 + [["rare"]]
    labels = [1] * 20 + [0] * 20 + [1]
    model = train(rows, labels, 2, c=10.0)
    p = model.probabilities([["cue"], ["other"], ["rare"]])[:, 1]
    assert p[0] > 0.9 and p[1] < 0.1
    assert "rare" not in model.vocabulary


def test_every_blind_time_file_covers_its_gold_articles_within_their_text() -> None:
    files = sorted(BLIND_TIME.glob("*@*.jsonl"))
    assert {path.stem for path in files} >= {f"{name}@{commit}" for name, commit in SETS.items()}
    for path in files:
        name = path.stem.split("@")[0]
        gold = {}
        for line in (GOLD / f"{name}.jsonl").read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            gold[row["id"]] = row["text"]
        lines = path.read_text(encoding="utf-8").splitlines()
        rows = [json.loads(line) for line in lines if line.strip()]
        assert sorted(r["id"] for r in rows) == sorted(gold), name
        for row in rows:
            size = len(gold[row["id"]])
            assert all(0 <= s < e <= size and lab in LABELS for s, e, lab, *_ in row["merged"])
