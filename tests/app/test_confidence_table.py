"""The precision table behind suggestions' confidence: measured, smoothed, written readably."""

from __future__ import annotations

import json
from pathlib import Path

from annotator.app.evaluate import GoldDocument
from annotator.app.suggest.confidence_table import (
    measure,
    measure_relations,
    table,
    write_table,
)
from annotator.nlp.confidence import precision_table, relation_precisions
from annotator.nlp.pipeline import RULES

TEXT = "Bí thư Tỉnh ủy Phan Việt Cường chủ trì hội nghị sáng 23.2."


def _gold(spans: tuple[tuple[int, int, str], ...]) -> GoldDocument:
    return GoldDocument(id="1", text=TEXT, spans=spans)


def _surface(label: str) -> tuple[int, int, str]:
    surface = {"ROLE": "Bí thư Tỉnh ủy", "PER": "Phan Việt Cường", "EVENT": "hội nghị"}[label]
    start = TEXT.index(surface)
    return start, start + len(surface), label


def test_a_label_never_wrong_is_likely_not_certain() -> None:
    gold = _gold(tuple(_surface(label) for label in ("ROLE", "PER", "EVENT")))
    rules = measure([gold], suggesters=(RULES,))[RULES]
    assert rules["PER"] == round(2 / 3, 2)  # one right, smoothed: (1 + 1) / (1 + 0 + 2)
    assert all(p < 1.0 for p in rules.values())


def test_a_wrong_label_lowers_its_precision_only() -> None:
    right = measure([_gold((_surface("ROLE"), _surface("PER")))], suggesters=(RULES,))[RULES]
    # The same text where the gold has no PER: the rules' PER is now a false positive.
    wrong = measure([_gold((_surface("ROLE"),))], suggesters=(RULES,))[RULES]
    assert wrong["PER"] < right["PER"] and wrong["ROLE"] == right["ROLE"]


def test_the_written_table_is_what_suggestions_read(tmp_path: Path) -> None:
    gold = _gold((_surface("ROLE"), _surface("PER")))
    data = table(measure([gold], suggesters=(RULES,)), [gold], {"HOLDS": 0.9, "WHEN": 0.8})
    path = tmp_path / "confidence.json"
    write_table(data, path)
    assert json.loads(path.read_text(encoding="utf-8")) == data
    read, default = precision_table(path)
    assert read == data["suggesters"] and default == data["default"]
    assert relation_precisions(path) == {"HOLDS": 0.9, "WHEN": 0.8}
    assert data["measured_on"].endswith(" (1 document, 2 gold spans)")


def test_the_table_counts_one_document_and_one_span_in_the_singular() -> None:
    one = _gold((_surface("PER"),))
    assert table({}, [one], {})["measured_on"].endswith(" (1 document, 1 gold span)")
    many = table({}, [one] * 1200, {})["measured_on"]
    assert many.endswith(" (1,200 documents, 1,200 gold spans)")  # as the committed table reads


def test_a_relation_pattern_is_scored_by_the_relations_it_proposed() -> None:
    """HOLDS right, PARTICIPATES wrong (the gold has none): each pattern keeps its own count."""
    role, per, event = _surface("ROLE"), _surface("PER"), _surface("EVENT")
    gold = GoldDocument(id="1", text=TEXT, spans=(role, per, event), relations=((1, 0, "HOLDS"),))
    measured = measure_relations([gold])
    assert measured["HOLDS"] == round(2 / 3, 2)  # one right, smoothed
    assert measured["PARTICIPATES"] == round(1 / 3, 2)  # one wrong, smoothed
    assert "WHEN" not in measured  # a pattern that proposed nothing is not guessed
