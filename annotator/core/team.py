"""Team annotation values: the curated layer's name, per-annotator statuses, layer contents.

Every span and relation carries its annotator, so a project holds one layer
per annotator. The curated layer is one more layer, under a name no person
can take (it starts with "@"); its spans record their curator and sources.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable

from annotator.core.errors import OperationError
from annotator.core.model import DONE, IN_PROGRESS, NEW, REVIEWED

CURATED = "@curated"
# What one annotator can say about their own work on a document; reviewed
# belongs to the curated layer (the document's own status).
ANNOTATOR_STATUSES = (NEW, IN_PROGRESS, DONE)

# A span of a layer as a merge carries it:
# (id or None, start, end, label, origin, state, suggester, confidence)
LayerSpan = tuple[int | None, int, int, str, str, str, str | None, float | None]
# A relation of a layer: (id or None, head index, tail index, type, state, origin,
# suggester, confidence); head and tail index the document's LayerSpans.
LayerRelation = tuple[int | None, int, int, str, str, str, str | None, float | None]
# One document of a layer: (doc_id, the annotator's status or None, spans, relations).
LayerDocument = tuple[int, str | None, tuple[LayerSpan, ...], tuple[LayerRelation, ...]]


def check_annotator_name(name: str) -> str:
    """The name stripped, in NFC; refuses an empty one or one the curated layer could take.

    NFC: "Bình" typed with combining marks names the same annotator (and package file).
    """
    cleaned = unicodedata.normalize("NFC", name.strip())
    if not cleaned:
        raise OperationError("an annotator needs a name")
    if cleaned.startswith("@"):
        raise OperationError(
            "annotator names cannot start with '@' ({cleaned!r}): those name layers of the tool",
            cleaned=cleaned,
        )
    return cleaned


def summary_status(own: Iterable[str]) -> str:
    """The document's status from its annotators' own statuses.

    No annotator yet: new. Every one done: done. All new: new. Otherwise in
    progress. A reviewed document stays reviewed until someone reopens work.
    """
    values = set(own)
    if not values or values == {NEW}:
        return NEW
    if values == {DONE}:
        return DONE
    return IN_PROGRESS


def is_person(annotator: str) -> bool:
    """Whether a layer name is a person's (not the curated layer's)."""
    return not annotator.startswith("@")


__all__ = ["CURATED", "REVIEWED", "summary_status", "check_annotator_name", "is_person"]
