"""The chosen documents an export would write without a single annotation.

Exporting documents that held only pending suggestions, or nothing, wrote
files of bare text and said nothing: a training set of empty documents
teaches a model that no name is ever a name. The Export dialog asks first
with these counts.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from annotator.app.exporting.select import Selection
from annotator.store.document_filter import DocumentFilter


@dataclass(frozen=True)
class Unannotated:
    """Of `chosen` documents, `bare` would go out with no span; `pending` of those hold
    suggestions still pending, which the export leaves out."""

    chosen: int = 0
    bare: int = 0
    pending: int = 0


def unannotated(project: Any, selection: Selection, *, page: int = 10_000) -> Unannotated:
    """Count the documents the selection's status and title take that hold no accepted
    span (nor a pending one, when pending suggestions are exported too).

    Read from the document list's counts, so no text is loaded.
    """
    shown = DocumentFilter(status=selection.statuses or None, title=selection.title_contains)
    chosen = bare = pending = 0
    while True:
        rows = project.document_rows(shown, offset=chosen, limit=page)
        chosen += len(rows)
        for row in rows:
            exported = row.span_count + (row.pending_count if selection.include_pending else 0)
            if not exported:
                bare += 1
                pending += bool(row.pending_count)
        if len(rows) < page:
            return Unannotated(chosen=chosen, bare=bare, pending=pending)
