"""A proposed relation, and what the patterns of every type share to propose one.

The confidence of a suggestion is the precision measured for its pattern on
the development gold with gold spans (resources/suggest/confidence.json).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from annotator.nlp.confidence import relation_confidence
from annotator.nlp.relations.layout import LabelledRange


@dataclass(frozen=True)
class RelationSuggestion:
    """A proposed relation: indices into the span list it was computed from."""

    head: int
    tail: int
    type: str
    confidence: float
    pattern: str = ""


def proposed(head: int, tail: int, kind: str, pattern: str) -> RelationSuggestion:
    """A relation found by one pattern, with that pattern's measured precision as confidence."""
    return RelationSuggestion(head, tail, kind, relation_confidence(pattern), pattern)


def taking_part(person: int, event: int) -> RelationSuggestion:
    """PARTICIPATES by the nearest-event pattern (or one of its corrections)."""
    return proposed(person, event, "PARTICIPATES", "PARTICIPATES")


def with_nearest_event(
    spans: Sequence[LabelledRange], members: list[int], label: str
) -> list[tuple[int, int]]:
    """(span, nearest event) for every span of the label in the sentence; none without events."""
    events = [i for i in members if spans[i][2] == "EVENT"]
    if not events:
        return []
    return [
        (i, min(events, key=lambda e: distance(spans[e], spans[i])))
        for i in members
        if spans[i][2] == label
    ]


def distance(a: LabelledRange, b: LabelledRange) -> int:
    """Characters between two spans; 0 when they touch or overlap."""
    return max(a[0] - b[1], b[0] - a[1], 0)
