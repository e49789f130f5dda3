"""DATE: the words before a day, month or year that belong to its date.

A part of the day or a day word (`sáng`, `chiều tối`, `ngày`, `hôm`), an edge
of a period (`cuối`, `đầu`, `nửa đầu`, `trung tuần`) are inside the DATE; a
count before `ngày` (`hai ngày 14.4 và 15.4`) keeps the day word for itself.
Read by `calendar_dates` and by `range_days`, which both open dates at a number.
"""

from __future__ import annotations

from annotator.nlp.rules.dates.times import part_of_day
from annotator.nlp.rules.lines import Line, number

# Words before `đầu` that make it part of a verb or adjective (`bắt đầu hôm
# 24/2` is "began on 24/2", not "early 24/2").
_HEAD_VERBS = ("bắt", "hàng", "dẫn", "đứng", "cầm", "ban")


def edge(line: Line, k: int) -> bool:
    """`cuối`, `đầu`, `giữa` at k opening a date (`đầu tháng 5`), not `bắt đầu`."""
    if not line.is_(k, "cuối", "đầu", "giữa"):
        return False
    return not (line.is_(k, "đầu") and line.is_(k - 1, *_HEAD_VERBS))


def qualified(line: Line, i: int) -> int:
    """Start of the qualifier before a month or year at i (`cuối`, `nửa đầu`,
    `trung tuần`), or i."""
    if edge(line, i - 1):
        return i - 2 if line.is_(i - 2, "nửa") else i - 1
    if line.is_(i - 1, "tuần") and line.is_(i - 2, "thượng", "trung", "hạ"):
        return i - 2
    return i


def counted(line: Line, i: int) -> bool:
    """A small count at i (`hai`, `2`, `5`): what follows is a number of days or years,
    not a date; `thứ ba` is a weekday and `số 54` a number, no count."""
    if line.is_(i - 1, "thứ", "số") or 0 < i < line.n and not line.gap(i):
        return False  # "thứ ba", "số 54", "tàu E1"
    count = number(line.surface[i]) if 0 <= i < line.n else None
    return count is not None and count < 32 or line.is_(i, "hai", "ba", "năm", "mười", "vài", "mấy")


def prefix(line: Line, i: int) -> int:
    """Start of `sáng`, `chiều tối`, `ngày`, `hôm`, `đêm qua` words owned by a date at i."""
    start = i
    if line.is_(start - 1, "ngày", "hôm") and not counted(line, i - 2):
        start -= 1  # not "hai ngày | 14.4 và 15.4.2006": the count owns its day word
    for back in (3, 2, 1):
        if start - back >= 0 and part_of_day(line, start - back) == start:
            return start - back
    if edge(line, start - 1) and start < i:
        start -= 1
    return start
