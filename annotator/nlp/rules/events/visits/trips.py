"""EVENT: a trip noun that refers back to the visit an article reports (`chuyến đi`).

A report of a state visit names it once (`chuyến thăm chính thức Hoa Kỳ`,
`chuyến công du của Thủ tướng`) and then writes the generic trip noun for it:
`Chuyến đi của ông Khải đến Washington`, `phản đối [chuyến đi] đó`, `[chuyến đi
lịch sử] này`. At blind time the rules missed it in news9 (1), news12 (1) and
news14 (5); the gold marks all eight in four files (settled in round 18: a bare
later mention of a specific event, the deictic outside). Alone, `chuyến đi` is
anyone's trip (`chuyến đi du lịch` in a non-political article), so it is read
as the visit only in an article with a visit EVENT, and never plural, counted
or of leisure. The nouns are listed in `trips.txt` (kind `trips`).
"""

from __future__ import annotations

from annotator.nlp.rules.events.extent.manners import manners_after
from annotator.nlp.rules.lines import Candidate, Line

# What starts the EVENT of a visit the article reports.
_VISITS = (
    "chuyến thăm",
    "chuyến công du",
    "chuyến công tác",
    "chuyến viếng thăm",
    "thăm",
    "viếng thăm",
    "công du",
    "đi thăm",
    "sang thăm",
    "đến thăm",
    "tới thăm",
)
# Words before the noun that make it many trips or any trip: "các chuyến đi".
_MANY = ("các", "những", "mỗi", "nhiều", "mấy", "vài", "từng", "mọi", "một", "hai", "ba")
# What is said of trips in general (trips of leisure anyone makes are `leisure_trips`).
_HISTORIC = ("lịch sử",)


def trips_referred_back(chosen: list[tuple[Line, list[Candidate]]]) -> None:
    """Trip nouns of an article that reports a visit become that visit's EVENT."""
    if not any(_visit(line, c) for line, spans in chosen for c in spans):
        return
    for index, (line, spans) in enumerate(chosen):
        taken = {k for c in spans for k in range(c.start, c.end)}
        trips = [c for c in _trips(line) if not taken.intersection(range(c.start, c.end))]
        if trips:
            chosen[index] = (line, sorted(spans + trips, key=_start))


def _start(c: Candidate) -> int:
    return c.start


def _visit(line: Line, c: Candidate) -> bool:
    """An EVENT that opens with a visit (`chuyến thăm …`, `[thăm] Nhật Bản`)."""
    return c.label == "EVENT" and line.longest(c.start, _VISITS) > c.start


def _trips(line: Line) -> list[Candidate]:
    """`chuyến đi`, `chuyến đi lịch sử` of one trip: no plural, count or leisure."""
    found = []
    for i in line.where("chuyến"):
        end = line.match(i, "trips")
        if end < 0 or line.is_(i - 1, *_MANY) or line.digit(i - 1):
            continue
        if line.longest(end, line.gaz.phrases("leisure_trips")) > end:
            continue
        end = max(manners_after(line, end), line.longest(end, _HISTORIC))
        found.append(Candidate(i, end, "EVENT"))
    return found
