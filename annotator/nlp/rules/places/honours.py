"""A country inside a title of honour is no LOC: `các bà mẹ Việt Nam anh hùng`.

`Bà mẹ Việt Nam anh hùng` (Heroic Vietnamese Mother) is a title the state
confers, `Doanh nhân Việt Nam tiêu biểu` one a national body awards: each
names a class of people, and the gold leaves the country in them unmarked
(news26, heldout, world), where the rules read it as a place every time. The
titles are data (`honours.txt`), matched in any case; the country is dropped
only where the whole title is written.
"""

from __future__ import annotations

from annotator.nlp.rules.lines import Candidate, Line


def drop_honour_places(line: Line, spans: list[Candidate]) -> list[Candidate]:
    """The spans without a LOC that lies inside a title of honour."""
    titles = _titles(line)
    return [c for c in spans if not (c.label == "LOC" and _inside(c, titles))]


def _titles(line: Line) -> list[tuple[int, int]]:
    honours = line.gaz.phrases("honours")
    found = []
    for i in line.starting(honours):
        end = line.longest(i, honours)
        if end > i:
            found.append((i, end))
    return found


def _inside(c: Candidate, titles: list[tuple[int, int]]) -> bool:
    return any(start <= c.start and c.end <= end for start, end in titles)
