"""A period given as a range of years or months: `1984-10/1986`, `1958 -1961`.

A career summary and a term give each period as two years or month-years
joined by a dash, written glued (`11/1986-2/1989`) or with a space on one or
both sides (`1958 -1961`, `1962 - 1963`); the gold marks each one DATE. The
two ends must be years of this or the last century in order, so a score
(`2 - 1`) or a count (`1990 - 2000 người`, a noun after it) is no period.
"""

from __future__ import annotations

import re

from annotator.nlp.rules.lines import Candidate, Line
from annotator.nlp.rules.names import is_stop

_END = r"(?:(\d{1,2})/)?((?:19|20)\d\d)"
_GLUED = re.compile(rf"^{_END}[-–]{_END}$")
_ONE = re.compile(rf"^{_END}$")
# The longest period a career step or a term spans, in years.
_LONGEST = 30


def period_ranges(line: Line) -> list[Candidate]:
    """DATE candidates for year and month-year ranges (weak: a longer span wins)."""
    found = []
    for i in range(line.n):
        if not line.digit(i):
            continue
        glued = _GLUED.match(line.surface[i])
        if glued and _ordered(glued.groups()) and not _counted(line, i + 1):
            found.append(Candidate(i, i + 1, "DATE", weak=True))
            continue
        first = _ONE.match(line.surface[i])
        if first is None or i + 2 >= line.n or line.surface[i + 1] not in ("-", "–"):
            continue
        second = _ONE.match(line.surface[i + 2])
        if second and _ordered(first.groups() + second.groups()) and not _counted(line, i + 3):
            found.append(Candidate(i, i + 3, "DATE", weak=True))
    return found


def _counted(line: Line, k: int) -> bool:
    """`1990 - 2000 người`: a lowercase noun after the range makes it a count."""
    return line.lower(k) and not is_stop(line, k)


def _ordered(parts: tuple[str | None, ...]) -> bool:
    """(month, year, month, year) in time order, months valid, within `_LONGEST` years."""
    m1, y1, m2, y2 = parts
    start = int(y1 or 0) * 12 + int(m1 or 1)
    end = int(y2 or 0) * 12 + int(m2 or 12)
    months_ok = all(m is None or 1 <= int(m) <= 12 for m in (m1, m2))
    return months_ok and start <= end and int(y2 or 0) - int(y1 or 0) <= _LONGEST
