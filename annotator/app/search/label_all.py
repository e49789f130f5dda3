"""Label every occurrence: plan from a search, preview the counts, apply as one step.

The hits of a search (one document, the unfinished documents, or the
results of the search panel) become spans of one label, as pending
suggestions (suggester "search") or accepted at once. A hit is left alone
when the document already has that span, when it crosses or overlaps a span
of the same label, when it sits in another annotation (unless nesting is
asked for), or when it would cut a syllable; the preview counts each reason.

Why suggester "search" and not a new origin: the origin column is checked by
a constraint listing four values, and adding one means rebuilding the
annotations table of every project (the biggest table, on every upgrade).
The suggester already names who proposed a span, and the statistics measure
each suggester's acceptance, so label-all's suggestions are measured too.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from annotator.app.search.engine import Hit, SearchRun
from annotator.core.model import ACCEPTED, IN_PROGRESS, MANUAL, NEW, PENDING, SUGGESTED
from annotator.core.operations import AddSpans, Batch, Operation, SetSpanStates, StartDocuments
from annotator.core.search_query import SearchQuery

SUGGESTER = "search"
UNFINISHED = (NEW, IN_PROGRESS)


@dataclass
class LabelAllPlan:
    """What label-all would do, counted by reason, and the operation that does it."""

    label: str
    accept: bool
    new: dict[int, list[tuple[int, int]]] = field(default_factory=dict)
    to_accept: list[int] = field(default_factory=list)  # identical spans to accept
    touched: set[int] = field(default_factory=set)  # documents that change
    already: int = 0
    rejected_before: int = 0
    overlapping_same_label: int = 0
    in_other_annotation: int = 0
    unaligned: int = 0
    documents_read: int = 0
    damaged: list[tuple[int, str]] = field(default_factory=list)  # (id, title) not read
    new_documents: set[int] = field(default_factory=set)  # of those searched, still new

    @property
    def starting(self) -> int:
        """How many new documents an accepted labelling puts in progress (StartDocuments)."""
        return len(self.touched & self.new_documents) if self.accept else 0

    @property
    def count(self) -> int:
        """How many spans will be added or accepted."""
        return sum(len(v) for v in self.new.values()) + len(self.to_accept)

    @property
    def documents(self) -> int:
        return len(self.touched)

    def operation(self) -> Operation | None:
        """One operation (one undo step), or None when there is nothing to do."""
        spans = tuple(
            (doc_id, s, e) for doc_id, ranges in sorted(self.new.items()) for s, e in ranges
        )
        parts: list[Operation] = []
        if spans:
            state, origin = (ACCEPTED, MANUAL) if self.accept else (PENDING, SUGGESTED)
            parts.append(AddSpans(self.label, spans, state, origin, SUGGESTER))
        if self.to_accept:
            parts.append(SetSpanStates(tuple(self.to_accept), ACCEPTED))
        if not parts:
            return None
        if self.accept:  # accepted spans are the annotator's edits: as in the editor,
            # an edited document still new goes in progress (suggestions leave it new).
            parts.append(StartDocuments(tuple(sorted(self.touched))))
        how = "accepted" if self.accept else "suggested"
        return Batch(tuple(parts), description=f"label all: {self.count} {self.label} ({how})")


def plan_label_all(
    reader: Any,
    query: SearchQuery,
    label: str,
    *,
    accept: bool = False,
    nested: bool = False,
    within: Sequence[int] | None = None,
    cancel: Any = None,
) -> LabelAllPlan:
    """Count and collect what labelling every hit of `query` with `label` would do."""
    visible = replace(query, states=(ACCEPTED, PENDING))
    run = SearchRun(reader, visible, width=0, within=within, cancel=cancel)  # no context lines
    plan = LabelAllPlan(label, accept)
    by_doc: dict[int, list[Hit]] = defaultdict(list)
    for hit in run.hits():
        by_doc[hit.doc_id].append(hit)
        if hit.status == NEW:
            plan.new_documents.add(hit.doc_id)
    rejected = reader.rejected_spans(sorted(by_doc), label) if by_doc else {}
    for doc_id, hits in by_doc.items():
        _plan_document(plan, hits, rejected.get(doc_id, {}), nested=nested)
    plan.unaligned = run.unaligned
    plan.documents_read = run.documents_read
    plan.damaged = run.damaged
    return plan


def _plan_document(
    plan: LabelAllPlan, hits: list[Hit], rejected: dict[tuple[int, int], int], *, nested: bool
) -> None:
    taken: list[tuple[int, int]] = []
    for hit in hits:
        extent = (hit.start, hit.end)
        same = [s for s in hit.spans if s.label == plan.label]
        identical = [s for s in same if (s.start, s.end) == extent]
        if identical:
            pending = [s.span_id for s in identical if s.state == PENDING]
            if plan.accept and pending and not any(s.state == ACCEPTED for s in identical):
                plan.to_accept.append(pending[0])
                plan.touched.add(hit.doc_id)
            else:
                plan.already += 1
            continue
        if extent in rejected:
            if plan.accept:
                plan.to_accept.append(rejected[extent])
                plan.touched.add(hit.doc_id)
            else:
                plan.rejected_before += 1
            continue
        if same or any(s < hit.end and hit.start < e for s, e in taken):
            plan.overlapping_same_label += 1
            continue
        others = [s for s in hit.spans if s.label != plan.label]
        if others and not (
            nested and all(s.start <= hit.start and s.end >= hit.end for s in others)
        ):
            plan.in_other_annotation += 1
            continue
        taken.append(extent)
        plan.new.setdefault(hit.doc_id, []).append(extent)
        plan.touched.add(hit.doc_id)


def span_query(surface: str, **options: Any) -> SearchQuery:
    """The query that finds a selected span's text elsewhere: case folded, diacritics kept."""
    settings: dict[str, Any] = {"match_diacritics": True, **options}
    return SearchQuery(text=" ".join(surface.split()), **settings)
