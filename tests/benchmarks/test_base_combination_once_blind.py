"""Benchmark: how the base model's spans would best be combined with the rules', on unseen text.

The shipped base model is combined rules-first, chosen by cross-validation
over its training documents. But the rules were written on those very
documents, so that validation favours them. The blind-time files
(tests/fixtures/gold/blind-time/) of news21 on also record `model_only`:
the same commit's model combined model-only (its own tagging, reading the
rules' tags as features), on the set while the rules had never seen it.
This prints both against today's gold, per set and pooled, so each new
blind set adds to the evidence. Measured in round 31 (resources/models/
README.md, "The combination on text the rules were not written on"):
model-only scored higher on every one of nine sets, by .0054 pooled, and
lower on gold/dev.jsonl, the rules' own development set, by .0096; the
shipped combination stays rules-first while that loss stands.
"""

from __future__ import annotations

import json

from annotator.core.metrics import SpanScorer
from tests.benchmarks.corrector_sets import BLIND_TIME, BLIND_TIME_MICRO, GOLD, LABELS, ONCE_BLIND


def _scores(name: str) -> tuple[SpanScorer, SpanScorer] | None:
    path = BLIND_TIME / f"{name}@{ONCE_BLIND[name]}.jsonl"
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    if not rows or "model_only" not in rows[0]:
        return None
    lines = (GOLD / f"{name}.jsonl").read_text(encoding="utf-8").splitlines()
    gold = {r["id"]: [tuple(s[:3]) for s in r["spans"]] for r in map(json.loads, lines)}
    shipped, model_only = SpanScorer(), SpanScorer()
    for row in rows:
        shipped.add(gold[row["id"]], [tuple(s[:3]) for s in row["merged"]])
        model_only.add(gold[row["id"]], [tuple(s[:3]) for s in row["model_only"]])
    return shipped, model_only


def _pool(into: SpanScorer, scorer: SpanScorer) -> None:
    into.tp.update(scorer.tp)
    into.fp.update(scorer.fp)
    into.fn.update(scorer.fn)


def test_model_only_against_rules_first_on_the_once_blind_sets() -> None:
    pooled = {"rules-first": SpanScorer(), "model-only": SpanScorer()}
    print(f"\n{'set':8s} {'rules-first':>11s} {'model-only':>10s}   gain")
    measured = 0
    for name in ONCE_BLIND:
        scores = _scores(name)
        if scores is None:
            continue
        shipped, model_only = scores
        first, only = shipped.micro(LABELS).f1, model_only.micro(LABELS).f1
        # The file's merged suggestions are the ones its README scores.
        assert abs(first - BLIND_TIME_MICRO[name]) <= 0.0005, name
        print(f"{name:8s} {first:11.4f} {only:10.4f} {only - first:+.4f}")
        _pool(pooled["rules-first"], shipped)
        _pool(pooled["model-only"], model_only)
        measured += 1
    for key, scorer in pooled.items():
        micro = scorer.micro(LABELS)
        per_label = " ".join(f"{x} {scorer.score(x).f1:.3f}" for x in LABELS)
        print(f"pooled {key:11s} {micro.f1:.4f} (P {micro.p:.3f} R {micro.r:.3f}) {per_label}")
    assert measured >= 9
