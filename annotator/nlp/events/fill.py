"""Events nobody suggested, and merged events with a likelier extent, from the event classifier.

It runs after the name classifier, in two steps. Extent: a merged event
whose own stretch is a candidate is replaced by an overlapping candidate
that is sure (EXTENT_THRESHOLD) and clearly likelier than it (by
EXTENT_MARGIN): `Đại hội` → `Đại hội X`, `kỳ họp thứ nhất HĐND` → `kỳ họp
thứ nhất HĐND các cấp`; merged spans the new extent overlaps go. Gaps: a
sure candidate (THRESHOLD) that overlaps no span is added; of two that
overlap, the likelier wins, so one head gets one extent. No other span is
changed. Both measured in resources/models/README.md ("The event classifier").
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
# (probability of EVENT, start, end) of every candidate of a text.
Scored = list[tuple[float, int, int]]
# Its probability times this is the confidence a span carries: over the eight
# sets left out, 10 of the 13 events it added were right (0.77) at a mean
# probability of 0.90, so the editor's sort puts them below the rules' events
# (0.93) and keeps the likelier of them first.
CONFIDENCE_SCALE = 0.85
# A merged event's extent is replaced only by a candidate this sure and this
# much likelier than the merged extent itself.
EXTENT_THRESHOLD = 0.7
EXTENT_MARGIN = 0.2


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

    def scored(self, text: str) -> Scored:
        """(probability of EVENT, start, end) for every candidate of text."""
        words = words_of(text)
        doc = Document(text, words, self.lexicon)
        return [
            (self.model.probabilities(event_features(doc, c))[EVENT], c.start, c.end)
            for c in event_candidates(text, words, self.heads)
        ]

    def propose(
        self, text: str, taken: Sequence[tuple[int, int]], scored: Scored | None = None
    ) -> list[Suggestion]:
        """EVENT spans for sure candidates of text that overlap nothing in `taken`."""
        sure = [
            (p, s, e)
            for p, s, e in (self.scored(text) if scored is None else scored)
            if p >= self.threshold and not _overlaps(s, e, taken)
        ]
        kept: list[Suggestion] = []
        for p, s, e in sorted(sure, key=lambda x: (-x[0], x[1], x[2])):
            if not _overlaps(s, e, [(k.start, k.end) for k in kept]):
                kept.append(Suggestion(s, e, EVENT, EVENTS, round(p * CONFIDENCE_SCALE, 4)))
        return kept

    def extend(self, merged: list[Suggestion], scored: Scored) -> list[Suggestion]:
        """The merged suggestions with each event's extent replaced where a candidate is likelier."""
        own = {(s, e): p for p, s, e in scored}
        out = list(merged)
        for m in [x for x in merged if x.label == EVENT and (x.start, x.end) in own]:
            floor = max(EXTENT_THRESHOLD, own[(m.start, m.end)] + EXTENT_MARGIN)
            better = [
                x
                for x in scored
                if x[0] >= floor and x[1] < m.end and m.start < x[2] and x[1:] != (m.start, m.end)
            ]
            if better and m in out:
                p, start, end = max(better)
                out = [x for x in out if not (x.start < end and start < x.end)]
                out.append(Suggestion(start, end, EVENT, EVENTS, round(p * CONFIDENCE_SCALE, 4)))
        return out

    def fill(self, text: str, merged: list[Suggestion]) -> list[Suggestion]:
        """The merged suggestions with events re-extended, then events added in the gaps."""
        scored = self.scored(text)
        extended = self.extend(merged, scored)
        added = self.propose(text, [(s.start, s.end) for s in extended], scored)
        return sorted([*extended, *added], key=lambda x: (x.start, x.end, x.label))


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
