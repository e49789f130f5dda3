"""Operations on a document's spans and relations: what annotating changes."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from annotator.core.model import ACCEPTED, MANUAL, Relation, Span
from annotator.core.operations.base import Operation

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
class ResizeSpan(Operation):
    """Give a span new bounds, keeping its id, label and state, and so its relations and links.

    Correcting a suggestion's extent keeps what hangs on it; deleting it and
    adding another would drop its relations.
    """

    kind: ClassVar[str] = "resize_span"
    span_id: int
    start: int
    end: int


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
