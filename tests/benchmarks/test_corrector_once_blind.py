"""Benchmark: the corrector learnt from blind-time errors, left one set out over every once-blind set.

The seven-set benchmark (test_corrector_left_out.py) found too few errors to
learn from; since then ten more sets were scored blind and their blind-time
proposals kept. Here each of the seventeen sets of `ONCE_BLIND` is left out
in turn and corrected by models trained on the blind-time data of the
others, in two ways: trained on all sixteen others, and trained only on the
sets scored from news10 on (`RECENT`), whose rules are closer to today's.

Each step (drop, relabel, extent, extent with EVENT left alone) is tried at
every threshold and the one whose gain summed over the seventeen sets is
highest is kept (one for all sets); all three steps together take their
own chosen thresholds. Printed per set: micro F1 before -> after, the spans
changed (right gained, wrong removed, right lost, wrong added), F1 per label
moved, and the time of each training.

The bar for wiring a step into the pipeline, set before the figures were
read: a gain on at least 14 of the 17 left-out sets, no set losing more than
.003, and a mean gain of at least .003. None reaches it: every case is a
strict expected failure. 34 trainings of one to two minutes each on a
shared machine (set OPENBLAS_NUM_THREADS=1 there: threaded BLAS slowed the
optimiser tenfold under load); run by `make bench`.
"""

from __future__ import annotations

import pytest

from tests.benchmarks.corrector_folds import (
    STEPS,
    Fold,
    all_steps,
    chosen,
    left_out_folds,
    plans,
    report,
)
from tests.benchmarks.corrector_sets import BLIND_TIME_MICRO, ONCE_BLIND
from tests.benchmarks.corrector_steps import Plan

MIN_SETS_GAINED = 14
WORST_LOSS = 0.003
MIN_MEAN_GAIN = 0.003
# The sets scored from news10 on: proposed by rules much closer to today's.
RECENT = [name for name in ONCE_BLIND if int(name.removeprefix("news")) >= 10]
POOLS = ("all others", "recent only")
# Measured: no step, pool or combination reaches the bar (resources/models/README.md,
# "A corrector learnt from blind-time errors"); reaching it turns the test red until
# the mark is lifted and the step is wired into the pipeline.
NOT_SHIPPED = pytest.mark.xfail(
    strict=True, reason="no step gains on 14 of 17 left-out sets without a loss beyond .003"
)


@pytest.fixture(scope="module")
def folds_by_pool() -> dict[str, list[Fold]]:
    return {
        "all others": left_out_folds(ONCE_BLIND),
        "recent only": left_out_folds(ONCE_BLIND, train_pool=RECENT),
    }


def passes_the_bar(folds: list[Fold], plan: Plan) -> bool:
    """Gains on MIN_SETS_GAINED sets, none losing beyond WORST_LOSS, a mean gain of MIN_MEAN_GAIN."""
    gains = [f.gain(plan) for f in folds]
    return (
        sum(g > 0 for g in gains) >= MIN_SETS_GAINED
        and min(gains) >= -WORST_LOSS
        and sum(gains) / len(gains) >= MIN_MEAN_GAIN
    )


def test_the_baseline_reproduces_the_blind_time_figures(folds_by_pool) -> None:
    for folds in folds_by_pool.values():
        assert [f.name for f in folds] == list(ONCE_BLIND)
        for f in folds:
            assert round(f.tally().f1(), 3) == BLIND_TIME_MICRO[f.name], f.name
            assert all(
                len(p) == len(a.proposed) for a, p in zip(f.articles, f.predictions, strict=True)
            )


def test_training_times_are_reported(folds_by_pool) -> None:
    for pool, folds in folds_by_pool.items():
        times = " ".join(f"{f.name} {f.seconds:.0f}s" for f in folds)
        print(f"\ntraining on {pool}: {times}")
        assert all(f.seconds > 0 for f in folds)


@NOT_SHIPPED
@pytest.mark.parametrize("pool", POOLS)
@pytest.mark.parametrize("step", STEPS)
def test_one_step_at_its_chosen_threshold_passes_the_bar(folds_by_pool, pool, step) -> None:
    folds = folds_by_pool[pool]
    for plan in plans(step):
        print(report(folds, f"{step} alone, trained on {pool}", plan))
    plan = chosen(folds, step)
    print(report(folds, f"{step} alone, trained on {pool}, chosen threshold", plan))
    assert passes_the_bar(folds, plan)


@NOT_SHIPPED
@pytest.mark.parametrize("pool", POOLS)
def test_all_steps_at_their_chosen_thresholds_pass_the_bar(folds_by_pool, pool) -> None:
    folds = folds_by_pool[pool]
    plan = all_steps(folds)
    print(report(folds, f"all steps, trained on {pool}, chosen thresholds", plan))
    assert passes_the_bar(folds, plan)
