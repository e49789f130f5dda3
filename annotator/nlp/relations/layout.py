"""Where the spans and lines of a text are, found by bisection: searches stay linear.

A relation pattern that looks back along the line (the last event before a
speaker, the last person before `ông này là`) would scan every span of the
text for every person; on an article given as one line of 40,000 characters
that made relation suggestion quadratic. `Layout` sorts the spans once and
answers "the spans between two places" and "where this line starts" by
bisection, so each look costs the spans it returns.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

LabelledRange = tuple[int, int, str]
_NEWLINE = re.compile("\n")


def line_start_within(text: str, position: int, reach: int) -> int:
    """Where the line holding `position` starts, looking back at most `reach` characters
    (then the window's start): a bounded look, so a line of any length costs the same."""
    window = max(0, position - reach)
    newline = text.rfind("\n", window, position)
    return newline + 1 if newline >= 0 else window


@dataclass(frozen=True)
class Layout:
    """The spans sorted by start (`order`), their starts, and the text's line starts."""

    order: list[int]
    starts: list[int]
    line_starts: list[int]
    events: list[int]
    event_starts: list[int]

    @classmethod
    def of(cls, text: str, spans: Sequence[LabelledRange]) -> Layout:
        order = sorted(range(len(spans)), key=lambda i: (spans[i][0], spans[i][1]))
        breaks = [0] + [m.end() for m in _NEWLINE.finditer(text)]
        events = [i for i in order if spans[i][2] == "EVENT"]
        return cls(
            order, [spans[i][0] for i in order], breaks, events, [spans[i][0] for i in events]
        )

    def line_start(self, position: int) -> int:
        """Where the line holding `position` starts (as `text.rfind("\\n", 0, position) + 1`)."""
        return self.line_starts[bisect_right(self.line_starts, position) - 1]

    def starting_from(self, position: int) -> Iterator[int]:
        """The spans (indices, in order) that start at or after `position`, read lazily."""
        for rank in range(bisect_left(self.starts, position), len(self.order)):
            yield self.order[rank]

    def between(self, start: int, stop: int) -> list[int]:
        """The spans (indices, in order) that start in [start, stop)."""
        return self.order[bisect_left(self.starts, start) : bisect_left(self.starts, stop)]

    def last_event_between(self, start: int, stop: int) -> int | None:
        """The last event that starts in [start, stop), or None."""
        k = bisect_left(self.event_starts, stop) - 1
        return self.events[k] if k >= 0 and self.event_starts[k] >= start else None

    def first_event_from(self, position: int) -> int | None:
        """The first event that starts at or after `position`, or None."""
        k = bisect_left(self.event_starts, position)
        return self.events[k] if k < len(self.events) else None
