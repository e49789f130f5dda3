"""Operations survive the action log's JSON form unchanged."""

from __future__ import annotations

import json

import pytest

from annotator.core.model import Relation, Span
from annotator.core.operations import (
    OPERATION_TYPES,
    AddRelation,
    AddSpan,
    AddSpans,
    AddSuggestions,
    Batch,
    DeleteSpans,
    PutRelationType,
    RemoveLabel,
    RestoreSpans,
    SetSpanStates,
    SetStatus,
    operation_from_dict,
)

EXAMPLES = [
    AddSpan(doc_id=1, start=0, end=4, label="PER"),
    AddSuggestions(doc_id=2, spans=((0, 3, "ORG", "rules"),)),
    AddSpans(label="LOC", spans=((1, 0, 3), (2, 5, 9))),
    DeleteSpans(span_ids=(1, 2)),
    SetSpanStates(span_ids=(3,), state="rejected"),
    RestoreSpans(
        spans=(Span(id=5, doc_id=1, start=0, end=2, label="PER", annotator="linh"),),
        relations=(Relation(id=9, doc_id=1, head=5, tail=6, type="HOLDS"),),
    ),
    AddRelation(head=1, tail=2, type="HOLDS"),
    SetStatus(doc_id=1, status="done"),
    RemoveLabel(name="LOC", relabel_to="ORG"),
    PutRelationType(name="WHEN", head_labels=("EVENT",), tail_labels=("DATE",)),
    Batch(operations=(AddSpan(1, 0, 2, "PER"), SetStatus(1, "in_progress")), description="x"),
]


@pytest.mark.parametrize("op", EXAMPLES, ids=lambda op: op.kind)
def test_round_trip_through_json(op) -> None:
    data = json.loads(json.dumps(op.to_dict(), ensure_ascii=False))
    assert operation_from_dict(data) == op


def test_every_operation_kind_is_registered_once() -> None:
    assert len(OPERATION_TYPES) == len({cls.kind for cls in OPERATION_TYPES.values()})
    assert all(kind for kind in OPERATION_TYPES)
