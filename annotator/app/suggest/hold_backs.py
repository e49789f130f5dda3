"""What the project's memory holds back now, surface by surface, and lifting a hold-back.

The memory holds back a surface rejected twice with a label and never
accepted with it, in every later document (docs/memory.md). A rejection
made where the surface sat inside a longer name (`Myanmar` of `căn cứ
không quân Myanmar`) so silently held back every later `Myanmar` LOC. The
policy stays (measured there), but the user sees what is held back here,
and lifts a hold-back with `lift_operation`: the rejections it counted stop
counting (store.apply_memory), until the surface is rejected twice more.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from annotator.app.suggest.memory import CANDIDATE, counted_rejections, project_memory
from annotator.core.operations import Batch, LiftHoldBack, Operation
from annotator.core.search_text import marked, place_snippet
from annotator.nlp.base import Suggestion
from annotator.nlp.memory import holds_back, surface_keys

# The description of the batch that lifts hold-backs (the window's undo names it).
LIFT = "suggest held back surfaces again"
Key = tuple[str, tuple[str, ...]]  # (label, the surface's matching keys)


@dataclass(frozen=True)
class HoldBack:
    """One surface the memory holds back with one label, and the rejections that count."""

    surface: str  # as written where it was first rejected, on one line
    label: str
    # (doc id, span id, start, end) of each rejection that counts, in document order
    rejections: tuple[tuple[int, int, int, int], ...]
    # Each rejection's words around it, the surface in [brackets] ("…ông [Kim] nói…"):
    # where it is as a reader finds it, which an offset does not say.
    contexts: tuple[str, ...] = field(default=(), compare=False)

    @property
    def key(self) -> Key:
        return (self.label, surface_keys(self.surface))

    @property
    def doc_ids(self) -> list[int]:
        return sorted({r[0] for r in self.rejections})


def hold_backs(reader: Any) -> list[HoldBack]:
    """Every surface and label the memory holds back now, most rejected first.

    Counted exactly as a suggest run holds back: the same table, the same
    policy (`CANDIDATE`), the lifted rejections left out.
    """
    everywhere = reader.document_ids()
    table = project_memory(reader)
    groups: dict[Key, list[tuple[tuple[int, int, int, int], str, str]]] = {}
    texts: dict[int, str] = {}
    for label, by_document in counted_rejections(reader, everywhere).items():
        for doc, places in sorted(by_document.items()):
            text = texts.get(doc) or texts.setdefault(doc, reader.document(doc).text)
            for (start, end), span_id in sorted(places.items()):
                surface = " ".join(text[start:end].split())
                groups.setdefault((label, surface_keys(surface)), []).append(
                    ((doc, span_id, start, end), surface, marked(place_snippet(text, start, end)))
                )
    found = [
        HoldBack(
            rows[0][1],
            label,
            tuple(place for place, _, _ in rows),
            tuple(context for _, _, context in rows),
        )
        for (label, _keys), rows in groups.items()
        if _held(table, rows[0][1], label)
    ]
    return sorted(found, key=lambda h: (-len(h.rejections), h.surface.casefold(), h.label))


def _held(table: Any, surface: str, label: str) -> bool:
    return holds_back(table, surface, Suggestion(0, len(surface), label, "", 0.0), CANDIDATE)


def lift_operation(chosen: Sequence[HoldBack]) -> Operation | None:
    """One undoable step that lifts every chosen hold-back (None for none)."""
    if not chosen:
        return None
    lifts = tuple(LiftHoldBack(tuple(r[1] for r in h.rejections)) for h in chosen)
    return Batch(lifts, LIFT)


def last_run_counts(
    held_back: Iterable[tuple[str, str]], withdrawn: Iterable[tuple[str, str]]
) -> tuple[Counter[Key], Counter[Key]]:
    """(label, surface) pairs a suggest run held back and withdrew, counted per hold-back key."""
    held = Counter((label, surface_keys(surface)) for label, surface in held_back)
    gone = Counter((label, surface_keys(surface)) for label, surface in withdrawn)
    return held, gone
