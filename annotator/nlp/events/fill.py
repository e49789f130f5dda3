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
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property, lru_cache
from itertools import accumulate
from pathlib import Path

from annotator.core.resources import resource_path
from annotator.nlp.base import Suggestion
from annotator.nlp.events.candidates import event_candidates
from annotator.nlp.events.features import EventDocument, extent_features, head_features
from annotator.nlp.events.training import EVENT
from annotator.nlp.names.candidates import words_of
from annotator.nlp.names.lexicon import read_lexicon
from annotator.nlp.names.model import NameModel

EVENTS = "events"
MODEL_FILE = ("models", "events.json")
# How sure a bare candidate must be: with the extent step, from 0.8 it gains
# on all eight once-blind sets left out; alone it loses .0012 on news4 from
# 0.8 and .0018 from 0.7 (resources/models/README.md).
THRESHOLD = 0.8
# (probability of EVENT, start, end) of every candidate of a text.
Scored = list[tuple[float, int, int]]
# Its probability times this is the confidence a span carries: over the eight
# sets left out, 16 of the 22 spans it added or re-extended were right (0.73),
# at probabilities of about 0.9, so the editor's sort puts them below the
# rules' events (0.93) and keeps the likelier of them first.
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

    @cached_property
    def margins(self) -> dict[str, float]:
        """Per feature, its EVENT weight less its NOTHING weight: two classes need one sum."""
        event = self.model.labels.index(EVENT)
        return {f: w[event] - w[0] for f, w in self.model.weights.items()}

    def probability(self, head_sum: float, feats: Sequence[str]) -> float:
        """P(EVENT) of a candidate from its head's margin and its extent's features."""
        margins = self.margins
        total = head_sum + sum(margins.get(f, 0.0) for f in feats)
        return 1.0 / (1.0 + math.exp(-total)) if total > -700 else 0.0

    def scored(self, text: str, merged: Sequence[Suggestion] = ()) -> Scored:
        """(probability of EVENT, start, end) for the candidates of text either step may use.

        Those are all but the candidates that overlap merged spans and no
        merged event: neither step could take them, so they are not scored.
        """
        words = words_of(text)
        doc = EventDocument(text, words, self.lexicon)
        taken = _covered(len(text), merged)
        events = _covered(len(text), [s for s in merged if s.label == EVENT])
        heads: dict[int, float] = {}
        out: Scored = []
        for c in event_candidates(text, words, self.heads):
            if taken[c.end] > taken[c.start] and events[c.end] == events[c.start]:
                continue
            if c.first not in heads:
                margins = self.margins
                heads[c.first] = sum(margins.get(f, 0.0) for f in head_features(doc, c.first))
            p = self.probability(heads[c.first], extent_features(doc, c))
            out.append((p, c.start, c.end))
        return out

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
        scored = self.scored(text, merged)
        extended = self.extend(merged, scored)
        added = self.propose(text, [(s.start, s.end) for s in extended], scored)
        return sorted([*extended, *added], key=lambda x: (x.start, x.end, x.label))


def _covered(size: int, spans: Sequence[Suggestion]) -> list[int]:
    """Prefix counts of the characters the spans cover: `[e] > [s]` when one overlaps s..e."""
    marks = [0] * (size + 1)
    for s in spans:
        for i in range(max(0, s.start), min(size, s.end)):
            marks[i + 1] = 1
    return list(accumulate(marks))


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
