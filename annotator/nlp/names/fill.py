"""Names nobody suggested: the classifier's spans where the merged suggestions left the text bare.

It runs after the merge and only adds: a candidate that overlaps any merged
span is never asked about, and a merged span is never changed. Of the
candidates it is sure of (a name label at its label's threshold or more),
the likelier wins where two overlap.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from annotator.core.resources import resource_path
from annotator.nlp.base import Suggestion
from annotator.nlp.names.candidates import Candidate, candidates, words_of
from annotator.nlp.names.features import Document, features
from annotator.nlp.names.lexicon import read_lexicon
from annotator.nlp.names.model import NOTHING, NameModel

NAMES = "names"
MODEL_FILE = ("models", "names.json")
# The labels it adds and how sure it must be of each (resources/models/README.md).
# A place needs more: lists of foreign surnames (football line-ups) read like
# the village lists of war reports, and from 0.7 up the non-political articles
# get 62 places instead of 214 while the once-blind sets keep their gains.
THRESHOLDS: Mapping[str, float] = {"PER": 0.5, "ORG": 0.5, "LOC": 0.7}
ADDED_LABELS = frozenset(THRESHOLDS)
# The labels whose surface is carried to its other bare mentions in a text.
CARRIED_LABELS = frozenset({"PER"})


@dataclass(frozen=True)
class NameFiller:
    """The trained classifier with the heads and gazetteers its features read."""

    model: NameModel
    heads: tuple[tuple[str, ...], ...]
    lexicon: Mapping[str, str]
    thresholds: Mapping[str, float] = field(default_factory=lambda: dict(THRESHOLDS))

    @classmethod
    def from_dict(cls, data: dict, lexicon: Mapping[str, str]) -> NameFiller:
        heads = tuple(tuple(h.split(" ")) for h in data["heads"])
        return cls(NameModel.from_dict(data), heads, lexicon)

    def propose(self, text: str, taken: Sequence[tuple[int, int]]) -> list[Suggestion]:
        """Spans for candidates of text that overlap nothing in `taken`, surest first."""
        words = words_of(text)
        doc = Document(text, words, self.lexicon)
        bare = [
            c for c in candidates(text, words, self.heads) if not _overlaps(c.start, c.end, taken)
        ]
        sure = [s for c in bare for s in self._judge(doc, c)]
        kept: list[Suggestion] = []
        for s in sorted(sure, key=lambda x: (-x.score, x.start, x.end)):
            if not _overlaps(s.start, s.end, [(k.start, k.end) for k in kept]):
                kept.append(s)
        return _other_mentions(text, bare, kept)

    def _judge(self, doc: Document, c: Candidate) -> list[Suggestion]:
        p = self.model.probabilities(features(doc, c))
        label = max((x for x in p if x != NOTHING), key=p.__getitem__)
        if label in self.thresholds and p[label] >= self.thresholds[label]:
            return [Suggestion(c.start, c.end, label, NAMES, round(p[label], 4))]
        return []

    def fill(self, text: str, merged: list[Suggestion]) -> list[Suggestion]:
        """The merged suggestions with the classifier's spans added in the gaps."""
        added = self.propose(text, [(s.start, s.end) for s in merged])
        return sorted([*merged, *added], key=lambda x: (x.start, x.end, x.label))


def _other_mentions(
    text: str, bare: Sequence[Candidate], kept: list[Suggestion]
) -> list[Suggestion]:
    """A person the classifier is sure of is the same person wherever else the name stands bare.

    Court reports name a defendant thirty times by the given name alone
    (`Dũng`), most mentions with nothing around them that says person; the
    mention it is sure of vouches for the others. Only PER: a place or body
    taken wrongly would be repeated wrongly (measured, resources/models/README.md).
    """
    people: dict[str, float] = {}
    for s in kept:
        if s.label in CARRIED_LABELS:
            surface = text[s.start : s.end]
            people[surface] = max(s.score, people.get(surface, 0.0))
    out = list(kept)
    for c in bare:
        score = people.get(text[c.start : c.end])
        if score is not None and not _overlaps(c.start, c.end, [(k.start, k.end) for k in out]):
            out.append(Suggestion(c.start, c.end, "PER", NAMES, score))
    return out


def _overlaps(start: int, end: int, spans: Sequence[tuple[int, int]]) -> bool:
    return any(s < end and start < e for s, e in spans)


@lru_cache(maxsize=2)
def name_filler(path: Path | None = None) -> NameFiller | None:
    """The shipped classifier, or None when resources/models has none."""
    source = path or resource_path(*MODEL_FILE)
    if not source.is_file():
        return None
    data = json.loads(source.read_text(encoding="utf-8"))
    return NameFiller.from_dict(data, read_lexicon())
