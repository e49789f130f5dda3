"""The corrector's three steps, trained on some sets' blind-time data and applied to another.

For each proposal the trained models give: the probability that it is wrong
(drop), the probability of each label at its extent (relabel), and the
probability that each alternative extent is the gold one (extent). A
`Plan` says from which probability each step acts; `correct` applies them
in order (a better extent first, else another label, else dropping), one
proposal at a time. Predictions are computed once per left-out set, so many
thresholds can be tried on them cheaply.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import astuple, dataclass, field

import numpy as np

from tests.benchmarks.corrector_features import (
    Extent,
    Tokens,
    extent_features,
    extents,
    span_features,
)
from tests.benchmarks.corrector_model import MaxEnt, train
from tests.benchmarks.corrector_sets import LABELS, Article, Span, target

# Regularisation per step (chosen on the leave-one-set-out runs: weaker for
# extents, whose right answers are rare among many alternatives).
C_DROP, C_RELABEL, C_EXTENT = 3.0, 3.0, 10.0


@dataclass
class Models:
    drop: MaxEnt
    relabel: MaxEnt
    extent: MaxEnt


@dataclass
class Prediction:
    """What the models say of one proposal."""

    wrong: float
    labels: np.ndarray  # probability per LABELS
    own: float  # probability that the proposal's own extent is gold
    best: Extent | None  # the likeliest other extent
    best_p: float


@dataclass(frozen=True)
class Plan:
    """From which probability each step acts (None: the step is off)."""

    drop: float | None = None
    relabel: float | None = None
    extent: float | None = None
    # Labels whose extent is never moved: the gold's EVENT extents follow
    # conventions (`chuyến thăm` with or without its object) more than form.
    extent_skips: tuple[str, ...] = ()


def _tokens(article: Article) -> Tokens:
    return Tokens.of(article.text, article.proposed)


@dataclass
class TrainingRows:
    """The features and answers of each model's training examples."""

    drop_x: list = field(default_factory=list)
    drop_y: list = field(default_factory=list)
    label_x: list = field(default_factory=list)
    label_y: list = field(default_factory=list)
    extent_x: list = field(default_factory=list)
    extent_y: list = field(default_factory=list)

    def __add__(self, other: TrainingRows) -> TrainingRows:
        return TrainingRows(*(a + b for a, b in zip(astuple(self), astuple(other), strict=True)))


def training_rows(articles: Sequence[Article]) -> TrainingRows:
    """The examples of the proposals of `articles` against their gold (computed once per set)."""
    rows = TrainingRows()
    for article in articles:
        tokens = _tokens(article)
        for i, p in enumerate(tokens.proposed):
            feats, goal = span_features(tokens, i), target(p, article.gold)
            rows.drop_x.append(feats)
            rows.drop_y.append(0 if goal[0] == "keep" else 1)
            if goal[0] in ("keep", "relabel"):
                rows.label_x.append(feats)
                rows.label_y.append(LABELS.index(p[2] if goal[0] == "keep" else goal[1]))
            for x in extents(tokens, i):
                rows.extent_x.append(extent_features(tokens, i, x))
                rows.extent_y.append(int((x.start, x.end, p[2]) in article.gold))
    return rows


def fit_rows(rows: TrainingRows) -> Models:
    """The three models, trained on `rows`."""
    return Models(
        drop=train(rows.drop_x, rows.drop_y, 2, c=C_DROP),
        relabel=train(rows.label_x, rows.label_y, len(LABELS), c=C_RELABEL),
        extent=train(rows.extent_x, rows.extent_y, 2, c=C_EXTENT),
    )


def fit(articles: Sequence[Article]) -> Models:
    """The three models, trained on the proposals of `articles` against their gold."""
    return fit_rows(training_rows(articles))


def predict(models: Models, article: Article) -> list[Prediction]:
    """One prediction per proposal of `article`, in the order of `Tokens.proposed`."""
    tokens = _tokens(article)
    rows = [span_features(tokens, i) for i in range(len(tokens.proposed))]
    wrong = models.drop.probabilities(rows)[:, 1]
    labels = models.relabel.probabilities(rows)
    out = []
    for i in range(len(tokens.proposed)):
        alternatives = extents(tokens, i)
        feats = [extent_features(tokens, i, x) for x in alternatives]
        p = models.extent.probabilities(feats)[:, 1] if feats else np.zeros(0)
        own = (
            float(p[[x.unchanged for x in alternatives]].max())
            if any(x.unchanged for x in alternatives)
            else 0.0
        )
        others = [(float(q), x) for q, x in zip(p, alternatives, strict=True) if not x.unchanged]
        best_p, best = max(others, key=lambda t: t[0], default=(0.0, None))
        out.append(Prediction(float(wrong[i]), labels[i], own, best, best_p))
    return out


def correct(article: Article, predictions: list[Prediction], plan: Plan) -> set[Span]:
    """The article's spans after the steps of `plan`."""
    proposed = sorted(article.proposed)
    kept: dict[int, Span] = {}
    swallowed: set[int] = set()
    for i, (p, pred) in enumerate(zip(proposed, predictions, strict=True)):
        span = _corrected((p[0], p[1], p[2]), pred, plan)
        if span is None:
            continue
        if span[:2] != p[:2]:
            swallowed |= {k for k, q in enumerate(proposed) if k != i and _overlap(q, span)}
        kept[i] = span
    return {s for i, s in kept.items() if i not in swallowed}


def _corrected(span: Span, pred: Prediction, plan: Plan) -> Span | None:
    """One proposal after the steps: moved, relabelled, dropped (None) or as it was."""
    moved = _moved(span, pred, plan)
    if moved is not None:
        return moved
    if plan.relabel is not None:
        likeliest = int(np.argmax(pred.labels))
        if LABELS[likeliest] != span[2] and pred.labels[likeliest] >= plan.relabel:
            return (span[0], span[1], LABELS[likeliest])
    if plan.drop is not None and pred.wrong >= plan.drop:
        return None
    return span


def _moved(span: Span, pred: Prediction, plan: Plan) -> Span | None:
    """The likeliest other extent, when the plan moves this label and it beats the own."""
    best, threshold = pred.best, plan.extent
    if best is None or threshold is None or span[2] in plan.extent_skips:
        return None
    if pred.best_p >= threshold and pred.best_p > pred.own:
        return (best.start, best.end, span[2])
    return None


def _overlap(a: Sequence, b: Sequence) -> bool:
    return a[0] < b[1] and b[0] < a[1]
