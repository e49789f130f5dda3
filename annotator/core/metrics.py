"""Exact-match precision, recall and F1 of labelled spans, per label and micro."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

LabelledSpan = tuple[int, int, str]
# What is scored: anything whose last item is its label, e.g. a span
# (start, end, label) or a relation (head span, tail span, type).
Labelled = tuple[object, object, str]


@dataclass(frozen=True)
class Score:
    tp: int
    fp: int
    fn: int

    @property
    def p(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def r(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.p, self.r
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, float | int]:
        return {
            "p": round(self.p, 4),
            "r": round(self.r, 4),
            "f1": round(self.f1, 4),
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
        }


class SpanScorer:
    """Accumulates exact (start, end, label) matches over many documents.

    Relations are scored the same way, as (head span, tail span, type).
    """

    def __init__(self) -> None:
        self.tp: Counter[str] = Counter()
        self.fp: Counter[str] = Counter()
        self.fn: Counter[str] = Counter()

    def add(self, gold: Iterable[Labelled], predicted: Iterable[Labelled]) -> None:
        gold_set, pred_set = set(gold), set(predicted)
        for _, _, label in gold_set & pred_set:
            self.tp[label] += 1
        for _, _, label in pred_set - gold_set:
            self.fp[label] += 1
        for _, _, label in gold_set - pred_set:
            self.fn[label] += 1

    def labels(self) -> list[str]:
        return sorted(set(self.tp) | set(self.fp) | set(self.fn))

    def score(self, label: str) -> Score:
        return Score(self.tp[label], self.fp[label], self.fn[label])

    def micro(self, labels: Iterable[str] | None = None) -> Score:
        chosen = list(labels) if labels is not None else self.labels()
        return Score(
            sum(self.tp[x] for x in chosen),
            sum(self.fp[x] for x in chosen),
            sum(self.fn[x] for x in chosen),
        )

    def report(self, labels: Iterable[str] | None = None) -> dict[str, object]:
        """{"labels": {L: {"p","r","f1",...}}, "micro": {...}} as the CLI prints it."""
        chosen = list(labels) if labels is not None else self.labels()
        return {
            "labels": {x: self.score(x).as_dict() for x in chosen},
            "micro": self.micro(chosen).as_dict(),
        }
