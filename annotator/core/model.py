"""Plain values of the annotation domain: documents, spans, relations."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # only tokenised corpora carry tokens; the classes load with them
    from annotator.core.source_tokens import SourceTokens

# Where an annotation came from.
MANUAL = "manual"
SUGGESTED = "suggested"
IMPORTED = "imported"
MODEL = "model"
ORIGINS = (MANUAL, SUGGESTED, IMPORTED, MODEL)

# What the user decided about it. Suggestions start pending.
ACCEPTED = "accepted"
PENDING = "pending"
REJECTED = "rejected"
STATES = (ACCEPTED, PENDING, REJECTED)

# Workflow status of a document.
NEW = "new"
IN_PROGRESS = "in_progress"
DONE = "done"
REVIEWED = "reviewed"
STATUSES = (NEW, IN_PROGRESS, DONE, REVIEWED)


@dataclass(frozen=True)
class Region:
    """A structural part of an article (title, byline, caption, tags...)."""

    start: int
    end: int
    kind: str


@dataclass(frozen=True)
class Document:
    """An imported article. `text` is NFC and never changes after import."""

    id: int | None
    title: str
    text: str
    meta: dict[str, Any] = field(default_factory=dict)
    source: str = ""
    raw_hash: str = ""
    status: str = NEW
    regions: tuple[Region, ...] = ()
    note: str = ""


@dataclass(frozen=True)
class Span:
    """A labelled character range [start, end) in code points of the NFC text."""

    id: int | None
    doc_id: int
    start: int
    end: int
    label: str
    annotator: str = ""
    origin: str = MANUAL
    state: str = ACCEPTED
    suggester: str | None = None
    created: float = 0.0
    updated: float = 0.0
    # How sure the suggester was (a model's marginal or a rule's measured
    # precision, 0..1); None for manual and imported spans.
    confidence: float | None = None
    # A span of the curated layer (annotator CURATED, see core.team) records
    # who decided it and from which annotators' layers it came.
    curator: str | None = None
    sources: tuple[str, ...] = ()


@dataclass(frozen=True)
class Relation:
    """A directed, typed link between two spans of the same document.

    Like a span, a relation can be a pending suggestion: it is accepted or
    rejected, and a rejected one is kept so it is never proposed again.
    """

    id: int | None
    doc_id: int
    head: int
    tail: int
    type: str
    annotator: str = ""
    created: float = 0.0
    state: str = ACCEPTED
    origin: str = MANUAL
    suggester: str | None = None
    confidence: float | None = None
    updated: float = 0.0


@dataclass(frozen=True)
class SourceDocument:
    """A document as a reader produced it, before it is stored.

    `text` is already normalised (core.textnorm); `spans` are (start, end, label)
    into it and `relations` are (head_index, tail_index, type) into `spans`.
    """

    text: str
    title: str = ""
    meta: dict[str, Any] = field(default_factory=dict)
    source: str = ""
    raw_hash: str = ""
    regions: tuple[Region, ...] = ()
    spans: tuple[tuple[int, int, str], ...] = ()
    # `source` as a dataset may carry it: the path from the folder (or file)
    # the import was given, without the linguist's own folders above it
    # (app.importing.shared_source); "" when the import had no such path.
    shared_source: str = ""
    relations: tuple[tuple[int, int, str], ...] = ()
    # Derived from `text` at import and stored beside it (see nlp.stored_units):
    # (version, token strings, token starts, sentence starts); None: not computed.
    units: tuple[str, str, bytes, bytes] | None = None
    # The tokens a tokenised corpus gave the text (core.source_tokens), if any.
    tokens: SourceTokens | None = None
    # The text in its stored, compressed form (core.textpack), made by the
    # import worker that read it so the single writer does not; paired with the
    # very text it was made from, so a copy with another text is packed again.
    packed: tuple[str, bytes] | None = field(default=None, compare=False, repr=False)
    # Set when documents with the same text are kept apart (corpus records):
    # what makes this one itself (its file, place and annotations), so an
    # import run again recognises it. Empty: the same text is the same document.
    record_key: str = ""
    # (text, sha256 of its UTF-8) made by the import worker that read it, so the
    # single writer need not hash the text again; used only while paired with
    # this very text object (a copy with another text is hashed again).
    digest: tuple[str, str] | None = field(default=None, compare=False, repr=False)
    # sha256 of the other stored form the same file may have had: a plain text
    # holding HTML character references is stored decoded, or kept as written
    # on request; a project may hold it in either form, and either is this document.
    other_hashes: tuple[str, ...] = field(default=(), compare=False, repr=False)
