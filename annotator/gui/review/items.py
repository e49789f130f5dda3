"""Suggestions in reading order, and the next one from where the reader is.

A review step looks at every pending suggestion of the document once (no
sort, no object per suggestion): the nearest key past the reader's place wins.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace

from annotator.core.model import PENDING, Relation, Span
from annotator.gui.review.filters import ReviewFilter

PENDING_ONLY = frozenset({PENDING})
SPAN, RELATION = "span", "relation"
Key = tuple[int, int, int]  # (position, 0 span / 1 relation, id)


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
    def key(self) -> Key:
        return self.position, self.rank, self.id


def _item(key: Key) -> ReviewItem:
    return ReviewItem(key[0], key[1], key[2], RELATION if is_relation(key) else SPAN)


def is_relation(key: Key) -> bool:
    """Whether a review key (position, rank, id) is a relation's: rank 1, after spans."""
    return key[1] == 1


def relation_item(relation: Relation, spans: dict[int, Span]) -> ReviewItem | None:
    ends = [spans[i].start for i in (relation.head, relation.tail) if i in spans]
    if len(ends) < 2:
        return None
    return ReviewItem(min(ends), 1, relation.id or 0, RELATION)


def pending_keys(
    spans: Iterable[Span], relations: Iterable[Relation], keep: ReviewFilter | None = None
) -> list[Key]:
    """Keys of the pending spans and relations of a document that `keep` passes (unsorted)."""
    chosen = replace(keep, states=PENDING_ONLY) if keep else ReviewFilter(states=PENDING_ONLY)
    by_id = {s.id or 0: s for s in spans}
    keys = [
        (s.start, 0, s.id or 0) for s in by_id.values() if s.state == PENDING and chosen.keeps(s)
    ]
    for relation in relations:
        if relation.state != PENDING:
            continue
        head, tail = by_id.get(relation.head), by_id.get(relation.tail)
        if (
            head is not None
            and tail is not None
            and chosen.keeps(relation, (head.label, tail.label))
        ):
            keys.append((min(head.start, tail.start), 1, relation.id or 0))
    return keys


def pending_items(
    spans: Iterable[Span], relations: Iterable[Relation], keep: ReviewFilter | None = None
) -> list[ReviewItem]:
    """The pending spans and relations of a document that `keep` passes, in reading order."""
    return [_item(key) for key in sorted(pending_keys(spans, relations, keep))]


def step_from(keys: list[Key], here: Key, direction: int) -> ReviewItem | None:
    """The first suggestion after `here` (direction 1) or the last one before it (-1)."""
    if direction > 0:
        later = [key for key in keys if key > here]
        return _item(min(later)) if later else None
    earlier = [key for key in keys if key < here]
    return _item(max(earlier)) if earlier else None


def first_or_last(keys: list[Key], direction: int) -> ReviewItem | None:
    if not keys:
        return None
    return _item(min(keys) if direction > 0 else max(keys))
