"""Event-shaped stretches of a text: a head word the gold starts events with, and a few extents.

An event in the gold starts with its head (`hội nghị`, `kỳ họp`, `cuộc`,
`lễ`, `vụ án`, `chuyến thăm`, or a verb used as an event: `tuyên phạt`,
`kiểm điểm`) and runs on over what names it: an ordinal, a body, a topic,
a place (`kỳ họp thứ nhất HĐND các cấp`). So a candidate is every stretch
of up to MAX_WORDS words from a head, inside one clause. Read from the text
alone, never from what a suggester found.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from annotator.nlp.names.candidates import WORD, Word

# The longest stretch offered, in words: 12 covers exactly 195 of the 257
# blind-time EVENT misses of news3 to news10 that any extent would (8: 169).
MAX_WORDS = 12
# Marks a candidate never runs across: sentence ends, brackets, colons and
# commas (with commas, 1 more miss is covered for 24% more candidates).
CLAUSE_BREAKS = frozenset(".;:!?,()[]\n")
# A head must start at least this many gold events of the training texts.
MIN_HEAD_COUNT = 2


@dataclass(frozen=True)
class EventCandidate:
    """Words `first:last` of a text, from a head word to the end of the extent."""

    first: int
    last: int
    start: int
    end: int


def learn_heads(docs: Iterable[tuple[str, Sequence[tuple[int, int, str]]]]) -> list[str]:
    """The first words (lower case) the gold starts at least MIN_HEAD_COUNT events with."""
    heads: Counter[str] = Counter()
    for text, spans in docs:
        for start, end, label in spans:
            first = WORD.search(text, start, end) if label == "EVENT" else None
            if first is not None and first.start() == start:
                heads[first.group().lower()] += 1
    return sorted(h for h, n in heads.items() if n >= MIN_HEAD_COUNT)


def event_candidates(
    text: str, words: Sequence[Word], heads: Iterable[str]
) -> list[EventCandidate]:
    """Every stretch from a head word, up to MAX_WORDS words, that crosses no clause break."""
    known = set(heads)
    out: list[EventCandidate] = []
    for i, word in enumerate(words):
        if word.text.lower() not in known:
            continue
        for j in range(i + 1, min(len(words), i + MAX_WORDS) + 1):
            if j > i + 1 and not CLAUSE_BREAKS.isdisjoint(
                text[words[j - 2].end : words[j - 1].start]
            ):
                break
            out.append(EventCandidate(i, j, word.start, words[j - 1].end))
    return out
