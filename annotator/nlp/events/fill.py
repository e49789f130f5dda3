"""Events nobody suggested: the classifier's spans where the merged suggestions left the text bare.

It runs after the name classifier and only adds: a candidate that overlaps
any merged span is never asked about, and a merged span is never changed
(replacing a merged event's extent was measured and does not carry from
set to set, resources/models/README.md). Of the candidates it is sure of,
the likelier wins where two overlap, so one head gets one extent.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from annotator.core.resources import resource_path
from annotator.nlp.base import Suggestion
from annotator.nlp.events.candidates import event_candidates
from annotator.nlp.events.features import event_features
from annotator.nlp.events.training import EVENT
from annotator.nlp.names.candidates import words_of
from annotator.nlp.names.features import Document
from annotator.nlp.names.lexicon import read_lexicon
from annotator.nlp.names.model import NameModel

EVENTS = "events"
MODEL_FILE = ("models", "events.json")
# How sure it must be: from 0.8 up it gains on seven of the eight once-blind
# sets left out and loses .0006 on the eighth; from 0.7 it adds 15 right and
# 9 wrong events and loses .0018 on news4 (resources/models/README.md).
THRESHOLD = 0.8
# Its probability times this is the confidence a span carries: over the eight
# sets left out, 10 of the 13 events it added were right (0.77) at a mean
# probability of 0.90, so the editor's sort puts them below the rules' events
# (0.93) and keeps the likelier of them first.
CONFIDENCE_SCALE = 0.85


@dataclass(frozen=True)
class EventFiller:
    """The trained classifier with the heads and gazetteers its features read."""

    model: NameModel
    heads: tuple[str, ...]
    lexicon: Mapping[str, str]
    threshold: float = THRESHOLD

    @classmethod
    def from_dict(cls, data: dict, lexicon: Mapping[str, str]) -> EventFiller:
        return cls(NameModel.from_dict(data), tuple(data["heads"]), lexicon)

    def scored(self, text: str) -> list[tuple[float, int, int]]:
        """(probability of EVENT, start, end) for every candidate of text."""
        words = words_of(text)
        doc = Document(text, words, self.lexicon)
        return [
            (self.model.probabilities(event_features(doc, c))[EVENT], c.start, c.end)
            for c in event_candidates(text, words, self.heads)
        ]

    def propose(self, text: str, taken: Sequence[tuple[int, int]]) -> list[Suggestion]:
        """EVENT spans for sure candidates of text that overlap nothing in `taken`."""
        sure = [
            (p, s, e)
            for p, s, e in self.scored(text)
            if p >= self.threshold and not _overlaps(s, e, taken)
        ]
        kept: list[Suggestion] = []
        for p, s, e in sorted(sure, key=lambda x: (-x[0], x[1], x[2])):
            if not _overlaps(s, e, [(k.start, k.end) for k in kept]):
                kept.append(Suggestion(s, e, EVENT, EVENTS, round(p * CONFIDENCE_SCALE, 4)))
        return kept

    def fill(self, text: str, merged: list[Suggestion]) -> list[Suggestion]:
        """The merged suggestions with the classifier's events added in the gaps."""
        added = self.propose(text, [(s.start, s.end) for s in merged])
        return sorted([*merged, *added], key=lambda x: (x.start, x.end, x.label))


def _overlaps(start: int, end: int, spans: Sequence[tuple[int, int]]) -> bool:
    return any(s < end and start < e for s, e in spans)


@lru_cache(maxsize=2)
def event_filler(path: Path | None = None) -> EventFiller | None:
    """The shipped classifier, or None when resources/models has none."""
    source = path or resource_path(*MODEL_FILE)
    if not source.is_file():
        return None
    data = json.loads(source.read_text(encoding="utf-8"))
    return EventFiller.from_dict(data, read_lexicon())
