"""Leave-one-set-out folds of the corrector experiment and how a plan is judged on them.

A `Fold` is one left-out set: its articles and what a corrector trained on
other sets predicts of each proposal. Predictions are made once per fold, so
every step and threshold is tried on them cheaply. The benchmarks over the
first seven once-blind sets and over all of them share this code, so their
figures are computed alike.
"""

from __future__ import annotations

import functools
import operator
import time
from collections.abc import Iterable
from dataclasses import dataclass

from tests.benchmarks.corrector_sets import (
    Article,
    Tally,
    blind_time_articles,
    changes,
    moved_line,
    proposed_spans,
    score,
)
from tests.benchmarks.corrector_steps import (
    Plan,
    Prediction,
    TrainingRows,
    correct,
    fit_rows,
    predict,
    training_rows,
)

THRESHOLDS = (0.5, 0.6, 0.7, 0.8, 0.9)
STEPS = ("drop", "relabel", "extent", "extent but EVENT")


@dataclass
class Fold:
    """One left-out case: its articles and the predictions of a corrector trained without it."""

    name: str
    articles: list[Article]
    predictions: list[list[Prediction]]
    seconds: float = 0.0  # the training's wall time (features excluded: computed once per set)

    def tally(self, plan: Plan | None = None) -> Tally:
        return score(self.articles, self.found(plan))

    def found(self, plan: Plan | None) -> list:
        if plan is None:
            return [proposed_spans(a) for a in self.articles]
        return [correct(a, p, plan) for a, p in zip(self.articles, self.predictions, strict=True)]

    def gain(self, plan: Plan) -> float:
        return self.tally(plan).f1() - self.tally().f1()


@functools.cache
def _set_rows(name: str) -> TrainingRows:
    """One set's training examples: the same in every fold that trains on it."""
    return training_rows(blind_time_articles(name))


def fold(name: str, train_on: Iterable[str], articles: list[Article]) -> Fold:
    """A corrector trained on the blind-time data of `train_on`, applied to `articles`."""
    rows = functools.reduce(operator.add, (_set_rows(s) for s in train_on), TrainingRows())
    started = time.perf_counter()
    models = fit_rows(rows)
    seconds = time.perf_counter() - started
    return Fold(name, articles, [predict(models, a) for a in articles], seconds)


def left_out_folds(sets: Iterable[str], train_pool: Iterable[str] | None = None) -> list[Fold]:
    """One fold per set, trained on the other sets of `train_pool` (by default `sets`)."""
    sets = list(sets)
    pool = sets if train_pool is None else list(train_pool)
    return [fold(s, [t for t in pool if t != s], blind_time_articles(s)) for s in sets]


def plans(step: str) -> list[Plan]:
    """The plans of one step, one per threshold."""
    if step == "extent but EVENT":
        return [Plan(extent=t, extent_skips=("EVENT",)) for t in THRESHOLDS]
    return [Plan(**{step: t}) for t in THRESHOLDS]


def chosen(folds: list[Fold], step: str) -> Plan:
    """The plan of `step` whose gain summed over `folds` is highest (one for all sets)."""
    return max(plans(step), key=lambda plan: sum(f.gain(plan) for f in folds))


def all_steps(folds: list[Fold]) -> Plan:
    """Drop, relabel and extent together, each at its own chosen threshold."""
    return Plan(
        drop=chosen(folds, "drop").drop,
        relabel=chosen(folds, "relabel").relabel,
        extent=chosen(folds, "extent").extent,
    )


def report(folds: list[Fold], title: str, plan: Plan) -> str:
    """Per fold: micro before -> after, the spans moved, the labels that moved; then the mean."""
    lines = [f"\n{title} ({plan})"]
    for f in folds:
        before, after = f.tally(), f.tally(plan)
        moved = changes(f.articles, f.found(plan))
        lines.append(moved_line(f.name, 10, before, after, moved))
    gains = [f.gain(plan) for f in folds]
    lines.append(
        f"  gains on {sum(g > 0 for g in gains)}/{len(gains)}, "
        f"mean {sum(gains) / len(gains):+.4f}, worst {min(gains):+.4f}"
    )
    return "\n".join(lines)
