"""Change sets: what an operation touched, so views redraw only that."""

from __future__ import annotations

from dataclasses import dataclass, field


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
        )

    def merge(self, other: ChangeSet) -> ChangeSet:
        """Union of two change sets (for batches)."""
        return ChangeSet(
            doc_ids=self.doc_ids | other.doc_ids,
            spans_added=self.spans_added + other.spans_added,
            spans_changed=self.spans_changed + other.spans_changed,
            spans_removed=self.spans_removed + other.spans_removed,
            relations_added=self.relations_added + other.relations_added,
            relations_removed=self.relations_removed + other.relations_removed,
            relations_changed=self.relations_changed + other.relations_changed,
            status_changed=self.status_changed | other.status_changed,
            note_changed=self.note_changed | other.note_changed,
            schema_changed=self.schema_changed or other.schema_changed,
            documents_added=self.documents_added | other.documents_added,
            documents_removed=self.documents_removed | other.documents_removed,
            titles_changed=self.titles_changed | other.titles_changed,
            action_id=other.action_id if other.action_id is not None else self.action_id,
            origin=self.origin,
        )
