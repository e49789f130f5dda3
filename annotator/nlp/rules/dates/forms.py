"""How dates are written in one token: `30/4`, `7.1.2022`, `12-3`, `10/2021`, `2020-2025`.

Digits are read only when they are ASCII (`lines.number`): any other text is
never a date and never raises.
"""

from __future__ import annotations

import re

from annotator.nlp.rules.lines import Line, number

DAY_MONTH = re.compile(r"^([0-9]{1,2})(?:-[0-9]{1,2})?[./]([0-9]{1,2})(?:[./]([0-9]{4}))?$")
# "30/4-1/5", "30.4-1.5.2021": a span of days across two months.
DAY_RANGE = re.compile(
    r"^([0-9]{1,2})[./]([0-9]{1,2})(?:[./][0-9]{4})?-([0-9]{1,2})[./]([0-9]{1,2})"
    r"(?:[./]([0-9]{4}))?$"
)
MONTH_YEAR = re.compile(r"^([0-9]{1,2})[./]((?:19|20)[0-9][0-9])$")
# "11-1982" after the word "tháng" (alone it could be a score or a count).
MONTH_DASH_YEAR = re.compile(r"^([0-9]{1,2})-((?:19|20)[0-9][0-9])$")
YEAR = re.compile(r"^(?:19|20)[0-9][0-9]$")
DASHED = re.compile(r"^[0-9]{1,2}-[0-9]{1,2}(?:-(?:19|20)[0-9][0-9])?$")
QUARTER = re.compile(r"^(?:I{1,3}|IV|[1-4])(?:/(?:19|20)[0-9][0-9])?$")
YEAR_RANGE = re.compile(r"^(?:19|20)[0-9][0-9]-+(?:19|20)[0-9][0-9]$")


def in_range(value: str | None, low: int, high: int) -> bool:
    """An ASCII number from low to high (`None` and other scripts' digits are not)."""
    n = number(value) if value is not None else None
    return n is not None and low <= n <= high


def day_month(text: str) -> bool:
    """`30/4`, `7.1.2022`, `24-27/4`: a valid day and month, a year after them or not."""
    m = DAY_MONTH.match(text)
    return m is not None and in_range(m.group(1), 1, 31) and in_range(m.group(2), 1, 12)


def day_range(text: str) -> bool:
    """`30/4-1/5`: two valid days and months joined by a hyphen."""
    m = DAY_RANGE.match(text)
    if m is None:
        return False
    days, months = (m.group(1), m.group(3)), (m.group(2), m.group(4))
    return all(in_range(d, 1, 31) for d in days) and all(in_range(x, 1, 12) for x in months)


def month_year(text: str, *, dashed: bool = False) -> bool:
    """`10/2021`, and `11-1982` where `dashed` (after the word `tháng` only)."""
    m = MONTH_YEAR.match(text) or (MONTH_DASH_YEAR.match(text) if dashed else None)
    return m is not None and in_range(m.group(1), 1, 12)


def dashed_day(text: str) -> bool:
    """`12-3`, `1-5-2004`: a day and month written with hyphens."""
    return day_month(text.replace("-", "/", 1).replace("-", "/"))


def bare_day(line: Line, i: int) -> bool:
    """`16-1`, `30/4`: a day and month in one token."""
    text = line.surface[i] if 0 <= i < line.n else ""
    return bool(text) and (day_month(text) or bool(DASHED.match(text)) and dashed_day(text))


def full_date(text: str) -> bool:
    """`30.4.1975`, `1/5/2006`: a valid day and month with a four-digit year."""
    m = DAY_MONTH.match(text)
    return m is not None and m.group(3) is not None and day_month(text)


def dotted_range(line: Line, i: int) -> bool:
    """`(18.4-25.4)`, `30.4.1975 - 30.4.2006`: dotted days that form a range.

    A dotted pair alone may be a number (`tăng 2.5`); two days joined by a
    hyphen are a range when both carry their year, or when the range stands
    in brackets of its own.
    """
    text = line.surface[i]
    closed = line.surface[i - 1 : i] == ["("]
    if day_range(text):
        return closed and line.surface[i + 1 : i + 2] == [")"]
    dash = line.surface[i + 1 : i + 2] in (["-"], ["–"])
    after = line.surface[i + 2] if dash and i + 2 < line.n else ""
    return dash and full_date(text) and full_date(after)


# `thứ hai` … `thứ bảy` (also written with a digit, `thứ 7`) and Sunday, which
# has no ordinal: `chủ nhật`; the weekday class is closed.
_WEEKDAY_WORDS = ("hai", "ba", "tư", "năm", "sáu", "bảy")


def weekday_at(line: Line, i: int) -> int:
    """End of a weekday at i (`thứ Năm`, `Chủ nhật`), or -1."""
    if line.is_(i, "thứ") and line.is_(i + 1, *_WEEKDAY_WORDS):
        return i + 2
    return i + 2 if line.is_(i, "chủ") and line.is_(i + 1, "nhật") else -1
