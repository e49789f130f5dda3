"""Withdrawing pending suggestions the project's memory holds back now.

The memory shapes what a suggest run stores, but what an earlier run stored
stays pending: after "Suggest for all unfinished documents" and a review
that rejected a surface twice, suggesting again left its other pending
copies where they were. A run now also finds the pending suggestions that
nobody has touched since they were stored (never accepted, rejected,
relabelled or resized: `updated` is still `created`) and that the memory
would hold back now, and withdraws them, all of them in one operation
(`WITHDRAW`), so one undo puts them back. The window applies that operation
through its own session, so its Ctrl+Z reaches it; the command line applies
it with the run's.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import Any, NamedTuple

from annotator.core.model import MODEL, PENDING, SUGGESTED, Span
from annotator.core.operations import Batch, DeleteSpans, Operation

# The description of the batch that withdraws them (the window's undo names it).
WITHDRAW = "withdraw held back suggestions"


class Withdrawn(NamedTuple):
    """A pending suggestion to withdraw, with what the report calls it."""

    doc_id: int
    span_id: int
    label: str
    surface: str


def untouched_suggestion(span: Span) -> bool:
    """A suggestion still as it was stored: pending, its extent and label never changed."""
    return (
        span.state == PENDING
        and span.origin in (SUGGESTED, MODEL)
        and span.updated == span.created
        and span.id is not None
    )


def still_untouched(project: Any, found: Sequence[Withdrawn]) -> list[Withdrawn]:
    """Those of `found` still pending and untouched now: the linguist may have decided one
    while the run went on, and a decision is never taken away."""
    untouched = {
        doc_id: {s.id for s in project.spans(doc_id, states=(PENDING,)) if untouched_suggestion(s)}
        for doc_id in {item.doc_id for item in found}
    }
    return [item for item in found if item.span_id in untouched[item.doc_id]]


def withdraw_operation(found: Sequence[Withdrawn]) -> Operation | None:
    """One operation deleting them all (their pending relations go with them), or None."""
    if not found:
        return None
    return Batch((DeleteSpans(tuple(item.span_id for item in found)),), WITHDRAW)


def withdrawn_names(found: Sequence[Withdrawn], most: int = 8) -> list[str]:
    """The distinct withdrawn surfaces as `“surface” (LABEL) ×k`, most withdrawn first,
    the first `most` of them and "…" when there were more."""
    counts = Counter((item.label, item.surface) for item in found)
    names = [
        f"“{surface}” ({label})" + (f" ×{n}" if n > 1 else "")
        for (label, surface), n in counts.most_common()
    ]
    return names[:most] + (["…"] if len(names) > most else [])
