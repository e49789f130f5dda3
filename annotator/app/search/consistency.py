"""The consistency check: surfaces labelled in some places and not in others, or differently.

`Tỉnh ủy` labelled ORG 240 times and left unlabelled 12 times, or `Quốc hội`
as ORG here and EVENT there. Surfaces are compared on syllables with case
and tone placement folded (`TỈNH ỦY` = `Tỉnh ủy`, `hoá` = `hóa`). An
unlabelled occurrence is one no annotation touches: `Tỉnh ủy` inside the
ROLE `Bí thư Tỉnh ủy` is part of that role, not a miss.

Two passes over the chosen documents: the first collects the labelled
surfaces, the second looks for them in the text.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from annotator.core.model import DONE, IN_PROGRESS, REVIEWED
from annotator.core.syllables import syllable_table
from annotator.core.vietnamese import fold_key

WORKED = (IN_PROGRESS, DONE, REVIEWED)
Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class Place:
    """One occurrence: a labelled span (label set) or unlabelled text (label None)."""

    doc_id: int
    start: int
    end: int
    label: str | None
    span_id: int | None = None


@dataclass
class Inconsistency:
    """A surface with more than one label, or labelled somewhere and not elsewhere."""

    surface: str
    labels: Counter[str] = field(default_factory=Counter)
    places: list[Place] = field(default_factory=list)

    @property
    def unlabelled(self) -> int:
        return sum(1 for p in self.places if p.label is None)

    @property
    def minority(self) -> int:
        """How many places disagree with the most frequent choice."""
        counts = Counter(p.label for p in self.places)
        return len(self.places) - max(counts.values(), default=0)


def _keys(text: str) -> tuple[list[str], list[int], list[int]]:
    forms, starts = syllable_table(text)
    return (
        [fold_key(f) for f in forms],
        starts,
        [s + len(f) for s, f in zip(starts, forms, strict=True)],
    )


def check_consistency(
    reader: Any,
    *,
    statuses: Sequence[str] = WORKED,
    labels: Sequence[str] | None = None,
    progress: Progress | None = None,
    cancel: Any = None,
) -> list[Inconsistency]:
    """Every inconsistent surface in the documents of `statuses`, the most divided first."""
    ids = reader.document_ids(status=list(statuses)) if statuses else reader.document_ids()
    found: dict[tuple[str, ...], Inconsistency] = {}
    for i, item in enumerate(reader.iter_annotated(ids)):
        _collect(found, item, labels)
        if progress and i % 200 == 0:
            progress(i, 2 * len(ids))
        if cancel is not None and cancel.is_set():
            return []
    by_first: dict[str, list[tuple[str, ...]]] = defaultdict(list)
    for keys in sorted(found, key=len, reverse=True):
        by_first[keys[0]].append(keys)
    for i, item in enumerate(reader.iter_annotated(ids)):
        _unlabelled(found, by_first, item)
        if progress and i % 200 == 0:
            progress(len(ids) + i, 2 * len(ids))
        if cancel is not None and cancel.is_set():
            return []
    result = [x for x in found.values() if len(x.labels) > 1 or x.unlabelled]
    result.sort(key=lambda x: (-x.minority, -len(x.places), x.surface))
    return result


def _collect(
    found: dict[tuple[str, ...], Inconsistency], item: Any, labels: Sequence[str] | None
) -> None:
    text = item.document.text
    for span in item.spans:
        if span.state != "accepted" or (labels is not None and span.label not in labels):
            continue
        surface = text[span.start : span.end]
        keys = tuple(_keys(surface)[0])
        if not keys or not any(ch.isalpha() for ch in surface):
            continue
        entry = found.get(keys)
        if entry is None:
            entry = found[keys] = Inconsistency(" ".join(surface.split()))
        entry.labels[span.label] += 1
        entry.places.append(Place(item.document.id, span.start, span.end, span.label, span.id))


def _unlabelled(
    found: dict[tuple[str, ...], Inconsistency],
    by_first: dict[str, list[tuple[str, ...]]],
    item: Any,
) -> None:
    text = item.document.text
    keys, starts, ends = _keys(text)
    spans = sorted((s.start, s.end) for s in item.spans)
    span_starts = [s for s, _ in spans]
    doc_id = item.document.id
    for i, key in enumerate(keys):
        for candidate in by_first.get(key, ()):
            n = len(candidate)
            if tuple(keys[i : i + n]) != candidate:
                continue
            start, end = starts[i], ends[i + n - 1]
            touched = any(e > start for _, e in spans[: bisect_left(span_starts, end)])
            if not touched:
                found[candidate].places.append(Place(doc_id, start, end, None))
            break
