"""Rule suggestions against the hand-checked gold dev set (needs ../shared)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from annotator.core.metrics import SpanScorer
from annotator.nlp.merge import merge_suggestions
from annotator.nlp.rules import RuleSuggester

# Exact-match F1 the rules alone must reach on gold/dev.jsonl.
TARGETS = {
    "PER": 0.95,
    "ROLE": 0.90,
    "ORG": 0.85,
    "LOC": 0.85,
    "EVENT": 0.70,
    "DATE": 0.90,
    "DOC": 0.95,
}

pytestmark = pytest.mark.shared


def load_gold(shared: Path) -> list[dict]:
    path = shared / "gold" / "dev.jsonl"
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]


def score(docs: list[dict], predict) -> SpanScorer:
    scorer = SpanScorer()
    for doc in docs:
        predicted = [(s.start, s.end, s.label) for s in predict(doc["text"])]
        scorer.add([tuple(x) for x in doc["spans"]], predicted)
    return scorer


def report(title: str, scorer: SpanScorer) -> str:
    lines = [title]
    for label in TARGETS:
        s = scorer.score(label)
        lines.append(
            f"  {label:6} P={s.p:.3f} R={s.r:.3f} F1={s.f1:.3f}  (tp={s.tp} fp={s.fp} fn={s.fn})"
        )
    lines.append(f"  micro  F1={scorer.micro(list(TARGETS)).f1:.3f}")
    return "\n".join(lines)


def test_rules_reach_the_targets_on_gold(shared_dir: Path, rules: RuleSuggester) -> None:
    scorer = score(load_gold(shared_dir), rules.suggest)
    print("\n" + report("rules on gold/dev.jsonl", scorer))
    missed = {
        label: round(scorer.score(label).f1, 3)
        for label, target in TARGETS.items()
        if scorer.score(label).f1 < target
    }
    assert not missed, f"below target: {missed}"


def test_merging_without_ner_keeps_the_rule_figures(shared_dir: Path, rules: RuleSuggester) -> None:
    docs = load_gold(shared_dir)
    alone = score(docs, rules.suggest)
    merged = score(docs, lambda text: merge_suggestions(rules.suggest(text), [], [], text))
    assert merged.micro().as_dict() == alone.micro().as_dict()


def test_spans_sit_on_syllable_boundaries(shared_dir: Path, rules: RuleSuggester) -> None:
    for doc in load_gold(shared_dir):
        text = doc["text"]
        for s in rules.suggest(text):
            inside = text[s.start : s.end]
            assert inside == inside.strip() and inside[0].isalnum() or inside[0] in '"“'
            assert s.start == 0 or not text[s.start - 1].isalnum()
            assert s.end == len(text) or not text[s.end].isalnum()
