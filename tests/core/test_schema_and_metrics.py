"""Default schema, schema checks, and span metrics."""

from __future__ import annotations

import pytest

from annotator.core.errors import SchemaError
from annotator.core.metrics import SpanScorer
from annotator.core.resources import default_schema
from annotator.core.schema import LabelDef, LabelSchema


def test_default_schema_has_guideline_labels_and_relations() -> None:
    schema = default_schema()
    assert schema.label_names() == ["PER", "ROLE", "ORG", "LOC", "EVENT", "DATE", "DOC"]
    assert [r.name for r in schema.relations_allowed("PER", "ROLE")] == ["HOLDS"]
    assert [r.name for r in schema.relations_allowed("DOC", "ORG")] == ["ISSUED_BY"]
    assert schema.relations_allowed("ROLE", "PER") == []
    assert schema.label_for_key("1").name == "PER"
    assert all(label.description for label in schema.labels)


def test_schema_json_round_trip() -> None:
    schema = default_schema()
    assert LabelSchema.from_json(schema.to_json()) == schema


def test_duplicate_keys_and_dangling_relations_are_refused() -> None:
    with pytest.raises(SchemaError):
        LabelSchema((LabelDef("A", key="1"), LabelDef("B", key="1"))).check()
    with pytest.raises(SchemaError):
        LabelSchema.from_dict({"labels": [], "relations": [{"name": "R", "head_labels": ["X"]}]})
    with pytest.raises(SchemaError):
        LabelSchema.from_json("{not json")


def test_scorer_counts_exact_matches_per_label() -> None:
    scorer = SpanScorer()
    scorer.add(gold=[(0, 3, "PER"), (5, 9, "ROLE")], predicted=[(0, 3, "PER"), (5, 8, "ROLE")])
    report = scorer.report()
    assert report["labels"]["PER"]["f1"] == 1.0
    assert report["labels"]["ROLE"]["f1"] == 0.0
    assert report["micro"]["p"] == 0.5 and report["micro"]["r"] == 0.5
