"""Benchmark: what the memory of all tune gold changes on articles that are not political news.

The fourth condition of the memory's bar (docs/memory.md): on
the 100 `contrast` articles of political-news-2, the memory built from all
tune gold (gold/dev.jsonl, the tune parts of heldout.jsonl and news2.jsonl,
news3 … news13, with what the blind-time suggestions of news3 … news13 had
that the gold has at no place counted as rejected) may change a fresh
project's merged suggestions by at most MAX_NET_ADDED spans (added minus
held back). Printed per label for the policy chosen on news3 … news8 (an
expected failure, the record) and for the policy that runs by default, the
candidate (the first policy of the grid that passes the other three
conditions), which must pass.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from annotator.app.suggest.memory import CANDIDATE
from annotator.nlp.memory import Policy, Worked, apply_memory, build_table
from annotator.nlp.pipeline import Pipeline, base_model_config
from tests.benchmarks.corrector_sets import LABELS
from tests.benchmarks.memory_simulation import (
    SETS,
    blind_time_articles,
    gold_rows,
    rejections,
    worked,
)
from tests.benchmarks.test_contrast_false_alarms import contrast_paths, stored_text
from tests.conftest import SHARED

pytestmark = [pytest.mark.slow, pytest.mark.shared]

MAX_NET_ADDED = 50
CHOSEN = Policy(min_count=1, min_ratio=0.9, min_syllables=1, fill=True, extend=True, hold_back=2)


def tune_gold(shared: Path) -> list[Worked]:
    lines = (shared / "gold" / "dev.jsonl").read_text(encoding="utf-8").splitlines()
    rows = [json.loads(line) for line in lines if line.strip()]
    rows += gold_rows("heldout", "tune") + gold_rows("news2", "tune")
    rows += [row for name in SETS for row in gold_rows(name)]
    return [worked(row["text"], row["spans"]) for row in rows]


def changed(texts: list[str], policy: Policy, table) -> tuple[Counter, Counter]:
    pipeline = Pipeline(base_model_config())
    added: Counter[str] = Counter()
    held: Counter[str] = Counter()
    for text in texts:
        before = pipeline.suggest(text)
        after = apply_memory(table, text, before, policy)
        keys_before = {(s.start, s.end, s.label) for s in before}
        keys_after = {(s.start, s.end, s.label) for s in after}
        added.update(s[2] for s in keys_after - keys_before)
        held.update(s[2] for s in keys_before - keys_after)
    return added, held


@pytest.fixture(scope="module")
def nets() -> dict[str, int]:
    """Added minus held back on the contrast articles, per policy."""
    if not SHARED.is_dir():
        pytest.skip("../shared is not present on this machine")
    shared_dir = SHARED
    paths = contrast_paths(shared_dir)
    assert len(paths) == 100
    texts = [stored_text(p) for p in paths]
    rejected = [r for name in SETS for a in blind_time_articles(name) for r in rejections(a)]
    table = build_table(tune_gold(shared_dir), rejected)
    out = {}
    for title, policy in (("chosen", CHOSEN), ("runs", CANDIDATE)):
        added, held = changed(texts, policy, table)
        out[title] = sum(added.values()) - sum(held.values())
        print(f"\n{title} {policy}: net {out[title]:+d}")
        for label in LABELS:
            print(f"  {label:6} added {added[label]:4d}  held back {held[label]:4d}")
    return out


@pytest.mark.xfail(strict=True, reason="the chosen policy fills 75 spans net, 45 of them PER")
def test_the_chosen_policy_adds_little_to_contrast_articles(nets: dict[str, int]) -> None:
    assert nets["chosen"] <= MAX_NET_ADDED


def test_the_policy_that_runs_adds_little_to_contrast_articles(nets: dict[str, int]) -> None:
    assert nets["runs"] <= MAX_NET_ADDED
