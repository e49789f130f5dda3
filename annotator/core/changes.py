"""Change sets: what an operation touched, so views redraw only that."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field


def _once(ids: Iterable[int]) -> tuple[int, ...]:
    """Each id once, in first-seen order: a span relabelled and accepted in one step is one
    span changed (counted twice, the window neither selected it after undo nor counted it right)."""
    return tuple(dict.fromkeys(ids))


@dataclass(frozen=True)
class ChangeSet:
    """The ids an operation added, changed or removed.

    `origin` is an opaque tag of whoever asked for the change, so a view can
    ignore the change sets it caused itself.
    """

    doc_ids: frozenset[int] = frozenset()
    spans_added: tuple[int, ...] = ()
    spans_changed: tuple[int, ...] = ()
    spans_removed: tuple[int, ...] = ()
    relations_added: tuple[int, ...] = ()
    relations_removed: tuple[int, ...] = ()
    relations_changed: tuple[int, ...] = ()
    status_changed: frozenset[int] = frozenset()
    note_changed: frozenset[int] = frozenset()
    schema_changed: bool = False
    registry_changed: bool = False  # entities, their names or mention links
    # What the project's memory counts changed (a hold-back lifted or put back).
    memory_changed: bool = False
    # Documents that appeared (a deletion undone), went, or were renamed.
    documents_added: frozenset[int] = frozenset()
    documents_removed: frozenset[int] = frozenset()
    titles_changed: frozenset[int] = frozenset()
    action_id: int | None = None
    origin: object = field(default=None, compare=False)

    @property
    def empty(self) -> bool:
        return not (
            self.spans_added
            or self.spans_changed
            or self.spans_removed
            or self.relations_added
            or self.relations_removed
            or self.relations_changed
            or self.status_changed
            or self.note_changed
            or self.schema_changed
            or self.documents_added
            or self.documents_removed
            or self.titles_changed
            or self.registry_changed
            or self.memory_changed
        )

    @classmethod
    def combine(cls, changes: list[ChangeSet]) -> ChangeSet:
        """The union of many change sets at once (a batch of thousands of operations)."""
        if len(changes) == 1:
            return changes[0]
        ids = [c.action_id for c in changes if c.action_id is not None]
        return ChangeSet(
            doc_ids=frozenset().union(*(c.doc_ids for c in changes)),
            spans_added=_once(i for c in changes for i in c.spans_added),
            spans_changed=_once(i for c in changes for i in c.spans_changed),
            spans_removed=_once(i for c in changes for i in c.spans_removed),
            relations_added=_once(i for c in changes for i in c.relations_added),
            relations_removed=_once(i for c in changes for i in c.relations_removed),
            relations_changed=_once(i for c in changes for i in c.relations_changed),
            status_changed=frozenset().union(*(c.status_changed for c in changes)),
            note_changed=frozenset().union(*(c.note_changed for c in changes)),
            schema_changed=any(c.schema_changed for c in changes),
            registry_changed=any(c.registry_changed for c in changes),
            memory_changed=any(c.memory_changed for c in changes),
            documents_added=frozenset().union(*(c.documents_added for c in changes)),
            documents_removed=frozenset().union(*(c.documents_removed for c in changes)),
            titles_changed=frozenset().union(*(c.titles_changed for c in changes)),
            action_id=ids[-1] if ids else None,
            origin=changes[0].origin if changes else None,
        )

    def merge(self, other: ChangeSet) -> ChangeSet:
        """Union of two change sets (for batches)."""
        return ChangeSet(
            doc_ids=self.doc_ids | other.doc_ids,
            spans_added=_once(self.spans_added + other.spans_added),
            spans_changed=_once(self.spans_changed + other.spans_changed),
            spans_removed=_once(self.spans_removed + other.spans_removed),
            relations_added=_once(self.relations_added + other.relations_added),
            relations_removed=_once(self.relations_removed + other.relations_removed),
            relations_changed=_once(self.relations_changed + other.relations_changed),
            status_changed=self.status_changed | other.status_changed,
            note_changed=self.note_changed | other.note_changed,
            schema_changed=self.schema_changed or other.schema_changed,
            registry_changed=self.registry_changed or other.registry_changed,
            memory_changed=self.memory_changed or other.memory_changed,
            documents_added=self.documents_added | other.documents_added,
            documents_removed=self.documents_removed | other.documents_removed,
            titles_changed=self.titles_changed | other.titles_changed,
            action_id=other.action_id if other.action_id is not None else self.action_id,
            origin=self.origin,
        )
