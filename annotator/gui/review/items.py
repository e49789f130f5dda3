"""Suggestions in reading order, and the next one from where the reader is."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from annotator.core.model import PENDING, Relation, Span
from annotator.gui.review.filters import ReviewFilter

PENDING_ONLY = frozenset({PENDING})

SPAN, RELATION = "span", "relation"


@dataclass(frozen=True, order=True)
class ReviewItem:
    """A pending span or relation, ordered by where it starts in the text.

    A relation sits where its earlier end starts, after the spans starting there.
    """

    position: int
    rank: int  # 0 span, 1 relation: spans first at one position
    id: int
    kind: str

    @property
    def key(self) -> tuple[int, int, int]:
        return self.position, self.rank, self.id


def span_item(span: Span) -> ReviewItem:
    return ReviewItem(span.start, 0, span.id or 0, SPAN)


def relation_item(relation: Relation, spans: dict[int, Span]) -> ReviewItem | None:
    ends = [spans[i].start for i in (relation.head, relation.tail) if i in spans]
    if len(ends) < 2:
        return None
    return ReviewItem(min(ends), 1, relation.id or 0, RELATION)


def pending_items(
    spans: Iterable[Span], relations: Iterable[Relation], keep: ReviewFilter | None = None
) -> list[ReviewItem]:
    """The pending spans and relations of a document that `keep` passes, in reading order."""
    chosen = (
        ReviewFilter(keep.source, keep.label, PENDING_ONLY)
        if keep
        else ReviewFilter(states=PENDING_ONLY)
    )
    by_id = {s.id or 0: s for s in spans}
    items = [span_item(s) for s in by_id.values() if chosen.keeps(s)]
    for relation in relations:
        head, tail = by_id.get(relation.head), by_id.get(relation.tail)
        if head is None or tail is None:
            continue
        if chosen.keeps(relation, (head.label, tail.label)):
            item = relation_item(relation, by_id)
            if item is not None:
                items.append(item)
    return sorted(items)


def step_from(
    items: list[ReviewItem], here: tuple[int, int, int], direction: int
) -> ReviewItem | None:
    """The first item after `here` (direction 1) or the last one before it (-1)."""
    if direction > 0:
        return next((item for item in items if item.key > here), None)
    return next((item for item in reversed(items) if item.key < here), None)
