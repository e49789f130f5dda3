"""The project's memory: its accepted and rejected spans, read through the store, as a table.

Worked documents (in progress, done, reviewed, as the consistency check
counts them) give the accepted spans and the surfaces left bare; a rejected
span of a worked document is a rejection (`rejected_spans`, one query per
label, since the streamed documents leave rejected spans out). The table is built from scratch
on each call; see `docs/memory.md` for its cost on a large
project and why nothing runs it by default yet: the policy chosen on the
early once-blind sets did not meet the bar written before the measurement.

`CANDIDATE` is the policy the next measurement is to confirm (extend what
the rules and the model found to a remembered longer name, and hold back a
suggestion rejected twice at the same surface and never accepted; no
filling, no relabelling): on the eleven once-blind sets it met the first
three conditions of the bar and the contrast condition, but it was not the
policy the pre-registered rule chose, so it stays unshipped until a set it
was not chosen on confirms it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from annotator.core.model import DONE, IN_PROGRESS, REVIEWED
from annotator.nlp.base import Suggestion
from annotator.nlp.memory import MemoryTable, Policy, Rejection, Worked, apply_memory, build_table

WORKED = (IN_PROGRESS, DONE, REVIEWED)
CANDIDATE = Policy(
    min_count=1, min_ratio=0.5, min_syllables=1, fill=False, extend=True, hold_back=2
)


def project_memory(reader: Any, *, leave_out: int | None = None) -> MemoryTable:
    """The memory of a project's worked documents (a store reader), `leave_out` not counted.

    A document's own spans say nothing new about it, so the document being
    suggested on is left out of its memory.
    """
    ids = [i for i in reader.document_ids(status=list(WORKED)) if i != leave_out]
    rejected_places = {
        label.name: reader.rejected_spans(ids, label.name) for label in reader.schema().labels
    }
    worked: list[Worked] = []
    rejected: list[Rejection] = []
    for item in reader.iter_annotated(ids):
        doc, text = item.document.id, item.document.text
        accepted = tuple((s.start, s.end, s.label) for s in item.spans if s.state == "accepted")
        worked.append(Worked(text, accepted))
        for label, by_document in rejected_places.items():
            places = by_document.get(doc, {})
            rejected.extend(Rejection(text, (start, end, label)) for start, end in places)
    return build_table(worked, rejected)


def remembered(
    reader: Any,
    doc_id: int,
    suggestions: Sequence[Suggestion],
    policy: Policy = CANDIDATE,
) -> list[Suggestion]:
    """A document's suggestions with the memory of the project's other worked documents applied."""
    text = reader.document(doc_id).text
    return apply_memory(project_memory(reader, leave_out=doc_id), text, suggestions, policy)
