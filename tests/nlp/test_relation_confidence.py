"""A suggested relation carries the measured precision of the pattern that found it."""

from __future__ import annotations

import json

from annotator.nlp import confidence
from annotator.nlp.relations import PATTERNS, suggest_relations


def test_each_relation_names_its_pattern_and_carries_that_patterns_confidence() -> None:
    text = "Bí thư Tỉnh ủy Phan Việt Cường chủ trì hội nghị ngày 3/9/2021."
    spans = [(0, 14, "ROLE"), (15, 30, "PER"), (39, 47, "EVENT"), (48, 61, "DATE")]
    assert [text[s:e] for s, e, _ in spans] == [
        "Bí thư Tỉnh ủy",
        "Phan Việt Cường",
        "hội nghị",
        "ngày 3/9/2021",
    ]
    found = suggest_relations(text, spans)
    assert {(r.head, r.tail, r.type) for r in found} >= {
        (1, 0, "HOLDS"),
        (1, 2, "PARTICIPATES"),
        (2, 3, "WHEN"),
    }
    shipped = confidence.relation_precisions()
    for relation in found:
        assert relation.pattern in PATTERNS
        assert relation.confidence == shipped[relation.pattern]


def test_a_pattern_the_table_lacks_gets_the_default(tmp_path, monkeypatch) -> None:
    table = tmp_path / "confidence.json"
    table.write_text(json.dumps({"default": 0.42, "suggesters": {}, "relations": {"WHEN": 0.8}}))
    monkeypatch.setattr(confidence, "resource_path", lambda *parts: table)
    confidence.precision_table.cache_clear()
    confidence.relation_precisions.cache_clear()
    try:
        assert confidence.relation_confidence("WHEN") == 0.8
        assert confidence.relation_confidence("HOLDS") == 0.42
    finally:
        confidence.precision_table.cache_clear()
        confidence.relation_precisions.cache_clear()
