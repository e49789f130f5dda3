"""Choosing how a model's spans are combined with the rules', from validation scores."""

from __future__ import annotations

import random
from collections.abc import Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from annotator.core.metrics import SpanScorer
from annotator.nlp.crf.combine import COMBINATIONS, RULES_FIRST
from annotator.nlp.crf.model import CRFSuggester, Example

# Another combination replaces the safe default only when it validates this
# much better: with few documents the scores are noisy, and rules-first never
# loses what the rules get right.
MARGIN = 0.01
FOLDS = 5


@dataclass(frozen=True)
class CombinationChoice:
    """The chosen combination and the validation micro F1 of each one."""

    combination: str
    scores: dict[str, float] = field(default_factory=dict)
    validated_on: int = 0
    reason: str = ""

    def as_meta(self) -> dict[str, object]:
        return {
            "combination": self.combination,
            "validation": dict(self.scores),
            "validated_on": self.validated_on,
            "reason": self.reason,
        }


def validation_folds(
    count: int,
    *,
    groups: Sequence[Hashable] | None = None,
    folds: int = FOLDS,
    seed: int = 13,
) -> list[list[int]]:
    """Indices 0..count-1 in up to `folds` seeded groups; none when there are too few.

    Examples sharing a group (texts cut from one article) always land in the
    same fold: names repeat within an article, and a model validated on a
    part of an article it was trained on looks better than it is.
    """
    keys = list(groups) if groups is not None else list(range(count))
    if len(keys) != count:
        raise ValueError(f"{len(keys)} groups for {count} examples")
    distinct = list(dict.fromkeys(keys))
    random.Random(seed).shuffle(distinct)
    n = min(folds, len(distinct))
    if n < 2:
        return []
    fold_of = {key: i % n for i, key in enumerate(distinct)}
    return [[i for i in range(count) if fold_of[keys[i]] == k] for k in range(n)]


def new_scorers() -> dict[str, SpanScorer]:
    return {name: SpanScorer() for name in COMBINATIONS}


def score_combinations(
    data: bytes, examples: Iterable[Example], scorers: Mapping[str, SpanScorer]
) -> list[str]:
    """Add each combination's spans on examples to its scorer; the model's labels."""
    model = CRFSuggester(data)
    for ex in examples:
        for name, scorer in scorers.items():
            scorer.add(ex.spans, model.predict_as(name, ex.text, stacked=ex.stacked))
    return model.labels()


def choose(
    scorers: Mapping[str, SpanScorer], labels: Sequence[str], *, validated_on: int
) -> CombinationChoice:
    """The best-scoring combination, rules-first unless another beats it by MARGIN."""
    if not validated_on:
        return CombinationChoice(RULES_FIRST, reason="too few documents to validate on")
    scores = {name: scorers[name].micro(sorted(labels)).f1 for name in COMBINATIONS}
    best = max(COMBINATIONS, key=lambda name: scores[name])
    if best != RULES_FIRST and scores[best] < scores[RULES_FIRST] + MARGIN:
        best = RULES_FIRST
    reason = (
        "keeps the rules' spans: letting the model decide did not validate better"
        if best == RULES_FIRST
        else f"validated {scores[best] - scores[RULES_FIRST]:+.3f} micro F1 over rules-first"
    )
    return CombinationChoice(best, scores, validated_on, reason)
