"""Within one document: which roles a person holds, who holds a role, and when.

A post comes from a HOLDS relation (PER → ROLE); a mention with no HOLDS
relation takes the roles written next to it, the guidelines' most regular
structure: roles before the name (`Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh Phan
Việt Cường`) or after it with a comma (`ông Lê Trí Thanh, Chủ tịch UBND
tỉnh`). The date is, in this order: the WHEN of an event in the sentence
(one the person PARTICIPATES in first), a DATE in the sentence, the
article's date (its metadata, or the date in its byline).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from annotator.core.dates import DateRange, parse_date
from annotator.core.registry import DATE_LABEL, EVENT_LABEL, HOLDS, PARTICIPATES, ROLE_LABEL, WHEN

HOLDS_SOURCE = "HOLDS"
WRITTEN_SOURCE = "written next to the name"
META_DATE_KEYS = ("date", "published", "publish_date", "pubdate", "datetime", "time")
# Between two roles of a list, or between the last role and the name.
_LIST_GAP = re.compile(r"^\s*(?:,|và|kiêm|;)?\s*$")
_COMMA_GAP = re.compile(r"^\s*,\s*$")
_SENTENCE_END = re.compile(r"[.!?…]+[\"”’)]*\s+(?=[\"“‘(]?[A-ZÀ-ỸĐ])|\n")


@dataclass(frozen=True)
class Dated:
    """A date found for a piece of evidence, with where it came from."""

    date: DateRange
    source: str  # "when", "sentence" or "article"
    text: str
    span: tuple[int, int] | None  # where it is written, when in the text


class DocumentEvidence:
    """One annotated document (an AnnotatedDocument) read for the registry."""

    def __init__(self, item: Any, *, states: Sequence[str] = ("accepted", "pending")) -> None:
        self.document = item.document
        self.text: str = item.document.text
        self.spans = [s for s in item.spans if s.state in states]
        self.by_id = {s.id: s for s in self.spans}
        self.relations = [
            r
            for r in item.relations
            if r.state in states and r.head in self.by_id and r.tail in self.by_id
        ]
        self._anchor: Dated | None | bool = False
        self._breaks: tuple[list[int], list[int]] | None = None
        self._outer = _outermost(self.spans)
        self._outer_starts = [span.start for span in self._outer]
        self._outer_ends = [span.end for span in self._outer]

    # -- roles ----------------------------------------------------------------------

    def roles_of(self, mention: Any) -> list[tuple[Any, str]]:
        """(ROLE span, source) of the posts this PER mention holds here."""
        held = [
            self.by_id[r.tail]
            for r in self.relations
            if r.type == HOLDS and r.head == mention.id and self.by_id[r.tail].label == ROLE_LABEL
        ]
        if held:
            return [(role, HOLDS_SOURCE) for role in held]
        return [(role, WRITTEN_SOURCE) for role in self._written_roles(mention)]

    def holder_of(self, role: Any) -> tuple[Any, str] | None:
        """(PER span, source) of who holds this ROLE here, if anyone is named."""
        for r in self.relations:
            if r.type == HOLDS and r.tail == role.id:
                return self.by_id[r.head], HOLDS_SOURCE
        for span in self.spans:
            if span.label == "PER" and role in self._written_roles(span):
                return span, WRITTEN_SOURCE
        return None

    def _written_roles(self, mention: Any) -> list[Any]:
        if any(r.type == HOLDS and r.head == mention.id for r in self.relations):
            return []
        before = self._chain(mention, backwards=True)
        after = self._chain(mention, backwards=False)
        # `Lê Văn Dũng, Chủ tịch UBND tỉnh Lê Trí Thanh`: those roles are Thanh's.
        if after and self._next_is_person(after[-1]):
            after = []
        return before + after

    def _chain(self, mention: Any, *, backwards: bool) -> list[Any]:
        """The ROLE spans of a list running up to (or on from) the mention, nearest last."""
        found: list[Any] = []
        if backwards:
            i = bisect_right(self._outer_ends, mention.start) - 1
            edge = mention.start
            while i >= 0:
                span = self._outer[i]
                if span.label != ROLE_LABEL or not _LIST_GAP.match(self.text[span.end : edge]):
                    break
                found.append(span)
                edge, i = span.start, i - 1
            return found[::-1]
        i = bisect_left(self._outer_starts, mention.end)
        edge = mention.end
        while i < len(self._outer):
            span = self._outer[i]
            gap = _COMMA_GAP if not found else _LIST_GAP
            if span.label != ROLE_LABEL or not gap.match(self.text[edge : span.start]):
                break
            found.append(span)
            edge, i = span.end, i + 1
        return found

    def _next_is_person(self, role: Any) -> bool:
        i = bisect_left(self._outer_starts, role.end)
        if i >= len(self._outer):
            return False
        following = self._outer[i]
        gap = self.text[role.end : following.start]
        return following.label == "PER" and _LIST_GAP.match(gap) is not None

    # -- dates ----------------------------------------------------------------------

    def sentence(self, position: int) -> tuple[int, int]:
        """[start, end) of the sentence around `position` (line breaks end sentences too)."""
        if self._breaks is None:
            found = list(_SENTENCE_END.finditer(self.text))
            self._breaks = ([m.start() for m in found], [m.end() for m in found])
        starts, ends = self._breaks
        i = bisect_right(ends, position) - 1
        start = ends[i] if i >= 0 else 0
        j = bisect_right(starts, position)
        while j < len(starts) and ends[j] <= position:
            j += 1
        return start, starts[j] if j < len(starts) else len(self.text)

    def date_of(self, mention: Any, role: Any) -> Dated | None:
        anchor = self.article_date()
        start, end = self.sentence(role.start)
        inside = [s for s in self.spans if s.start >= start and s.end <= end]
        events = [s for s in inside if s.label == EVENT_LABEL]
        joined = {r.tail for r in self.relations if r.type == PARTICIPATES and r.head == mention.id}
        events.sort(key=lambda e: (e.id not in joined, abs(e.start - role.start)))
        for event in events:
            for r in self.relations:
                if r.type == WHEN and r.head == event.id:
                    dated = self._dated(self.by_id[r.tail], "when", anchor)
                    if dated is not None:
                        return dated
        dates = sorted(
            (s for s in inside if s.label == DATE_LABEL), key=lambda s: abs(s.start - role.start)
        )
        for span in dates:
            dated = self._dated(span, "sentence", anchor)
            if dated is not None:
                return dated
        return anchor

    def _dated(self, span: Any, source: str, anchor: Dated | None) -> Dated | None:
        text = self.text[span.start : span.end]
        found = parse_date(text, anchor=None if anchor is None else anchor.date)
        return None if found is None else Dated(found, source, text, (span.start, span.end))

    def article_date(self) -> Dated | None:
        """The article's date: from its metadata, or the first full date in a byline."""
        if self._anchor is False:
            self._anchor = self._find_article_date()
        return self._anchor if isinstance(self._anchor, Dated) else None

    def _find_article_date(self) -> Dated | None:
        meta = self.document.meta or {}
        for key in META_DATE_KEYS:
            value = meta.get(key)
            found = parse_date(str(value)) if value else None
            if found is not None:
                return Dated(found, "article", f"{key} = {value}", None)
        for region in self.document.regions:
            if region.kind == "byline":
                text = self.text[region.start : region.end]
                found = parse_date(text)
                if found is not None and found.first.count("-") == 2:
                    return Dated(found, "article", text, (region.start, region.end))
        return None


def _outermost(spans: Sequence[Any]) -> list[Any]:
    """The spans no other span holds (`Tỉnh ủy` inside `Bí thư Tỉnh ủy` is left out), by start."""
    ordered = sorted(spans, key=lambda s: (s.start, -s.end, s.id))
    outer: list[Any] = []
    reach = -1
    for span in ordered:
        if outer and (outer[-1].start, outer[-1].end) == (span.start, span.end):
            continue  # the same extent twice (two labels): the first one speaks for both
        if span.end <= reach:
            continue
        outer.append(span)
        reach = span.end
    return outer
