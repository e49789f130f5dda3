"""Span quality on the second development set (other outlets and years), per label and source.

The blind part of tests/fixtures/gold/news2.jsonl is scored, never inspected.
Run with `make bench`: it prints what a fresh project suggests (rules, stock
underthesea and the base model, merged) beside stock underthesea alone, per
label and per source (VNTC outlets of 2004-2006, VFND outlets of 2014-2022),
and asserts the issue's targets. A target not met yet is an expected failure
marked strict, so meeting it turns the test red until the mark is removed.
"""

from __future__ import annotations

import pytest

from tests.benchmarks.gold_quality import (
    GOLD,
    LABELS,
    MICRO_TARGET,
    SPAN_TARGETS,
    Scores,
    by_source,
    gold_rows,
    score_rows,
    span_table,
)

NEWS2 = GOLD / "news2.jsonl"
# Targets still missed on the blind part at the last measurement (see the report).
MISSED = {"micro", "ORG"}
# Regression floors on the blind part: the last measured figures less 0.02.
FLOORS = {"micro": 0.85, "PER": 0.94, "ROLE": 0.90, "ORG": 0.75, "LOC": 0.88, "EVENT": 0.74}
FLOORS |= {"DATE": 0.91, "DOC": 0.68}


@pytest.fixture(scope="module")
def blind() -> Scores:
    rows = gold_rows(NEWS2, "blind")
    scores = score_rows(rows)
    parts = by_source(rows)
    tables = {"merged (a fresh project)": scores.merged, "stock underthesea": scores.stock}
    for name, part in parts.items():
        tables[f"merged, {name} outlets"] = part.merged
        tables[f"stock, {name} outlets"] = part.stock
    print("\n" + span_table("news2.jsonl blind part, exact-match F1", tables))
    return scores


def _f1(scores: Scores, label: str) -> float:
    if label == "micro":
        return scores.merged.micro(list(LABELS)).f1
    return scores.merged.score(label).f1


@pytest.mark.parametrize(
    "label",
    [
        pytest.param(x, marks=pytest.mark.xfail(strict=True, reason="target not met yet"))
        if x in MISSED
        else x
        for x in ("micro", *SPAN_TARGETS)
    ],
)
def test_blind_part_reaches_the_target(blind: Scores, label: str) -> None:
    target = MICRO_TARGET if label == "micro" else SPAN_TARGETS[label]
    assert _f1(blind, label) >= target, f"{label} {_f1(blind, label):.3f} < {target}"


@pytest.mark.parametrize("label", list(FLOORS))
def test_blind_part_keeps_its_last_figures(blind: Scores, label: str) -> None:
    assert _f1(blind, label) >= FLOORS[label]


def test_tune_part_is_printed_and_beats_stock_underthesea() -> None:
    scores = score_rows(gold_rows(NEWS2, "tune"))
    print(
        "\n"
        + span_table(
            "news2.jsonl tune part (inspected while writing rules)",
            {"merged": scores.merged, "stock underthesea": scores.stock},
        )
    )
    assert scores.merged.micro(list(LABELS)).f1 >= scores.stock.micro(list(LABELS)).f1 + 0.3
