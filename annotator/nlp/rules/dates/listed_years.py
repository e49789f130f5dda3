"""DATE: bare years listed after a dated year share its `năm` (`năm 2002 và 2003`).

Why: a list of years writes the word `năm` once, before the first (`so với năm
2002 và [2003]`, news29; `trong các năm 1996, [2000] và …`, `ở các năm 1996
và [2000]`, news30 ×2), and the gold marks every year of it a DATE of its own
(a list with `và` is two DATEs). The rules dated the first alone: a bare
four-digit number is no date where nothing places it.

A year is taken only after a comma, `và` or `hoặc` that follows a DATE ending in
a year, and only where a pause, a link or the end of the line follows it: a
count after it (`năm 2005 và 2006 người`) makes it a number of people.
"""

from __future__ import annotations

from annotator.nlp.rules.dates.forms import YEAR
from annotator.nlp.rules.lines import Candidate, Line

_LINKS = (",", "và", "hoặc")
_AFTER = (",", ".", ";", ":", ")", "và", "hoặc")


def years_listed_after(line: Line, found: list[Candidate]) -> list[Candidate]:
    """`found` with the bare years listed after a dated year added."""
    starts = {c.start for c in found}
    extra = []
    for c in found:
        end = c.end
        while _year(line, end - 1) and line.is_(end, *_LINKS) and _listed_year(line, end + 1):
            if end + 1 in starts:
                break
            extra.append(Candidate(end + 1, end + 2, "DATE"))
            end += 2
    return sorted(found + extra, key=lambda c: c.start)


def _year(line: Line, k: int) -> bool:
    return 0 <= k < line.n and YEAR.match(line.surface[k]) is not None


def _listed_year(line: Line, k: int) -> bool:
    """A bare year at k with a pause, a link or the line's end after it."""
    return _year(line, k) and (k + 1 >= line.n or line.is_(k + 1, *_AFTER))
