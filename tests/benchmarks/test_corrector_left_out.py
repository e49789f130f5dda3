"""Benchmark: can a model learnt from blind-time errors correct the merged suggestions?

For each set that was blind once (news3 to news9), the suggestions of the
commit that scored it are kept with today's gold (tests/fixtures/gold/
blind-time/): the rules' errors on text they had never seen. A corrector
(tests/benchmarks/corrector_steps.py: maximum-entropy models of drop, relabel
and extent over sparse features of each proposal) is trained on six sets'
blind-time proposals and applied to the seventh's: leave one set out. A
last case applies a corrector trained on news3 to news8 to what this
checkout's fresh project suggests on news9 ("news9 now").

Each step is tried alone at several thresholds; the threshold of a step is
the one whose summed gain over the seven left-out sets is highest (one for
all sets). Printed per set: micro F1 before -> after, the spans changed
(right gained, wrong removed, right lost, wrong added) and F1 per label.

Asserted: the baseline (no change) reproduces the blind-time figures of the
blind-time README and every proposal is predicted. The bar for wiring a
corrector into the pipeline (a gain on six of the seven sets and on news9
now, no loss beyond TOLERANCE), for each step alone (extents also with
EVENT left alone) and for all three, is an expected failure marked strict
(NOT_SHIPPED): reaching it turns the test red until the mark is lifted. Figures when this was written are in resources/models/README.md
("A corrector learnt from blind-time errors"). Several minutes on a shared
machine (twenty-four trainings).
"""

from __future__ import annotations

import pytest

from tests.benchmarks.corrector_folds import (
    Fold,
    all_steps,
    chosen,
    fold,
    left_out_folds,
    plans,
    report,
)
from tests.benchmarks.corrector_sets import BLIND_TIME_MICRO, SETS, current_articles
from tests.benchmarks.corrector_steps import Plan

TOLERANCE = 0.003
NOW = "news9 now"
NOT_SHIPPED = pytest.mark.xfail(
    strict=True, reason="no step gains on six of seven left-out sets and on news9 now"
)


@pytest.fixture(scope="module")
def folds() -> list[Fold]:
    before_news9 = [t for t in SETS if t != "news9"]
    return [*left_out_folds(SETS), fold(NOW, before_news9, current_articles("news9"))]


def _left_out(folds: list[Fold]) -> list[Fold]:
    return [f for f in folds if f.name != NOW]


def test_the_baseline_reproduces_the_blind_time_figures(folds: list[Fold]) -> None:
    for f in folds:
        if f.name in BLIND_TIME_MICRO:
            assert round(f.tally().f1(), 3) == BLIND_TIME_MICRO[f.name], f.name


def test_every_proposal_is_predicted(folds: list[Fold]) -> None:
    for f in folds:
        for article, predictions in zip(f.articles, f.predictions, strict=True):
            assert len(predictions) == len(article.proposed)


def passes_the_bar(folds: list[Fold], plan: Plan) -> bool:
    """A gain on six of the seven left-out sets and on news9 now, no loss beyond TOLERANCE."""
    gains = sum(1 for f in _left_out(folds) if f.gain(plan) > 0)
    now = next(f for f in folds if f.name == NOW)
    return gains >= 6 and now.gain(plan) > 0 and all(f.gain(plan) >= -TOLERANCE for f in folds)


@pytest.mark.parametrize(
    "step",
    [
        pytest.param("drop", marks=NOT_SHIPPED),
        pytest.param("relabel", marks=NOT_SHIPPED),
        pytest.param("extent", marks=NOT_SHIPPED),
        pytest.param("extent but EVENT", marks=NOT_SHIPPED),
    ],
)
def test_one_step_at_its_chosen_threshold_passes_the_bar(folds: list[Fold], step: str) -> None:
    for plan in plans(step):
        print(report(folds, f"{step} alone", plan))
    plan = chosen(_left_out(folds), step)
    print(report(folds, f"{step} alone, chosen threshold", plan))
    assert passes_the_bar(folds, plan)


@NOT_SHIPPED
def test_all_steps_at_their_chosen_thresholds_pass_the_bar(folds: list[Fold]) -> None:
    plan = all_steps(_left_out(folds))
    print(report(folds, "all steps, chosen thresholds", plan))
    assert passes_the_bar(folds, plan)
