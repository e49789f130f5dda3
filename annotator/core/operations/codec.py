"""Operations read back from their action-log form (the inverse of Operation.to_dict)."""

from __future__ import annotations

from typing import Any

from annotator.core.model import Relation, Span

# Imported so that every kind of operation is defined, and so known in KINDS.
from annotator.core.operations import documents, memory, schema  # noqa: F401
from annotator.core.operations.annotations import AddSpans, AddSuggestions, RestoreSpans
from annotator.core.operations.base import KINDS, Batch, Operation
from annotator.core.operations.registry import RestoreEntity
from annotator.core.operations.team import CurateSpans, MergeLayer, MergePackage
from annotator.core.team import LayerDocument

OPERATION_TYPES: dict[str, type[Operation]] = KINDS


def operation_from_dict(data: dict[str, Any]) -> Operation:
    """Rebuild an operation from its action-log JSON form."""
    fields = dict(data)
    kind = fields.pop("kind")
    cls = OPERATION_TYPES[kind]
    if cls is Batch:
        ops = tuple(operation_from_dict(item) for item in fields["operations"])
        return Batch(operations=ops, description=fields.get("description", ""))
    if cls is RestoreSpans:
        spans = tuple(_span(item) for item in fields["spans"])
        relations = tuple(Relation(**item) for item in fields.get("relations", []))
        return RestoreSpans(spans=spans, relations=relations)
    if cls is AddSuggestions or cls is AddSpans:
        fields["spans"] = tuple(tuple(item) for item in fields["spans"])
    if cls is AddSuggestions:  # AddSpans has no relations
        fields["relations"] = tuple(tuple(item) for item in fields.get("relations", ()))
    if cls is MergeLayer:
        fields["documents"] = tuple(_layer_document(item) for item in fields["documents"])
    if cls is CurateSpans:
        fields["spans"] = tuple((a, b, c, tuple(d)) for a, b, c, d in fields.get("spans", ()))
        fields["relations"] = tuple(
            (tuple(h), tuple(t), kind, tuple(who))
            for h, t, kind, who in fields.get("relations", ())
        )
    if cls is MergePackage:
        fields["mapping"] = tuple(tuple(pair) for pair in fields.get("mapping", ()))
    for name in ("span_ids", "relation_ids", "head_labels", "tail_labels", "names", "sources"):
        if name in fields:
            fields[name] = tuple(fields[name])
    if cls is RestoreEntity:
        fields["links"] = tuple(tuple(item) for item in fields.get("links", ()))
    return cls(**fields)


def _span(item: dict[str, Any]) -> Span:
    if "sources" in item:
        item = {**item, "sources": tuple(item["sources"])}
    return Span(**item)


def _layer_document(item: list[Any]) -> LayerDocument:
    doc_id, status, spans, relations = item
    return (doc_id, status, tuple(map(tuple, spans)), tuple(map(tuple, relations)))
