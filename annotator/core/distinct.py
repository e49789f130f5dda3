"""One span per place and label in a document read from a file, relations kept."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from operator import itemgetter

from annotator.core.messages import by_count
from annotator.core.model import SourceDocument

WARNINGS_KEY = "import_warnings"  # SourceDocument.meta entry the import report shows
_place_and_label = itemgetter(0, 1, 2)


def merge_identical_spans(source: SourceDocument) -> SourceDocument:
    """`source` with each repeated (start, end, label) kept once.

    A project never holds two identical live spans, and exports would drop
    one anyway. Relations of a repeat are pointed at the span kept (a relation
    that then repeats another, or links a span to itself, goes), and the
    document's import warnings say how many were merged.
    """
    if len(set(map(_place_and_label, source.spans))) == len(source.spans):
        return source  # nothing repeated (the usual case, checked at C speed)
    keep, index = _first_of_each(source.spans)
    count = len(source.spans)
    if len(keep) == count or any(
        not (0 <= end < count) for rel in source.relations for end in rel[:2]
    ):
        return source  # nothing repeated, or relations the store will refuse by name
    relations = _moved_relations(source.relations, index)
    merged = len(source.spans) - len(keep)
    note = by_count(
        merged,
        "{n} repeated span (same place and label) merged into one",
        "{n} repeated spans (same place and label) merged into one",
    )
    warnings = [*source.meta.get(WARNINGS_KEY, ()), note]
    return dataclasses.replace(
        source,
        spans=tuple(keep),
        relations=tuple(relations),
        meta={**source.meta, WARNINGS_KEY: warnings},
    )


def _first_of_each(
    spans: Sequence[tuple[int, int, str]],
) -> tuple[list[tuple[int, int, str]], list[int]]:
    """The first span of each (start, end, label), in order, and where each span went among them."""
    first: dict[tuple[int, int, str], int] = {}
    keep: list[tuple[int, int, str]] = []
    index: list[int] = []
    for span in spans:
        key = (span[0], span[1], span[2])
        if key not in first:
            first[key] = len(keep)
            keep.append(span)
        index.append(first[key])
    return keep, index


def _moved_relations(
    relations: Sequence[tuple[int, int, str]], index: list[int]
) -> list[tuple[int, int, str]]:
    """Relations pointed at the spans kept; one that now repeats another, or links a span to
    itself, goes."""
    moved_all: list[tuple[int, int, str]] = []
    for head, tail, rel_type in relations:
        moved = (index[head], index[tail], rel_type)
        if moved[0] != moved[1] and moved not in moved_all:
            moved_all.append(moved)
    return moved_all
