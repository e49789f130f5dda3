"""What the event classifier reads about a candidate: its words and what stands around it.

Strings like `head=cuộc`, `next=của`, `date-after`, so the weights are a
readable JSON table. What follows an event's head is what decides its
extent (an ordinal, a body in capitals, a topic in quotes, a date after
it), and the words before it say whether it is used as an event at all
(`tiến hành`, `trong`, `đã`). Never the rules' spans: a model that reads
them learns to copy them (resources/models/README.md).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from itertools import accumulate

from annotator.nlp.events.candidates import EventCandidate
from annotator.nlp.names.candidates import Word
from annotator.nlp.names.features import Document, shape

QUOTES = frozenset("\"“”'‘’")
# Words inside an extent that make it a numbered or termed meeting.
ORDINAL_WORDS = ("thứ", "lần", "khóa", "khoá", "nhiệm")
# A date or time of day right after the candidate.
DIGIT = re.compile(r"\d")
DATE_AFTER = re.compile(r"\s*(?:\(?\d{1,2}[/.-]\d{1,2}|ngày|sáng|chiều|tối|hôm|năm \d)")


def event_features(doc: EventDocument, c: EventCandidate) -> list[str]:
    """The feature strings of one candidate."""
    return [*head_features(doc, c.first), *extent_features(doc, c)]


def head_features(doc: Document, first: int) -> list[str]:
    """The features every extent from the head at word `first` shares (scored once per head)."""
    words, keys, i = doc.words, doc.keys, first
    before = keys[i - 1] if i > 0 else "^"
    before2 = keys[i - 2] if i > 1 else "^"
    gap = doc.text[words[i - 1].end : words[i].start] if i > 0 else "^"
    return [
        "bias",
        f"head={keys[i]}",
        f"headcap={words[i].text[0].isupper()}",
        f"prev={before}",
        f"prev2={before2} {before}",
        f"prev-head={before}|{keys[i]}",
        "gap-before=" + (gap.strip(" ")[-1:] or " "),
    ]


class EventDocument(Document):
    """A text's words with what every extent ending at a word shares, computed once per word.

    A text has about twelve candidates per head, so the features that depend
    only on where a candidate ends, and counts of capitals and digits before
    a word, are kept here instead of being read again for every candidate.
    """

    def __init__(self, text: str, words: Sequence[Word], lexicon: Mapping[str, str]) -> None:
        super().__init__(text, words, lexicon)
        self.ending: dict[int, tuple[list[str], str | None]] = {}
        self.capitals = list(accumulate((w.text[0].isupper() for w in words), initial=0))
        self.digits = list(accumulate((DIGIT.search(w.text) is not None for w in words), initial=0))

    def ends_at(self, last: int, end: int) -> tuple[list[str], str | None]:
        """The features of any extent whose last word is `last - 1`, and its gazetteer kind."""
        if last not in self.ending:
            self.ending[last] = (
                _after(self, last, end),
                self.kind(last - 1, last) or self.kind(last - 2, last),
            )
        return self.ending[last]


def extent_features(doc: EventDocument, c: EventCandidate) -> list[str]:
    """The features that depend on where the candidate ends."""
    shared, last_kind = doc.ends_at(c.last, c.end)
    out = [*shared, *_own(doc, c), *_inside(doc, c)]
    after = doc.keys[c.last] if c.last < len(doc.words) else "$"
    out.append(f"next-head={after}|{doc.keys[c.first]}")
    if last_kind and c.last - c.first >= 2:
        out.append("gaz-last=" + last_kind)
    return out


def _own(doc: EventDocument, c: EventCandidate) -> list[str]:
    keys, i, j = doc.keys, c.first, c.last
    n = j - i
    out = [f"len={min(n, 8)}", f"head-len={keys[i]}|{min(n, 6)}"]
    if n >= 2:
        out += [f"head2={keys[i]} {keys[i + 1]}", f"last2={keys[j - 2]} {keys[j - 1]}"]
    if n <= 3:
        out.append("full=" + " ".join(keys[i:j]))
    out.append(f"caps={min(doc.capitals[j] - doc.capitals[i + 1], 3)}")
    count = doc.text.count(doc.text[c.start : c.end])
    return [*out, f"count={min(count, 4)}"]


def _inside(doc: EventDocument, c: EventCandidate) -> list[str]:
    inside = doc.keys[c.first + 1 : c.last]
    out = [f"in={k}" for k in sorted(set(inside))]
    if not QUOTES.isdisjoint(doc.text[c.start : c.end]):
        out.append("quote-in")
    if doc.digits[c.last] > doc.digits[c.first]:
        out.append("digit-in")
    return out + [f"ord-in={w}" for w in ORDINAL_WORDS if w in inside]


def _after(doc: Document, last: int, end: int) -> list[str]:
    """What stands after a candidate that ends with word `last - 1` at offset `end`."""
    words, keys, j = doc.words, doc.keys, last
    after = keys[j] if j < len(words) else "$"
    after2 = keys[j + 1] if j + 1 < len(words) else "$"
    gap = doc.text[end : words[j].start] if j < len(words) else "$"
    out = [f"last={keys[j - 1]}", f"lastcap={words[j - 1].text[0].isupper()}"]
    out += [f"lastshape={shape(words[j - 1].text)}", f"next={after}", f"next2={after} {after2}"]
    out.append("gap-after=" + (gap.strip(" ")[:1] or " "))
    if j < len(words) and gap == " " and words[j].text[0].isupper():
        out.append("next-cap")
    if DATE_AFTER.match(doc.text, end):
        out.append("date-after")
    kind = doc.kind(j, j + 1) or doc.kind(j, j + 2)
    return [*out, "gaz-after=" + kind] if kind else out
