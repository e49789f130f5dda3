"""Operations: every change a user or a tool makes, as a plain value.

A widget or a CLI command builds one of these and hands it to the store's
session, which applies it in one transaction, logs it with its inverse and
returns a ChangeSet. Undo applies the logged inverse down the same path.
The operations live in modules by what they change; this package names them all.
"""

from __future__ import annotations

from annotator.core.operations.annotations import (
    AcceptSpanAs,
    AddRelation,
    AddSpan,
    AddSpans,
    AddSuggestions,
    DeleteRelation,
    DeleteSpan,
    DeleteSpans,
    RelabelSpan,
    ResizeSpan,
    RestoreSpans,
    SetRelationStates,
    SetSpanState,
    SetSpanStates,
    SuggestedRelation,
    SuggestedSpan,
)
from annotator.core.operations.base import (
    Batch,
    Operation,
)
from annotator.core.operations.codec import OPERATION_TYPES, operation_from_dict  # noqa: E402
from annotator.core.operations.documents import (
    DeleteDocument,
    RestoreDocument,
    RestoreStatus,
    SetNote,
    SetStatus,
    SetTitle,
    StartDocuments,
)
from annotator.core.operations.memory import LiftHoldBack, RestoreHoldBack
from annotator.core.operations.registry import (
    REGISTRY_OPERATIONS,
    AddEntity,
    AddEntityNames,
    DeleteEntity,
    LinkMentions,
    MergeEntities,
    RemoveEntityNames,
    RenameEntity,
    RestoreEntity,
)
from annotator.core.operations.schema import (
    PutLabel,
    PutRelationType,
    RemoveLabel,
    RemoveRelationType,
    RenameLabel,
)
from annotator.core.operations.team import (
    CurateSpan,
    CurateSpans,
    MergeLayer,
    MergePackage,
    SwapLayer,
)

__all__ = [
    "AcceptSpanAs",
    "AddEntity",
    "AddEntityNames",
    "AddRelation",
    "AddSpan",
    "AddSpans",
    "AddSuggestions",
    "Batch",
    "CurateSpan",
    "CurateSpans",
    "DeleteDocument",
    "DeleteEntity",
    "DeleteRelation",
    "DeleteSpan",
    "DeleteSpans",
    "LiftHoldBack",
    "LinkMentions",
    "MergeEntities",
    "MergeLayer",
    "MergePackage",
    "OPERATION_TYPES",
    "Operation",
    "PutLabel",
    "PutRelationType",
    "REGISTRY_OPERATIONS",
    "RelabelSpan",
    "RemoveEntityNames",
    "RemoveLabel",
    "RemoveRelationType",
    "RenameEntity",
    "RenameLabel",
    "ResizeSpan",
    "RestoreDocument",
    "RestoreEntity",
    "RestoreHoldBack",
    "RestoreSpans",
    "RestoreStatus",
    "SetNote",
    "SetRelationStates",
    "SetSpanState",
    "SetSpanStates",
    "SetStatus",
    "StartDocuments",
    "SetTitle",
    "SuggestedRelation",
    "SuggestedSpan",
    "SwapLayer",
    "operation_from_dict",
]
