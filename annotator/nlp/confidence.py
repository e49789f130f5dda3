"""A confidence for every suggestion: its suggester's measured precision for its label.

The table lives in resources/suggest/confidence.json (see its README); a
suggester that scores its own spans (the model's CRF marginals) keeps its
score. A suggested relation's confidence is the measured precision of the
pattern that proposed it (`relations` in the same table). Confidences are 0..1.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import replace
from functools import lru_cache
from pathlib import Path

from annotator.core.resources import resource_path
from annotator.nlp.base import Suggestion

# Suggesters whose Suggestion.score is already a probability of their own.
SELF_SCORED = frozenset({"model", "base-model", "names", "events"})


@lru_cache(maxsize=4)
def precision_table(path: Path | None = None) -> tuple[dict[str, dict[str, float]], float]:
    """(suggester -> label -> precision, default) from the shipped table."""
    source = path or resource_path("suggest", "confidence.json")
    data = json.loads(Path(source).read_text(encoding="utf-8"))
    table = {
        name: {label: float(p) for label, p in labels.items()}
        for name, labels in data.get("suggesters", {}).items()
    }
    return table, float(data.get("default", 0.5))


@lru_cache(maxsize=4)
def relation_precisions(path: Path | None = None) -> dict[str, float]:
    """relation pattern -> measured precision, from the shipped table."""
    source = path or resource_path("suggest", "confidence.json")
    data = json.loads(Path(source).read_text(encoding="utf-8"))
    return {name: float(p) for name, p in data.get("relations", {}).items()}


def confidence_of(suggester: str, label: str, score: float = 1.0) -> float:
    """The confidence a suggestion of this suggester and label is stored with."""
    if suggester in SELF_SCORED:
        return round(min(1.0, max(0.0, score)), 3)
    table, default = precision_table()
    return table.get(suggester, {}).get(label, default)


def relation_confidence(pattern: str) -> float:
    """The confidence a relation proposed by this pattern is stored with."""
    measured = relation_precisions()
    return measured[pattern] if pattern in measured else precision_table()[1]


def with_confidence(suggestions: Iterable[Suggestion]) -> list[Suggestion]:
    """The same suggestions, each scored with its confidence."""
    return [replace(s, score=confidence_of(s.suggester, s.label, s.score)) for s in suggestions]
