"""Storing one document's suggestions as pending spans and relations.

What the suggesters found is filtered against the project before it is
stored: labels and relation types the schema lacks, suggestions below the
minimum confidence, and spans overlapping an accepted span are left out.
When the project has worked documents, their memory (app/suggest/memory.py)
extends and holds back first. What remains goes through the one write path as one operation.

The pending suggestions of earlier runs that the memory would hold back now
are found here too, document by document, and withdrawn at the end of the
run (app/suggest/withdrawing.py).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from annotator.app.suggest.memory import KeptMemory, held_back
from annotator.app.suggest.withdrawing import Withdrawn, untouched_suggestion
from annotator.app.suggest.worker import RelationTuple, SpanTuple
from annotator.core.changes import ChangeSet
from annotator.core.model import ACCEPTED, MODEL, PENDING, SUGGESTED
from annotator.core.operations import AddSuggestions, Batch, Operation
from annotator.nlp.pipeline import MODEL as MODEL_SUGGESTER


def suggestions_operation(
    doc_id: int, found: Sequence[SpanTuple], relations: Sequence[RelationTuple] = ()
) -> Operation | None:
    """One operation per document: model suggestions keep their own origin.

    The model's spans are stored first; the relations go with the other
    spans, and a model span they point at is named there again, so the store
    links the one just added instead of adding it twice.
    """
    learnt = tuple(tuple(s) for s in found if s[3] == MODEL_SUGGESTER)
    linked = {i for r in relations for i in r[:2]}
    plain_ids = [i for i, s in enumerate(found) if s[3] != MODEL_SUGGESTER or i in linked]
    position = {old: new for new, old in enumerate(plain_ids)}
    plain = tuple(tuple(found[i]) for i in plain_ids)
    links = tuple((position[h], position[t], *rest) for h, t, *rest in relations)
    ops = [
        AddSuggestions(doc_id, spans=spans, origin=origin, relations=rels)  # type: ignore[arg-type]
        for spans, origin, rels in ((learnt, MODEL, ()), (plain, SUGGESTED, links))
        if spans
    ]
    if not ops:
        return None
    if len(ops) == 1:
        return ops[0]
    return Batch(tuple(ops), description="Suggestions")


class SuggestionWriter:
    """Stores suggestions into one open project and counts what was added."""

    def __init__(
        self, project: Any, min_confidence: float = 0.0, memory: KeptMemory | None = None
    ) -> None:
        self.project = project
        # One session for the whole run, so the memory can tell its own rows from others'.
        self.session = project.session()
        self.memory = memory
        # Suggesters know labels the project may have removed: those are left out.
        self.schema = project.schema()
        self.labels = frozenset(self.schema.label_names())
        self.min_confidence = min_confidence
        self.added = 0
        self.relations_added = 0
        # (label, surface) of each suggestion the memory left out that would have been stored
        self.held_back: list[tuple[str, str]] = []
        # Spans found and kept that the documents already had (pending, accepted or rejected)
        self.already = 0
        # Pending suggestions of earlier runs the memory holds back now (withdrawn at the end)
        self.withdrawable: list[Withdrawn] = []

    def store(
        self, doc_id: int, found: Sequence[SpanTuple], relations: Sequence[RelationTuple] = ()
    ) -> ChangeSet | None:
        """Apply one document's suggestions; None when nothing is left to store.

        Pending suggestions of earlier runs that the memory holds back now
        are noted in `withdrawable` (the run withdraws them at its end).
        Raises AnnotatorError when the store refuses them (the caller makes
        that document's failure of it).
        """
        if self.memory is not None:
            text = self.project.document(doc_id).text
            before = found
            found, relations = self.memory.apply(text, found, relations)
            self._count_held_back(doc_id, text, held_back(before, found))
            self.withdrawable.extend(self._withdrawable(doc_id, text))
        return self._add(doc_id, found, relations)

    def _add(
        self, doc_id: int, found: Sequence[SpanTuple], relations: Sequence[RelationTuple]
    ) -> ChangeSet | None:
        """Store what is left of `found` and its relations as pending (one operation)."""
        kept = self._kept_spans(doc_id, found)
        position = {old: new for new, old in enumerate(kept)}
        links = [
            (position[h], position[t], kind, who, conf)
            for h, t, kind, who, conf in relations
            if h in position
            and t in position
            and conf >= self.min_confidence
            and self._allows(kind, found[h][2], found[t][2])
        ]
        op = suggestions_operation(doc_id, [found[i] for i in kept], links)
        if op is None:
            return None
        # A document suggested again where everything is already there changes nothing,
        # and leaves no row in the history.
        change = self.session.apply(op, origin="suggest", if_changed=True)
        self.already += max(0, len(kept) - len(change.spans_added))
        self.added += len(change.spans_added)
        self.relations_added += len(change.relations_added)
        return None if change.empty else change

    def _withdrawable(self, doc_id: int, text: str) -> list[Withdrawn]:
        """The document's untouched pending suggestions that the memory holds back now, in
        the layer this run writes to (another annotator's stay theirs)."""
        assert self.memory is not None
        return [
            Withdrawn(doc_id, s.id, s.label, _surface(text, s.start, s.end))
            for s in self.project.spans(doc_id, states=(PENDING,))
            if s.id is not None
            and s.annotator == self.session.annotator
            and untouched_suggestion(s)
            and self.memory.holds_back(text, s.start, s.end, s.label)
        ]

    def _count_held_back(self, doc_id: int, text: str, held: Sequence[SpanTuple]) -> None:
        """Note what the memory left out that this run would otherwise have added.

        A suggestion already in the document (pending, accepted or rejected)
        would not have been added again, so it is not counted: the report
        must not call held back what the linguist still sees.
        """
        if not held:
            return
        present = {(s.start, s.end, s.label) for s in self.project.spans(doc_id, states=None)}
        new = [h for h in held if (h[0], h[1], h[2]) not in present]
        for i in self._kept_spans(doc_id, new):
            start, end, label = new[i][:3]
            self.held_back.append((label, _surface(text, start, end)))

    def _kept_spans(self, doc_id: int, found: Sequence[SpanTuple]) -> list[int]:
        """Indices of the spans with a known label, enough confidence and no accepted overlap."""
        accepted = [(s.start, s.end) for s in self.project.spans(doc_id, states=(ACCEPTED,))]
        return [
            i
            for i, f in enumerate(found)
            if f[2] in self.labels
            and f[4] >= self.min_confidence
            and not any(f[0] < e and s < f[1] for s, e in accepted)
        ]

    def _allows(self, kind: str, head_label: str, tail_label: str) -> bool:
        return kind in {r.name for r in self.schema.relations_allowed(head_label, tail_label)}


def _surface(text: str, start: int, end: int) -> str:
    """A span's text on one line, as the reports name it."""
    return " ".join(text[start:end].split())
