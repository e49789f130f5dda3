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

from annotator.nlp.events.candidates import EventCandidate
from annotator.nlp.names.features import Document, shape

QUOTES = frozenset("\"“”'‘’")
# Words inside an extent that make it a numbered or termed meeting.
ORDINAL_WORDS = ("thứ", "lần", "khóa", "khoá", "nhiệm")
# A date or time of day right after the candidate.
DATE_AFTER = re.compile(r"\s*(?:\(?\d{1,2}[/.-]\d{1,2}|ngày|sáng|chiều|tối|hôm|năm \d)")


def event_features(doc: Document, c: EventCandidate) -> list[str]:
    """The feature strings of one candidate."""
    return [*_own(doc, c), *_inside(doc, c), *_after(doc, c), *_before(doc, c), *_lexicon(doc, c)]


def _own(doc: Document, c: EventCandidate) -> list[str]:
    words, keys, i, j = doc.words, doc.keys, c.first, c.last
    n = j - i
    out = ["bias", f"len={min(n, 8)}", f"head={keys[i]}", f"last={keys[j - 1]}"]
    out += [f"headcap={words[i].text[0].isupper()}", f"head-len={keys[i]}|{min(n, 6)}"]
    if n >= 2:
        out += [f"head2={keys[i]} {keys[i + 1]}", f"last2={keys[j - 2]} {keys[j - 1]}"]
    if n <= 3:
        out.append("full=" + " ".join(keys[i:j]))
    capitals = sum(w.text[0].isupper() for w in words[i + 1 : j])
    out += [f"caps={min(capitals, 3)}", f"lastcap={words[j - 1].text[0].isupper()}"]
    out.append("lastshape=" + shape(words[j - 1].text))
    count = doc.text.count(doc.text[c.start : c.end])
    return [*out, f"count={min(count, 4)}"]


def _inside(doc: Document, c: EventCandidate) -> list[str]:
    inner = doc.text[c.start : c.end]
    out = [f"in={k}" for k in sorted(set(doc.keys[c.first + 1 : c.last]))]
    if not QUOTES.isdisjoint(inner):
        out.append("quote-in")
    if any(ch.isdigit() for ch in inner):
        out.append("digit-in")
    inside = doc.keys[c.first + 1 : c.last]
    return out + [f"ord-in={w}" for w in ORDINAL_WORDS if w in inside]


def _after(doc: Document, c: EventCandidate) -> list[str]:
    words, keys, j = doc.words, doc.keys, c.last
    after = keys[j] if j < len(words) else "$"
    after2 = keys[j + 1] if j + 1 < len(words) else "$"
    gap = doc.text[c.end : words[j].start] if j < len(words) else "$"
    out = [f"next={after}", f"next2={after} {after2}", f"next-head={after}|{doc.keys[c.first]}"]
    out.append("gap-after=" + (gap.strip(" ")[:1] or " "))
    if j < len(words) and gap == " " and words[j].text[0].isupper():
        out.append("next-cap")
    if DATE_AFTER.match(doc.text, c.end):
        out.append("date-after")
    return out


def _before(doc: Document, c: EventCandidate) -> list[str]:
    keys, i = doc.keys, c.first
    before = keys[i - 1] if i > 0 else "^"
    before2 = keys[i - 2] if i > 1 else "^"
    gap = doc.text[doc.words[i - 1].end : c.start] if i > 0 else "^"
    return [
        f"prev={before}",
        f"prev2={before2} {before}",
        f"prev-head={before}|{keys[i]}",
        "gap-before=" + (gap.strip(" ")[-1:] or " "),
    ]


def _lexicon(doc: Document, c: EventCandidate) -> list[str]:
    """The gazetteer kind of the extent's last words and of the words after it."""
    out = []
    last = (
        doc.kind(c.last - 1, c.last) or doc.kind(c.last - 2, c.last)
        if c.last - c.first >= 2
        else None
    )
    if last:
        out.append("gaz-last=" + last)
    after = doc.kind(c.last, c.last + 1) or doc.kind(c.last, c.last + 2)
    if after:
        out.append("gaz-after=" + after)
    return out
