"""Operations on documents themselves: status, title, note, deletion and its undo."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from typing import Any, ClassVar

from annotator.core.operations.base import Operation

# --- documents ---------------------------------------------------------------


@dataclass(frozen=True)
class SetStatus(Operation):
    kind: ClassVar[str] = "set_status"
    doc_id: int
    status: str


@dataclass(frozen=True)
class StartDocuments(Operation):
    """Put in progress those of `doc_ids` that are still new, as a first edit does.

    Sent with an edit of many documents at once (label all, accepted), so
    each edited document moves as if it had been edited in the editor. A
    document that is not new when it runs (done meanwhile, say) keeps its status.
    """

    kind: ClassVar[str] = "start_documents"
    doc_ids: tuple[int, ...]


@dataclass(frozen=True)
class SetTitle(Operation):
    """Rename a document; the title is kept in NFC like the text (typed NFD finds it too)."""

    kind: ClassVar[str] = "set_title"
    doc_id: int
    title: str

    def __post_init__(self) -> None:
        object.__setattr__(self, "title", unicodedata.normalize("NFC", self.title))


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
