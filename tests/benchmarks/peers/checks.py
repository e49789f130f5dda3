"""Did every tool give back the spans it was given? Exported spans and CoNLL entities against the input.

JSON(L) exports are compared span by span, document by document (found by
their text). A CoNLL file has no offsets, so its entities are compared as
(label, entity text without spaces) against the input spans over all
documents: an entity whose boundaries a tool's tokenisation moved (a
syllable glued to its punctuation, a span cut inside a token) counts as
both a missing and an extra entity.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

Span = tuple[int, int, str]
_SPACE = re.compile(r"\s+")


@dataclass(frozen=True)
class SpanCheck:
    """How an export's spans compare with the input's."""

    documents: int
    documents_missing: int
    documents_differing: int
    spans: int
    spans_missing: int
    spans_extra: int

    @property
    def ok(self) -> bool:
        return not (self.documents_missing or self.documents_differing)

    def summary(self) -> str:
        if self.ok:
            return f"all {self.spans:,} spans of {self.documents:,} documents identical"
        return (
            f"{self.documents_differing:,} of {self.documents:,} documents differ "
            f"({self.documents_missing:,} missing): {self.spans_missing:,} of {self.spans:,} "
            f"spans missing, {self.spans_extra:,} extra"
        )


def compare_spans(expected: dict[str, list[Span]], found: dict[str, list[Span]]) -> SpanCheck:
    """Compare spans by document text; every expected document must be found."""
    missing_docs = differing = spans_missing = spans_extra = 0
    for text, spans in expected.items():
        got = found.get(text)
        if got is None:
            missing_docs += 1
            differing += 1
            spans_missing += len(spans)
            continue
        want, have = Counter(spans), Counter(got)
        if want != have:
            differing += 1
            spans_missing += sum((want - have).values())
            spans_extra += sum((have - want).values())
    return SpanCheck(
        documents=len(expected),
        documents_missing=missing_docs,
        documents_differing=differing,
        spans=sum(len(s) for s in expected.values()),
        spans_missing=spans_missing,
        spans_extra=spans_extra,
    )


@dataclass(frozen=True)
class EntityCheck:
    """How a CoNLL export's entities compare with the input spans."""

    entities: int
    matching: int
    extra: int

    @property
    def wrong(self) -> int:
        return self.entities - self.matching

    @property
    def ok(self) -> bool:
        return self.wrong == 0 and self.extra == 0

    def summary(self) -> str:
        share = self.wrong / self.entities if self.entities else 0.0
        if self.ok:
            return f"all {self.entities:,} entities identical"
        return (
            f"{self.wrong:,} of {self.entities:,} entities ({share:.1%}) not found as given, "
            f"{self.extra:,} entities that were not given"
        )


def squashed(text: str) -> str:
    return _SPACE.sub("", text)


def expected_entities(documents: dict[str, list[Span]]) -> Counter[tuple[str, str]]:
    return Counter(
        (label, squashed(text[s:e])) for text, spans in documents.items() for s, e, label in spans
    )


def conll_entities(lines: Iterable[str]) -> Iterator[tuple[str, str]]:
    """(label, tokens joined without spaces) of every IOB2/IOB1 entity; the tag is the last column."""
    label, tokens = "", list[str]()
    for line in lines:
        parts = line.split()
        tag = parts[-1] if parts and not line.startswith("-DOCSTART-") else "O"
        prefix, _, kind = tag.partition("-")
        if label and (prefix != "I" or kind != label):
            yield label, "".join(tokens)
            label, tokens = "", []
        if prefix == "B" or (prefix == "I" and not label):
            label, tokens = kind, [parts[0]]
        elif prefix == "I":
            tokens.append(parts[0])
    if label:
        yield label, "".join(tokens)


def compare_conll(expected: dict[str, list[Span]], exported: Path) -> EntityCheck:
    """Entities of every .conll/.txt file under `exported` against the input spans."""
    found: Counter[tuple[str, str]] = Counter()
    for path in sorted(exported.rglob("*")):
        if path.is_file() and path.suffix in (".conll", ".txt", ".bio", ".iob"):
            with path.open(encoding="utf-8") as lines:
                found.update(conll_entities(lines))
    want = expected_entities(expected)
    matching = sum((want & found).values())
    return EntityCheck(
        entities=sum(want.values()), matching=matching, extra=sum((found - want).values())
    )
