"""Identical relations of several layers, drawn as one arc.

The all-layers view shows every annotator's layer at once. When three
annotators linked the same two spans with the same type, their three
relations are three arcs with the same chip, stacked above the line: the
reader counts chips instead of reading them. They are drawn once, with the
number of layers on the chip and the layers named on hover; relations that
differ in an end, a label, the type or the state stay apart.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from annotator.core.model import Relation, Span


def _key(relation: Relation, span_of: Callable[[int], Span | None]) -> tuple | None:
    head, tail = span_of(relation.head), span_of(relation.tail)
    if head is None or tail is None:
        return None
    ends = (head.start, head.end, head.label, tail.start, tail.end, tail.label)
    return (*ends, relation.type, relation.state)


def identical_groups(
    relations: Iterable[Relation], span_of: Callable[[int], Span | None]
) -> dict[int, tuple[Relation, ...]]:
    """Each drawn relation's id -> the relations it stands for (itself first, oldest id).

    A relation whose ends are not shown stands for itself alone.
    """
    groups: dict[tuple, list[Relation]] = {}
    alone: dict[int, tuple[Relation, ...]] = {}
    for relation in sorted(relations, key=lambda r: r.id or 0):
        key = _key(relation, span_of)
        if key is None:
            alone[relation.id or 0] = (relation,)
        else:
            groups.setdefault(key, []).append(relation)
    drawn = {group[0].id or 0: tuple(group) for group in groups.values()}
    return {**drawn, **alone}


def chip_text(relation: Relation, twins: int) -> str:
    """The chip of a drawn relation: its type, and how many layers hold it when more than one."""
    return relation.type if twins < 2 else f"{relation.type} ×{twins}"
