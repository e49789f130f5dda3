"""DATE: both ends of a range of days written with `đến` or `và` (`từ 24-1 đến 28-1`).

By the conventions a range written with a word is two DATEs; the bare day on
the side the main rules did not read is added here, once the line's dates are
known, so a date on one side vouches for the number on the other.
"""

from __future__ import annotations

import re

from annotator.nlp.rules.dates.forms import bare_day, day_month, in_range
from annotator.nlp.rules.dates.prefixes import prefix
from annotator.nlp.rules.dates.shares import share
from annotator.nlp.rules.lines import Candidate, Line, keys_of

# Words that join two dates of a range written in words (`14.4 và 15.4.2006`).
_RANGE_LINKS = frozenset(keys_of("đến tới và"))


def range_ends(line: Line, found: list[Candidate]) -> list[Candidate]:
    """`[14.4] và [15.4.2006]`, `từ [24-1] đến [28-1]`, `hai ngày ([30-11] và [1-12])`:
    days written as numbers on both sides of `đến`/`và` are dates each when one
    side is already a date or the first follows `từ` or a day word (a range
    written with `đến` or `và` is two DATEs). `tỷ số 2-1 và 1-1` stays out."""
    taken = {k for c in found for k in range(c.start, c.end)}
    extra = []
    for k in range(1, line.n - 1):
        if line.keys[k] not in _RANGE_LINKS:
            continue
        left, right = k - 1, k + 1
        sides = [(j, j in taken, _day_token(line, j)) for j in (left, right)]
        day_first = line.is_(left - 1, "ngày") and in_range(line.surface[left], 1, 31)
        if day_first and sides[1][2] and not sides[0][1]:
            # "[ngày 26] đến [28-11]"; "hai ngày [24] và [25-4]": the count owns its day word
            first = left if prefix(line, left) == left else left - 1
            extra.append(Candidate(first, left + 1, "DATE"))
            sides[0] = (left, True, True)
        elif sides[1][2] and not sides[0][1] and _bracketed_day(line, left, right):
            extra.append(Candidate(left, left + 1, "DATE"))  # "hai ngày … ([29] và [30-11])"
            sides[0] = (left, True, True)
        if not all(dated or day for _, dated, day in sides):
            continue
        if any(not dated and "/" in line.surface[j] and share(line, j) for j, dated, _ in sides):
            continue  # "từ 1/3 đến 1/2 số phiếu": shares
        if any(dated for _, dated, _ in sides) or _day_context(line, left):
            extra += [Candidate(j, j + 1, "DATE") for j, dated, _ in sides if not dated]
    return sorted(found + extra, key=lambda c: c.start)


def _bracketed_day(line: Line, i: int, later: int) -> bool:
    """`hai ngày làm việc còn lại (29 …`: a bare day opening a bracket after a day word,
    before the day of the date at `later` (`(29 và 30-11)`, not a score `(2 và 1-1)`)."""
    opened = line.surface[i - 1 : i] == ["("] and line.surface[i].isdigit()
    near = range(max(0, i - 8), i - 1)
    if not opened or not in_range(line.surface[i], 1, 31):
        return False
    after = re.split(r"[-/.]", line.surface[later])[0]
    earlier = after.isdigit() and int(line.surface[i]) < int(after)
    return earlier and any(line.is_(k, "ngày") for k in near)


def _day_token(line: Line, i: int) -> bool:
    """`14.4`, `24-1`, `30/4`, `15.4.2006`: a day and month in one token."""
    return bare_day(line, i) or day_month(line.surface[i])


def _day_context(line: Line, i: int) -> bool:
    """`từ 24-1`, `hai ngày (30-11`: a range's first day after `từ` or a day word."""
    return any(line.is_(k, "từ", "ngày") for k in range(max(0, i - 3), i))
