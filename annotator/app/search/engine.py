"""Corpus search: hits with their context and annotations, streamed a page at a time.

Documents are read in id order in growing chunks (a few dozen first, so
the first page comes at once), each chunk with its spans in one query per
table. A hit is a match of the query on syllable boundaries, or, in a
search by annotation, a span of the label whose text holds the query.
"""

from __future__ import annotations

import threading
from bisect import bisect_left
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from annotator.core.search_query import ANNOTATED, UNANNOTATED, SearchQuery
from annotator.core.search_text import KwicLine, TextQuery, kwic
from annotator.core.syllables import is_aligned
from annotator.store.corpus_search import fts_phrase

FIRST_CHUNK = 32
_NO_LINE = KwicLine("", "", "")
MAX_CHUNK = 512


@dataclass(frozen=True)
class HitSpan:
    """An annotation touching a hit: the same extent, around it, or overlapping it."""

    span_id: int
    start: int
    end: int
    label: str
    state: str
    annotator: str

    def relation_to(self, start: int, end: int) -> str:
        if (self.start, self.end) == (start, end):
            return "same"
        if self.start <= start and self.end >= end:
            return "inside"
        if start <= self.start and end >= self.end:
            return "contains"
        return "overlaps"


@dataclass(frozen=True)
class Hit:
    """One concordance row: where the hit is, its context, and how it is annotated."""

    doc_id: int
    start: int
    end: int
    title: str
    status: str
    line: KwicLine
    spans: tuple[HitSpan, ...] = ()

    def covering(self) -> list[HitSpan]:
        """Spans that hold the whole hit (same extent or around it)."""
        return [s for s in self.spans if s.start <= self.start and s.end >= self.end]

    def annotation_text(self) -> str:
        """How the hit is annotated, shortest first: `PER`, `PER?` (pending), `in ROLE`."""
        parts = []
        for span in self.spans:
            mark = "?" if span.state == "pending" else ""
            where = span.relation_to(self.start, self.end)
            prefix = {"same": "", "inside": "in ", "contains": "has ", "overlaps": "across "}[where]
            parts.append(f"{prefix}{span.label}{mark}")
        return ", ".join(dict.fromkeys(parts))

    def to_json(self) -> dict[str, Any]:
        return {
            "doc_id": self.doc_id,
            "title": self.title,
            "start": self.start,
            "end": self.end,
            "left": self.line.left,
            "hit": self.line.hit,
            "right": self.line.right,
            "annotations": [
                {
                    "span_id": s.span_id,
                    "label": s.label,
                    "state": s.state,
                    "annotator": s.annotator,
                    "relation": s.relation_to(self.start, self.end),
                }
                for s in self.spans
            ],
        }


@dataclass
class SearchRun:
    """One search over a reader (a Project or a CorpusReader), with what it skipped.

    `within` limits it to some documents (one document, say); `cancel` stops
    it between chunks.
    """

    reader: Any
    query: SearchQuery
    width: int = 60  # characters of context each side; 0 for none (label-all needs none)
    within: Sequence[int] | None = None
    cancel: threading.Event | None = None
    documents_read: int = 0
    unaligned: int = 0  # matches dropped because they cut a syllable
    damaged: list[tuple[int, str]] = field(default_factory=list)  # (id, title) skipped, unreadable
    _text_query: TextQuery = field(init=False)

    def __post_init__(self) -> None:
        self.query.check()
        self._text_query = self.query.text_query()
        self._matcher = self._text_query.matcher() if self.query.text.strip() else None

    def pages(self, page_size: int = 50) -> Iterator[list[Hit]]:
        """Hits in document order, `page_size` at a time (the last page may be shorter)."""
        page: list[Hit] = []
        for hits in self._documents(first=max(FIRST_CHUNK, page_size)):
            page.extend(hits)
            while len(page) >= page_size:
                yield page[:page_size]
                page = page[page_size:]
        if page:
            yield page

    def hits(self) -> Iterator[Hit]:
        for page in self.pages():
            yield from page

    def _documents(self, first: int = FIRST_CHUNK) -> Iterator[list[Hit]]:
        if self.query.empty:
            return
        for ids in self._chunks(first):
            for document in self.reader.search_documents(ids):
                if document.damaged:
                    self.damaged.append((document.id, document.title))
                    continue
                self.documents_read += 1
                found = self._hits_in(document)
                if found:
                    yield found
            if self.cancel is not None and self.cancel.is_set():
                return

    def _chunks(self, first: int) -> Iterator[Sequence[int]]:
        """Candidate ids, a few dozen first (about a page's worth), then twice as many each time."""
        size = first
        if self.within is not None:
            wanted = sorted(set(self.within))
            for i in range(0, len(wanted), MAX_CHUNK):
                yield wanted[i : i + MAX_CHUNK]
            return
        phrase = None if self.query.regex else fts_phrase(self.query.text)
        after = 0
        while True:
            ids = self.reader.search_candidates(
                phrase=phrase,
                label=self.query.label,
                statuses=self.query.statuses,
                after=after,
                limit=size,
            )
            if not ids:
                return
            yield ids
            after = ids[-1]
            size = min(size * 2, MAX_CHUNK)

    def _hits_in(self, document: Any) -> list[Hit]:
        statuses = self.query.statuses
        if self.within is not None and statuses and document.status not in statuses:
            return []
        spans = [s for s in document.spans if s.state in self.query.states]
        ranges = self._ranges(document.text, spans)
        starts = [s.start for s in spans]
        hits = []
        for start, end in ranges:
            touching = tuple(
                HitSpan(s.id, s.start, s.end, s.label, s.state, s.annotator)
                for s in spans[: bisect_left(starts, end)]
                if s.end > start
            )
            hit = Hit(
                document.id,
                start,
                end,
                document.title,
                document.status,
                kwic(document.text, start, end, width=self.width) if self.width else _NO_LINE,
                touching,
            )
            if self._keep(hit):
                hits.append(hit)
        return hits

    def _ranges(self, text: str, spans: list[Any]) -> list[tuple[int, int]]:
        if self.query.label is not None:
            return [
                (s.start, s.end)
                for s in spans
                if s.label == self.query.label
                and (self._matcher is None or self._inside(text[s.start : s.end]))
            ]
        if self._matcher is None:
            return []
        found = self._matcher.find(text)
        aligned = [r for r in found if is_aligned(text, *r)]
        self.unaligned += len(found) - len(aligned)
        return aligned

    def _inside(self, surface: str) -> bool:
        assert self._matcher is not None
        return any(is_aligned(surface, *hit) for hit in self._matcher.find(surface))

    def _keep(self, hit: Hit) -> bool:
        query = self.query
        covering = hit.covering()
        if query.annotated == ANNOTATED and not covering:
            return False
        if query.annotated == UNANNOTATED and hit.spans:
            return False
        if not (query.labels or query.annotators):
            return True
        # The label and the annotator must be those of one and the same span.
        return any(
            (not query.labels or s.label in query.labels)
            and (not query.annotators or s.annotator in query.annotators)
            for s in covering
        )
