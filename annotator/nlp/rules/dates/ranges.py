"""Dates written as bare numbers where their place says they are dates.

A range of days in brackets after what lasted (`sau 8 ngày làm việc
(18.4-25.4)`, an anniversary's `(30.4.1975 - 30.4.2006)`) is one DATE, as a
hyphenated range is by the conventions; a month or a day after a word of
time (`hoàn thành từ 12-2001`, `trước thời điểm 10-4`) is one too. Bare
numbers elsewhere stay unmarked: a score (`7/7`) or a count reads the same.
"""

from __future__ import annotations

import re

from annotator.nlp.rules.lines import Candidate, Line

_DAY_MONTH = r"(?:[12]\d|3[01]|0?[1-9])[./-](?:1[0-2]|0?[1-9])"
_MONTH_YEAR = r"(?:1[0-2]|0?[1-9])[-/](?:19|20)\d\d"
_FULL = _DAY_MONTH + r"[./-](?:19|20)\d\d"
_ONE = re.compile(rf"^(?:{_FULL}|{_DAY_MONTH})$")
_GLUED_RANGE = re.compile(rf"^(?:{_FULL}|{_DAY_MONTH})-(?:{_FULL}|{_DAY_MONTH})$")
_MONTH = re.compile(rf"^{_MONTH_YEAR}$")
_DAY = re.compile(rf"^{_DAY_MONTH}$")
# Words after which a month of a year is a point in time (`từ 12-2001`); a day and
# month only after a word that can only mean a time (`từ 5-10%` is a range of numbers).
_MONTH_WORDS = ("từ", "hồi", "đến", "tới", "trước", "sau", "cuối", "đầu", "giữa")
_DAY_WORDS = ("thời điểm", "hôm", "đêm")


def find_date_ranges(line: Line) -> list[Candidate]:
    """Bracketed ranges of dates, and bare dates after a word of time."""
    found = []
    for i in range(1, line.n - 1):
        if line.surface[i - 1] == "(":
            end = _bracketed_range(line, i)
            if end > i:
                found.append(Candidate(i, end, "DATE"))
        if line.digit(i) and _after_time(line, i):  # both forms start with a digit
            found.append(Candidate(i, i + 1, "DATE"))
    return found


def _bracketed_range(line: Line, i: int) -> int:
    """End of `18.4-25.4` or `30.4.1975 - 30.4.2006` filling a bracket opened before i, or -1."""
    if _GLUED_RANGE.match(line.surface[i]) and line.surface[i + 1 : i + 2] == [")"]:
        return i + 1
    spaced = (
        _ONE.match(line.surface[i])
        and line.surface[i + 1 : i + 2] in (["-"], ["–"])
        and i + 2 < line.n
        and _ONE.match(line.surface[i + 2])
        and line.surface[i + 3 : i + 4] == [")"]
    )
    return i + 3 if spaced else -1


def _after_time(line: Line, i: int) -> bool:
    """`từ 12-2001`, `thời điểm 10-4`: a bare date right after a word of time, then no unit."""
    if line.lower(i + 1) or line.surface[i + 1 : i + 2] == ["%"]:
        return False  # "từ 3-4 năm", "từ 5-10%": numbers counted
    if _MONTH.match(line.surface[i]):
        return line.is_(i - 1, *_MONTH_WORDS)
    return bool(_DAY.match(line.surface[i])) and any(
        line.phrase(i - len(w.split()), w) == i for w in _DAY_WORDS
    )
