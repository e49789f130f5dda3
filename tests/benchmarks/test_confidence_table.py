"""The shipped confidence table still matches the rules (measured again, same files).

Relations too: each relation pattern's shipped confidence is its measured
precision given the gold spans.

Suggestions of the rules and of stock underthesea carry their suggester's
precision for their label (resources/suggest/confidence.json). A change to
the rules or gazetteers that is not followed by `make confidence` leaves
suggestions with confidences of other rules: this fails, naming each label
that moved.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from annotator.app.suggest.confidence_table import (
    development_documents,
    measure,
    measure_relations,
    relation_documents,
)
from annotator.nlp.confidence import precision_table, relation_precisions
from annotator.nlp.relations import PATTERNS
from tests.conftest import FIXTURES

# Rounding to two decimals can move a figure by one step between machines'
# tokenisers; more than that is a stale table.
TOLERANCE = 0.015


@pytest.mark.shared
def test_the_shipped_table_matches_the_rules(shared_dir: Path) -> None:
    docs = development_documents(shared_dir / "gold" / "dev.jsonl", FIXTURES / "gold")
    measured = measure(docs)
    shipped, _ = precision_table()
    for name, labels in measured.items():
        print(
            f"\n{name}: "
            + ", ".join(f"{k} {v:.2f} (shipped {shipped[name].get(k)})" for k, v in labels.items())
        )
    moved = [
        f"{name} {label}: shipped {shipped.get(name, {}).get(label)}, measured {p:.2f}"
        for name, labels in measured.items()
        for label, p in labels.items()
        if abs(shipped.get(name, {}).get(label, -1.0) - p) > TOLERANCE
    ]
    assert not moved, "run `make confidence`: " + "; ".join(moved)


@pytest.mark.shared
def test_the_shipped_relation_confidences_match_the_patterns(shared_dir: Path) -> None:
    docs = relation_documents(shared_dir / "gold" / "dev.jsonl", FIXTURES / "gold")
    measured = measure_relations(docs)
    shipped = relation_precisions()
    print(
        "\nrelations: "
        + ", ".join(f"{k} {v:.2f} (shipped {shipped.get(k)})" for k, v in measured.items())
    )
    assert set(measured) == set(PATTERNS), "every pattern proposes on the development gold"
    moved = [
        f"{name}: shipped {shipped.get(name)}, measured {p:.2f}"
        for name, p in measured.items()
        if abs(shipped.get(name, -1.0) - p) > TOLERANCE
    ]
    assert not moved, "run `make confidence`: " + "; ".join(moved)
