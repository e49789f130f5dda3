"""What the document list is filtered by, as one value.

The list's filters (status, title words, annotator, source file) travel
together from the widget's controls through its model and the project to the
SQL. Passed whole, a new filter is one field here and one clause in
`document_list.where`, not one more keyword in every signature on the way.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, fields


@dataclass(frozen=True)
class DocumentFilter:
    """Documents of `status` (one or several; the annotator's own status when
    `annotator` is given) whose title holds `title` (marks and case ignored), in
    `annotator`'s work (a live span, an own status, or a package gave it to them),
    read from `source_file` (`document_list.file_of`). None: not filtered by it.

    Values are made canonical when built, so two filters that keep the same
    documents compare equal: a status becomes a tuple, a title is stripped and
    NFC, and an empty string is None (a combo box's "all" item gives one).
    An empty tuple of statuses keeps no document.
    """

    status: str | Iterable[str] | None = None
    title: str | None = None
    annotator: str | None = None
    source_file: str | None = None

    def __post_init__(self) -> None:
        status = self.status
        if isinstance(status, str):
            status = (status,) if status else None
        elif status is not None:
            status = tuple(dict.fromkeys(status))
        title = unicodedata.normalize("NFC", self.title.strip()) if self.title else None
        object.__setattr__(self, "status", status)
        object.__setattr__(self, "title", title or None)
        object.__setattr__(self, "annotator", self.annotator or None)
        object.__setattr__(self, "source_file", self.source_file or None)

    @property
    def statuses(self) -> tuple[str, ...] | None:
        """The statuses kept, as the tuple they were made into; None: every status."""
        return None if self.status is None else tuple(self.status)

    @property
    def keeps_everything(self) -> bool:
        """True when no field filters (the list shows every document)."""
        return all(getattr(self, field.name) is None for field in fields(self))


EVERY_DOCUMENT = DocumentFilter()
