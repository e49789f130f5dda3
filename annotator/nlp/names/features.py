"""What the name classifier reads about a candidate: the text around it, never a suggester's output.

The features are strings (`prev=báo`, `shape=Xx Xx`, `foreign`), so the
weights are a readable JSON table. The rules' spans are left out on purpose:
a model that reads them learns to copy them (see resources/models/README.md).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence
from functools import lru_cache

from annotator.core.vietnamese import fold_key, foreign_shaped
from annotator.nlp.names.candidates import Candidate, Word

# Shapes: capitals X, lower case x, digits d, anything else kept as it is,
# runs of one kind written once (`Gazprombank` → `Xx`, `PMU18` → `Xd`).
_SHAPE_RUNS = re.compile(r"(.)\1+")
ABBREVIATION_AFTER = re.compile(r"\s*\(\s*[A-ZĐ][\w.&-]*\s*\)")


def shape(word: str) -> str:
    """The letter-case shape of a word, repeated kinds collapsed."""
    kinds = "".join(
        "X" if c.isupper() else "x" if c.islower() else "d" if c.isdigit() else c for c in word
    )
    return _SHAPE_RUNS.sub(r"\1", kinds)


@lru_cache(maxsize=65536)
def _key(word: str) -> str:
    """A word's lookup key (lower case, tone placement folded), cached: words repeat."""
    return fold_key(word.lower())


def foreign(word: str) -> bool:
    """A word no Vietnamese syllable spells (`Kramatorsk`, `Figaro`), acronyms aside."""
    return foreign_shaped(word) or any(c in "fjwzFJWZ" for c in word)


class Document:
    """One text's words, with the counts a candidate's features look up."""

    def __init__(self, text: str, words: Sequence[Word], lexicon: Mapping[str, str]) -> None:
        self.text = text
        self.words = words
        self.lexicon = lexicon
        self.surfaces = Counter(w.text for w in words)
        self.keys = [_key(w.text) for w in words]

    def surface_count(self, c: Candidate) -> int:
        """How often the candidate's exact words occur in the text (at least once)."""
        if c.last - c.first == 1:
            return self.surfaces[self.words[c.first].text]
        return max(1, self.text.count(self.text[c.start : c.end]))

    def kind(self, first: int, last: int) -> str | None:
        """The gazetteer kind of words `first:last`, if they are an entry."""
        if first < 0 or last > len(self.words) or first >= last:
            return None
        return self.lexicon.get(" ".join(self.keys[first:last]))


def features(doc: Document, c: Candidate) -> list[str]:
    """The feature strings of one candidate."""
    return [
        *_own(doc, c),
        *_context(doc, c),
        *_gazetteer(doc, c),
        *_document(doc, c),
    ]


def _own(doc: Document, c: Candidate) -> list[str]:
    words = [w.text for w in doc.words[c.first : c.last]]
    keys = doc.keys[c.first : c.last]
    n = len(words)
    out = [f"len={min(n, 5)}", f"head={c.head}", f"first={keys[0]}", f"last={keys[-1]}"]
    out += [f"word={k}" for k in keys]
    out.append(f"shape={' '.join(shape(w) for w in words[:4])}")
    out.append(f"lastshape={shape(words[-1])}")
    if n <= 4:
        out.append(f"full={' '.join(keys)}")
    out += [f"edge={c.run_start}{c.run_end}"]
    foreigners = sum(foreign(w) for w in words)
    out.append(f"foreign={min(foreigners, 2)}/{min(n, 3)}")
    if any(not w.isalpha() for w in words):
        out.append("inner-mark")
    return out


def _context(doc: Document, c: Candidate) -> list[str]:
    text, words = doc.text, doc.words
    before = text[max(0, c.start - 3) : c.start].strip(" ")
    after = text[c.end : c.end + 3].strip(" ")
    out = [f"mark-before={before[-1:] or '^'}", f"mark-after={after[:1] or '$'}"]
    for k, tag in ((1, "prev"), (2, "prev2")):
        i = c.first - k
        out.append(f"{tag}={doc.keys[i] if i >= 0 else '^'}")
    for k, tag in ((0, "next"), (1, "next2")):
        i = c.last + k
        out.append(f"{tag}={doc.keys[i] if i < len(words) else '$'}")
    if c.first >= 2:
        out.append(f"prev-pair={doc.keys[c.first - 2]} {doc.keys[c.first - 1]}")
    if c.first >= 1 and words[c.first - 1].capitalised:
        out.append("prev-capital")
    if ABBREVIATION_AFTER.match(text, c.end):
        out.append("abbreviation-after")
    if text[max(0, c.start - 1) : c.start] == "(" and text[c.end : c.end + 1] == ")":
        out.append("in-brackets")
    if _sentence_start(text, c.start):
        out.append("sentence-start")
    return out


def _sentence_start(text: str, start: int) -> bool:
    before = text[:start].rstrip(" \t\"“'‘-–")
    return not before or before[-1] in ".!?:\n"


def _gazetteer(doc: Document, c: Candidate) -> list[str]:
    out = []
    for tag, first, last in (("gaz", c.first, c.last), ("gaz-first", c.first, c.first + 1)):
        kind = doc.kind(first, last)
        if kind:
            out.append(f"{tag}={kind}")
    for k in (1, 2, 3):
        kind = doc.kind(c.first - k, c.first)
        if kind:
            out.append(f"gaz-before={kind}")
        kind = doc.kind(c.last, c.last + k)
        if kind:
            out.append(f"gaz-after={kind}")
    return out


def _document(doc: Document, c: Candidate) -> list[str]:
    count = doc.surface_count(c)
    return [f"count={min(count, 4)}", "bias"]
