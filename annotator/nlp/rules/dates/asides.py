"""A day named in words with its date beside it: `chiều nay (30/4)`, `hôm nay 5-4`,
`thứ ba, ngày 20/7`, `Thứ năm, 21/04/2022 16:25`.

Whether the date after a relative day or a weekday belongs to it is decided by
what stands between them (a bracket, a comma, nothing); kept apart from the
other forms of dates (`calendar_dates`), which call it once a day word has been read.
"""

from __future__ import annotations

from annotator.nlp.rules.dates.forms import (
    DASHED,
    DAY_MONTH,
    bare_day,
    dashed_day,
    day_month,
    weekday_at,
)
from annotator.nlp.rules.dates.times import clock_at
from annotator.nlp.rules.lines import Line


def dated_aside(line: Line, i: int) -> int:
    """`chiều nay (30/4)`, `Hôm nay (25-4)`, `đêm qua 04/04/2022`, `Sáng qua, 16-1`:
    the date belongs to it."""
    if i < line.n and (bare_day(line, i) or DAY_MONTH.match(line.surface[i])):
        return i + 1  # "ngày mai 5-4", "đêm qua 04/04/2022"
    if line.surface[i : i + 1] == [","] and bare_day(line, i + 1):
        return i + 2
    return aside_end(line, i)


def dated_today(line: Line, i: int) -> int:
    """End of `hôm nay 5-4`, `hôm nay (13/4)` at i: a lowercase relative day with its date,
    or -1."""
    if not (line.is_(i, "hôm") and line.is_(i + 1, "nay", "qua")):
        return -1
    if bare_day(line, i + 2):
        return i + 3
    return aside_end(line, i + 2) if aside_end(line, i + 2) > i + 2 else -1


def aside_end(line: Line, i: int) -> int:
    """End of a bracketed date at i (`(25-4)`, `(30/4)`), or i.

    A bracket glued to the word before it (`tuần này(06/12/2005)`) dates a linked
    headline, not the day named: two DATEs in the gold (news11, news13).
    """
    closed = line.surface[i : i + 1] == ["("] and i + 2 < line.n and line.surface[i + 2] == ")"
    if closed and not line.gap(i):
        return i
    if not closed:
        return i
    inner = line.surface[i + 1]
    return i + 3 if day_month(inner) or (DASHED.match(inner) and dashed_day(inner)) else i


def weekday(line: Line, i: int) -> tuple[int, int]:
    """`thứ ba, ngày 20/7`: a weekday is a DATE of its own before a date; written
    with the date and no comma it is one (`hôm thứ Năm 3/3`, `hôm thứ Ba (14/5)`), and so is a
    byline's timestamp with its clock time (`Thứ năm, 21/04/2022 16:25`, `Chủ nhật, …`)."""
    day = weekday_at(line, i)
    if day < 0 or day + 1 >= line.n:
        return -1, -1
    start = i - 1 if line.is_(i - 1, "hôm") else i
    if bare_day(line, day):
        return start, day + 1
    if aside_end(line, day) > day:
        return start, aside_end(line, day)  # "hôm thứ Ba (14/5)"
    if line.surface[day] != ",":
        return -1, -1
    if day_month(line.surface[day + 1]) and day + 2 < line.n and clock_at(line, day + 2) > 0:
        return i, day + 3
    return (i, day) if line.is_(day + 1, "ngày") or day_month(line.surface[day + 1]) else (-1, -1)
