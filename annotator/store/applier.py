"""Dispatch: every operation type to the function that applies it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from annotator.core.changes import ChangeSet
from annotator.core.errors import OperationError
from annotator.core.operations import (
    AcceptSpanAs,
    AddEntity,
    AddEntityNames,
    AddRelation,
    AddSpan,
    AddSpans,
    AddSuggestions,
    Batch,
    CurateSpan,
    CurateSpans,
    DeleteDocument,
    DeleteEntity,
    DeleteRelation,
    DeleteSpan,
    DeleteSpans,
    LiftHoldBack,
    LinkMentions,
    MergeEntities,
    MergeLayer,
    MergePackage,
    Operation,
    PutLabel,
    PutRelationType,
    RelabelSpan,
    RemoveEntityNames,
    RemoveLabel,
    RemoveRelationType,
    RenameEntity,
    RenameLabel,
    ResizeSpan,
    RestoreDocument,
    RestoreEntity,
    RestoreHoldBack,
    RestoreSpans,
    RestoreStatus,
    SetNote,
    SetRelationStates,
    SetSpanState,
    SetSpanStates,
    SetStatus,
    SetTitle,
    StartDocuments,
    SwapLayer,
)
from annotator.store import (
    apply_documents,
    apply_layers,
    apply_memory,
    apply_package,
    apply_registry,
    apply_relations,
    apply_review,
    apply_schema,
    apply_spans,
    apply_team,
)
from annotator.store.apply_base import ApplyContext, Result

_HANDLERS: dict[type[Operation], Callable[[ApplyContext, Any], Result]] = {
    AddSpan: apply_spans.add_span,
    DeleteSpan: apply_spans.delete_span,
    DeleteSpans: apply_spans.delete_spans,
    RestoreSpans: apply_spans.restore_spans,
    RelabelSpan: apply_spans.relabel_span,
    ResizeSpan: apply_spans.resize_span,
    SetSpanState: apply_spans.set_span_state,
    SetSpanStates: apply_spans.set_span_states,
    AddSuggestions: apply_spans.add_suggestions,
    AddSpans: apply_spans.add_spans,
    AddRelation: apply_relations.add_relation,
    DeleteRelation: apply_relations.delete_relation,
    SetRelationStates: apply_relations.set_relation_states,
    SetStatus: apply_team.set_status,
    StartDocuments: apply_team.start_documents,
    RestoreStatus: apply_team.restore_status,
    MergeLayer: apply_layers.merge_layer,
    MergePackage: apply_package.merge_package,
    SwapLayer: apply_layers.swap_layer,
    CurateSpan: apply_team.curate_span,
    CurateSpans: apply_team.curate_spans,
    SetNote: apply_spans.set_note,
    PutLabel: apply_schema.put_label,
    RenameLabel: apply_schema.rename_label,
    RemoveLabel: apply_schema.remove_label,
    PutRelationType: apply_schema.put_relation_type,
    RemoveRelationType: apply_schema.remove_relation_type,
    AddEntity: apply_registry.add_entity,
    DeleteEntity: apply_registry.delete_entity,
    RestoreEntity: apply_registry.restore_entity,
    LinkMentions: apply_registry.link_mentions,
    MergeEntities: apply_registry.merge_entities,
    RenameEntity: apply_registry.rename_entity,
    AddEntityNames: apply_registry.add_entity_names,
    RemoveEntityNames: apply_registry.remove_entity_names,
    AcceptSpanAs: apply_review.accept_span_as,
    SetTitle: apply_documents.set_title,
    DeleteDocument: apply_documents.delete_document,
    LiftHoldBack: apply_memory.lift_hold_back,
    RestoreHoldBack: apply_memory.restore_hold_back,
    RestoreDocument: apply_documents.restore_document,
}


def apply_operation(ctx: ApplyContext, op: Operation) -> Result:
    """Change the rows for `op` (inside the caller's transaction); return (changes, inverse)."""
    if isinstance(op, Batch):
        return _apply_batch(ctx, op)
    handler = _HANDLERS.get(type(op))
    if handler is None:
        raise OperationError("the store cannot apply a {kind} operation", kind=type(op).__name__)
    return handler(ctx, op)


def _apply_batch(ctx: ApplyContext, op: Batch) -> Result:
    changes: list[ChangeSet] = [ChangeSet()]
    inverses: list[Operation] = []
    for part in op.operations:
        part_change, inverse = apply_operation(ctx, part)
        changes.append(part_change)
        inverses.append(inverse)
    # Merged once: merging pairwise costs the square of the parts (10,000 in a label-all).
    return ChangeSet.combine(changes), Batch(tuple(reversed(inverses)), description=op.description)
