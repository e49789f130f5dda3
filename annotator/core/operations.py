"""Operations: every change a user or a tool makes, as a plain value.

A widget or a CLI command builds one of these and hands it to the store's
session, which applies it in one transaction, logs it with its inverse and
returns a ChangeSet. Undo applies the logged inverse down the same path.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any, ClassVar

from annotator.core.model import ACCEPTED, MANUAL, Relation, Span
from annotator.core.team import LayerDocument


@dataclass(frozen=True)
class Operation:
    """Base class; `kind` names the operation in the action log."""

    kind: ClassVar[str] = ""

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, **_encode(self)}


# --- spans -----------------------------------------------------------------


@dataclass(frozen=True)
class AddSpan(Operation):
    """Create a span. Suggesters pass origin/state/suggester."""

    kind: ClassVar[str] = "add_span"
    doc_id: int
    start: int
    end: int
    label: str
    origin: str = MANUAL
    state: str = ACCEPTED
    suggester: str | None = None


@dataclass(frozen=True)
class DeleteSpan(Operation):
    """Delete a span and the relations that touch it."""

    kind: ClassVar[str] = "delete_span"
    span_id: int


@dataclass(frozen=True)
class RelabelSpan(Operation):
    kind: ClassVar[str] = "relabel_span"
    span_id: int
    label: str


@dataclass(frozen=True)
class SetSpanState(Operation):
    """Accept or reject a pending suggestion (or reopen it)."""

    kind: ClassVar[str] = "set_span_state"
    span_id: int
    state: str


@dataclass(frozen=True)
class RestoreSpans(Operation):
    """Put back deleted spans and relations with their ids (undo of a delete)."""

    kind: ClassVar[str] = "restore_spans"
    spans: tuple[Span, ...]
    relations: tuple[Relation, ...] = ()


@dataclass(frozen=True)
class DeleteSpans(Operation):
    """Delete several spans at once (undo of AddSuggestions, bulk delete)."""

    kind: ClassVar[str] = "delete_spans"
    span_ids: tuple[int, ...]


# A suggested span: (start, end, label, suggester) or, with the suggester's
# confidence (0..1), (start, end, label, suggester, confidence).
SuggestedSpan = tuple[Any, ...]
# A suggested relation: (head, tail, type, suggester, confidence), where head
# and tail index the operation's `spans`.
SuggestedRelation = tuple[int, int, str, str, float | None]


@dataclass(frozen=True)
class AddSuggestions(Operation):
    """Store suggested spans and relations as pending.

    A span whose (start, end, label) the document already has, in any state,
    is not added again, so a rejected one is never proposed again; a relation
    pointing at it links the existing span. A relation the document already
    has (same head, tail and type, in any state) is skipped likewise, and so
    is one whose head or tail is a rejected span.
    """

    kind: ClassVar[str] = "add_suggestions"
    doc_id: int
    spans: tuple[SuggestedSpan, ...]
    origin: str = "suggested"
    relations: tuple[SuggestedRelation, ...] = ()


@dataclass(frozen=True)
class AddSpans(Operation):
    """Add many spans of one label across documents in one go (label every occurrence).

    `spans` are (doc_id, start, end). A span a document already has (same
    extent and label, in any state) is skipped, so a rejected one never
    comes back and applying twice adds nothing.
    """

    kind: ClassVar[str] = "add_spans"
    label: str
    spans: tuple[tuple[int, int, int], ...]
    state: str = ACCEPTED
    origin: str = MANUAL
    suggester: str | None = None


@dataclass(frozen=True)
class SetSpanStates(Operation):
    """Accept or reject many spans at once (accept all in a document)."""

    kind: ClassVar[str] = "set_span_states"
    span_ids: tuple[int, ...]
    state: str


@dataclass(frozen=True)
class AcceptSpanAs(Operation):
    """Accept a span with `label` in one step (a label key on a suggestion).

    Where an identical span with that label already exists, that one is
    accepted and this one rejected, so the place never holds two of them.
    """

    kind: ClassVar[str] = "accept_span_as"
    span_id: int
    label: str


# --- relations ---------------------------------------------------------------


@dataclass(frozen=True)
class AddRelation(Operation):
    kind: ClassVar[str] = "add_relation"
    head: int
    tail: int
    type: str


@dataclass(frozen=True)
class DeleteRelation(Operation):
    kind: ClassVar[str] = "delete_relation"
    relation_id: int


@dataclass(frozen=True)
class SetRelationStates(Operation):
    """Accept or reject relations (suggested ones, or reopen them).

    Accepting a relation accepts its pending head and tail spans in the same
    step: a relation between suggestions nobody accepted means nothing.
    `with_ends` is false only in undo steps, which put states back exactly and
    leave the spans' own states to their own undo step.
    """

    kind: ClassVar[str] = "set_relation_states"
    relation_ids: tuple[int, ...]
    state: str
    with_ends: bool = True


# --- documents ---------------------------------------------------------------


@dataclass(frozen=True)
class SetStatus(Operation):
    kind: ClassVar[str] = "set_status"
    doc_id: int
    status: str


@dataclass(frozen=True)
class SetTitle(Operation):
    kind: ClassVar[str] = "set_title"
    doc_id: int
    title: str


@dataclass(frozen=True)
class DeleteDocument(Operation):
    """Delete a document with its text, spans and relations (undo restores it whole)."""

    kind: ClassVar[str] = "delete_document"
    doc_id: int


@dataclass(frozen=True)
class RestoreDocument(Operation):
    """Put a deleted document back with its id (undo of DeleteDocument).

    `row` holds the document's stored columns; `tables` the rows of every
    table that hangs on it (its text, spans, relations, stored units, each
    annotator's status...), by table, binary values as {"$b64": ...}.
    """

    kind: ClassVar[str] = "restore_document"
    row: dict[str, Any]
    tables: dict[str, list[dict[str, Any]]]


@dataclass(frozen=True)
class SetNote(Operation):
    kind: ClassVar[str] = "set_note"
    doc_id: int
    note: str


@dataclass(frozen=True)
class RestoreStatus(Operation):
    """Put back a document's status and one annotator's own status exactly (undo of SetStatus).

    `own` None removes the annotator's own status.
    """

    kind: ClassVar[str] = "restore_status"
    doc_id: int
    annotator: str
    own: str | None
    summary: str


# --- team: layers and curation ----------------------------------------------


@dataclass(frozen=True)
class MergeLayer(Operation):
    """Replace `annotator`'s layer (spans, relations, own status) on each listed document.

    The layer as it was goes into a stash; the inverse is a SwapLayer naming
    it, so undo and redo give back the same rows with their ids. Merging the
    same content twice leaves the project as merging it once.
    """

    kind: ClassVar[str] = "merge_layer"
    annotator: str
    documents: tuple[LayerDocument, ...]
    description: str = ""

    def to_dict(self) -> dict[str, Any]:
        # A package holds hundreds of thousands of span tuples: JSON writes
        # tuples as lists itself, far faster than asdict's deep copy.
        return {
            "kind": self.kind,
            "annotator": self.annotator,
            "documents": self.documents,
            "description": self.description,
        }


@dataclass(frozen=True)
class CurateSpans(Operation):
    """Settle spans and relations of one document into the curated layer, in one step.

    `spans` are (start, end, label, source annotators); `relations` are
    (head, tail, type, source annotators), head and tail given as
    (start, end, label) of curated spans, this operation's or earlier ones.
    What the curated layer already holds is left as it is.
    """

    kind: ClassVar[str] = "curate_spans"
    doc_id: int
    spans: tuple[tuple[int, int, str, tuple[str, ...]], ...] = ()
    relations: tuple[
        tuple[tuple[int, int, str], tuple[int, int, str], str, tuple[str, ...]], ...
    ] = ()
    description: str = ""


@dataclass(frozen=True)
class MergePackage(Operation):
    """Replace `annotator`'s layer with a work package's, read from the package file attached.

    The rows go from file to file in SQL; the log keeps this record of the
    merge (which file, how many documents), and the inverse is a SwapLayer.
    """

    kind: ClassVar[str] = "merge_package"
    annotator: str
    package: str  # the file's name, for the record
    mapping: tuple[tuple[str, str], ...] = ()  # (old, new) label or relation type names
    description: str = ""


@dataclass(frozen=True)
class SwapLayer(Operation):
    """Put a stashed layer back on its documents, stashing the layer found there (undo, redo)."""

    kind: ClassVar[str] = "swap_layer"
    stash: int
    description: str = ""


@dataclass(frozen=True)
class CurateSpan(Operation):
    """Add a span to the curated layer, recording the annotators it came from."""

    kind: ClassVar[str] = "curate_span"
    doc_id: int
    start: int
    end: int
    label: str
    sources: tuple[str, ...] = ()


# --- schema ------------------------------------------------------------------


@dataclass(frozen=True)
class PutLabel(Operation):
    """Add a label, or change colour/key/description of an existing one."""

    kind: ClassVar[str] = "put_label"
    name: str
    color: str
    key: str = ""
    description: str = ""
    order: int | None = None  # palette position; None keeps it (or appends a new label)
    crosses_paragraphs: bool = False


@dataclass(frozen=True)
class RenameLabel(Operation):
    """Rename a label everywhere: schema, annotations, relation type limits."""

    kind: ClassVar[str] = "rename_label"
    old: str
    new: str


@dataclass(frozen=True)
class RemoveLabel(Operation):
    """Remove a label; its spans are deleted, or relabelled to `relabel_to`."""

    kind: ClassVar[str] = "remove_label"
    name: str
    relabel_to: str | None = None


@dataclass(frozen=True)
class PutRelationType(Operation):
    kind: ClassVar[str] = "put_relation_type"
    name: str
    head_labels: tuple[str, ...] = ()
    tail_labels: tuple[str, ...] = ()
    description: str = ""
    key: str = ""
    order: int | None = None  # position in lists; None keeps it (or appends a new type)


@dataclass(frozen=True)
class RemoveRelationType(Operation):
    """Remove a relation type and the relations of that type (undo of a new type)."""

    kind: ClassVar[str] = "remove_relation_type"
    name: str


# --- registry ------------------------------------------------------------------
# Entities are named by uid, which is the same in every copy of the project,
# and mentions by span id: the operations travel with work packages.


@dataclass(frozen=True)
class AddEntity(Operation):
    """Create a person or organisation; `span_ids` are linked to it (moved from another).

    Splitting a person is this operation with the mentions that belong to someone else.
    """

    kind: ClassVar[str] = "add_entity"
    uid: str
    entity_type: str
    name: str
    names: tuple[str, ...] = ()
    span_ids: tuple[int, ...] = ()
    status: str = "confirmed"


@dataclass(frozen=True)
class DeleteEntity(Operation):
    """Remove an entity with its names and links (the undo of AddEntity)."""

    kind: ClassVar[str] = "delete_entity"
    uid: str


@dataclass(frozen=True)
class RestoreEntity(Operation):
    """Put back a removed entity with its row id, names and links ((span_id, status), ...)."""

    kind: ClassVar[str] = "restore_entity"
    entity_id: int
    uid: str
    entity_type: str
    name: str
    names: tuple[str, ...] = ()
    links: tuple[tuple[int, str], ...] = ()


@dataclass(frozen=True)
class LinkMentions(Operation):
    """Link mentions to the entity `uid` (None unlinks them), replacing their links."""

    kind: ClassVar[str] = "link_mentions"
    uid: str | None
    span_ids: tuple[int, ...]
    status: str = "confirmed"


@dataclass(frozen=True)
class MergeEntities(Operation):
    """Fold `source` into `target`: its mentions and names move, then it is removed."""

    kind: ClassVar[str] = "merge_entities"
    source_uid: str
    target_uid: str


@dataclass(frozen=True)
class RenameEntity(Operation):
    """Change an entity's canonical name (the old one stays a name variant)."""

    kind: ClassVar[str] = "rename_entity"
    uid: str
    name: str


@dataclass(frozen=True)
class AddEntityNames(Operation):
    kind: ClassVar[str] = "add_entity_names"
    uid: str
    names: tuple[str, ...]


@dataclass(frozen=True)
class RemoveEntityNames(Operation):
    kind: ClassVar[str] = "remove_entity_names"
    uid: str
    names: tuple[str, ...]


@dataclass(frozen=True)
class Batch(Operation):
    """Several operations as one transaction and one undo step."""

    kind: ClassVar[str] = "batch"
    operations: tuple[Operation, ...]
    description: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "operations": [op.to_dict() for op in self.operations],
            "description": self.description,
        }


# The registry's operations: about people and organisations, not about the text.
REGISTRY_OPERATIONS: tuple[type[Operation], ...] = (
    AddEntity,
    DeleteEntity,
    RestoreEntity,
    LinkMentions,
    MergeEntities,
    RenameEntity,
    AddEntityNames,
    RemoveEntityNames,
)

_PLAIN = (int, str, float, bool, type(None))


def _encode(value: Any) -> Any:
    """JSON-friendly form of dataclass fields (tuples become lists, dataclasses dicts).

    Shallow where it can be: dataclasses.asdict deep-copies every value, which
    costs seconds for the half-million span ids of a registry build.
    """
    if isinstance(value, _PLAIN):
        return value
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _encode(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, dict):
        return {k: _encode(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        if all(isinstance(v, _PLAIN) for v in value):
            return list(value)
        return [_encode(v) for v in value]
    return value


# How operations are read back from the action log lives in operation_codec;
# imported last because it needs every class above.
from annotator.core.operation_codec import OPERATION_TYPES, operation_from_dict  # noqa: E402

__all__ = ["OPERATION_TYPES", "operation_from_dict"]
