"""Suggestion quality on gold/dev.jsonl: stock underthesea, rules alone, merged; and speed.

Run with `make bench` (prints the tables); needs ../shared.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from annotator.nlp.merge import merge_suggestions
from annotator.nlp.ner import UndertheseaNER
from annotator.nlp.rules import RuleSuggester
from tests.nlp.test_rules_gold import TARGETS, load_gold, report, score

pytestmark = [pytest.mark.shared, pytest.mark.slow]


def test_quality_of_each_source_and_of_the_merge(shared_dir: Path) -> None:
    docs = load_gold(shared_dir)
    rules, ner = RuleSuggester(), UndertheseaNER()
    ner_out = {doc["id"]: ner.suggest(doc["text"]) for doc in docs}
    by_text = {doc["text"]: ner_out[doc["id"]] for doc in docs}
    stock = score(docs, lambda text: by_text[text])
    alone = score(docs, rules.suggest)
    merged = score(
        docs, lambda text: merge_suggestions(rules.suggest(text), by_text[text], [], text)
    )
    print()
    for title, scorer in (
        ("stock underthesea NER", stock),
        ("rules alone", alone),
        ("merged (rules + underthesea)", merged),
    ):
        print(report(title, scorer))
    for label, target in TARGETS.items():
        assert merged.score(label).f1 >= target, label
    assert merged.micro().f1 >= alone.micro().f1 - 0.005


def test_rule_speed_on_gold_text(shared_dir: Path) -> None:
    text = "\n".join(doc["text"] for doc in load_gold(shared_dir)) * 3
    rules = RuleSuggester()
    rules.suggest(text[:5_000])
    best = 0.0
    for _ in range(3):
        started = time.process_time()
        rules.suggest(text)
        best = max(best, len(text) / max(time.process_time() - started, 1e-9))
    print(f"\nrules: {best:,.0f} characters per second on one core")
    assert best >= 100_000
