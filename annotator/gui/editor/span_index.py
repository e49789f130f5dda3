"""Spans bucketed by the text blocks they touch, so painting a block reads only its spans."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Iterator

from annotator.core.model import ACCEPTED, Span


def _outer_first(span: Span) -> tuple[int, int, int]:
    return span.start, -span.end, span.id or 0


def _sweep(ordered: Iterable[Span]) -> list[Span]:
    """Layer 0 of spans sorted outer-first: each accepted span that starts after the last kept."""
    chosen: list[Span] = []
    reach = -1
    for span in ordered:
        if span.state == ACCEPTED and span.start >= reach:
            chosen.append(span)
            reach = span.end
    return chosen


def assign_layers(spans: Iterable[Span]) -> dict[int, int]:
    """Greedy interval colouring: outer and earlier spans get lower layers.

    Spans on one layer never overlap, so layer 0 can be painted as a fill and
    the deeper layers as stacked lines without hiding each other.
    """
    ordered = sorted(spans, key=_outer_first)
    layer_ends: list[int] = []
    layers: dict[int, int] = {}
    for span in ordered:
        for k, end in enumerate(layer_ends):
            if end <= span.start:
                layer_ends[k] = span.end
                layers[span.id or 0] = k
                break
        else:
            layers[span.id or 0] = len(layer_ends)
            layer_ends.append(span.end)
    return layers


class BlockSpanIndex:
    """Interval index over the spans of one document, keyed by block number.

    `block_starts` are the code-point offsets where each Qt block begins. A
    span crossing a newline is listed in every block it touches. Adding or
    removing a span costs O(spans in its blocks), independent of the total.
    """

    def __init__(self, block_starts: list[int], text_length: int) -> None:
        self._starts = block_starts or [0]
        self._length = text_length
        self._spans: dict[int, Span] = {}
        self._buckets: dict[int, list[int]] = {}
        self._layers: dict[int, dict[int, int]] = {}
        self._fills: dict[int, list[Span]] = {}

    def __len__(self) -> int:
        return len(self._spans)

    def __iter__(self) -> Iterator[Span]:
        return iter(self._spans.values())

    def get(self, span_id: int) -> Span | None:
        return self._spans.get(span_id)

    def block_of(self, cp: int) -> int:
        """Number of the block holding code point `cp`."""
        return max(0, bisect_right(self._starts, cp) - 1)

    def blocks_of(self, start: int, end: int) -> range:
        """Block numbers that a range [start, end) touches."""
        return range(self.block_of(start), self.block_of(max(start, end - 1)) + 1)

    def block_start(self, number: int) -> int:
        return self._starts[number]

    @property
    def starts(self) -> list[int]:
        """Code-point offsets where each block starts."""
        return list(self._starts)

    def add_all(self, spans: Iterable[Span]) -> None:
        """Bulk insert for loading a document, with the fills of every block ready.

        Sorting once, outer spans first, leaves every bucket in painting order,
        so each block's fills come from one sweep instead of a sort per block.
        """
        starts, buckets = self._starts, self._buckets
        for span in sorted(spans, key=_outer_first):
            assert span.id is not None
            self._spans[span.id] = span
            first = bisect_right(starts, span.start) - 1
            last = bisect_right(starts, max(span.start, span.end - 1)) - 1
            for number in range(max(0, first), max(0, last) + 1):
                bucket = buckets.get(number)
                if bucket is None:
                    buckets[number] = [span.id]
                else:
                    bucket.append(span.id)
        self._layers.clear()
        self._fills = {n: _sweep(self._spans[i] for i in ids) for n, ids in buckets.items()}

    def add(self, span: Span) -> range:
        """Insert or replace a span; returns the blocks whose painting changed."""
        assert span.id is not None
        touched = set(self.remove(span.id))
        self._spans[span.id] = span
        blocks = self.blocks_of(span.start, span.end)
        for number in blocks:
            self._buckets.setdefault(number, []).append(span.id)
            self._layers.pop(number, None)
            self._fills.pop(number, None)
        touched.update(blocks)
        return range(min(touched), max(touched) + 1) if touched else blocks

    def remove(self, span_id: int) -> range:
        """Drop a span if present; returns the blocks it was painted in."""
        span = self._spans.pop(span_id, None)
        if span is None:
            return range(0)
        blocks = self.blocks_of(span.start, span.end)
        for number in blocks:
            bucket = self._buckets.get(number, [])
            if span_id in bucket:
                bucket.remove(span_id)
            self._layers.pop(number, None)
            self._fills.pop(number, None)
        return blocks

    def in_block(self, number: int) -> list[Span]:
        """Spans touching block `number`."""
        return [self._spans[i] for i in self._buckets.get(number, ())]

    def at(self, cp: int) -> list[Span]:
        """Spans containing code point `cp`, outermost first."""
        found = [s for s in self.in_block(self.block_of(cp)) if s.start <= cp < s.end]
        return sorted(found, key=lambda s: (s.start, -s.end, s.id or 0))

    def fills(self, number: int) -> list[Span]:
        """Accepted spans on layer 0 of a block: disjoint, outer and earlier ones first.

        The same spans `layers` puts on layer 0, found in one pass and cached,
        because the highlighter asks this for every block of the document.
        """
        cached = self._fills.get(number)
        if cached is None:
            spans = self._spans
            ordered = sorted((spans[i] for i in self._buckets.get(number, ())), key=_outer_first)
            cached = self._fills[number] = _sweep(ordered)
        return cached

    def layers(self, number: int) -> dict[int, int]:
        """Layer of every span in a block: accepted and pending are layered apart."""
        cached = self._layers.get(number)
        if cached is None:
            spans = self.in_block(number)
            cached = assign_layers(s for s in spans if s.state == ACCEPTED)
            cached.update(assign_layers(s for s in spans if s.state != ACCEPTED))
            self._layers[number] = cached
        return cached
