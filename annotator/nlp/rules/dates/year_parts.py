"""DATE: the rest or an end of a year, named before the year.

`trong những tháng còn lại của năm 2005`, `những ngày cuối năm 2004`, `các
tháng đầu năm nay`: a named part of one year is a DATE with its qualifier
inside, as `6 tháng cuối năm 2021` is (round 9, decision 2); the year alone
is found first and grows back over the part. A part without its year
(`những ngày đầu`, `những năm qua`) names no one period and is left alone.

A relative day keeps the `ngày` or `buổi` written before it (`trong [ngày hôm
qua]`, `[buổi sáng nay]`, `hết [ngày hôm nay 7-10]`), as every gold file has
it: the qualifier of a relative day is inside (guidelines, Extents). Relative
days were missed or cut in four of eight blind sets (news3, news4, news8,
news10), the day word before them in the last two.
"""

from __future__ import annotations

from annotator.nlp.rules.lines import Candidate, Line

_PLURAL = ("những", "các", "mấy")
_UNITS = ("tháng", "ngày", "tuần")
_PARTS = ("còn lại", "cuối", "đầu", "cuối cùng", "giữa")


def parts_of_a_year(line: Line, spans: list[Candidate]) -> list[Candidate]:
    """The line's DATE spans of a year, grown back over `những tháng còn lại của`,
    `những ngày` (before `cuối năm 2004`)."""
    return [_grown(line, c) if c.label == "DATE" else c for c in spans]


# The first word of a relative day, and the words before it that name the day it is.
_RELATIVE = ("hôm", "sáng", "chiều", "tối", "trưa")
_DAY_WORDS = ("ngày", "buổi")


def _grown(line: Line, c: Candidate) -> Candidate:
    if line.is_(c.start, *_RELATIVE) and line.is_(c.start + 1, "qua", "nay", "kia"):
        return Candidate(c.start - 1, c.end, "DATE") if line.is_(c.start - 1, *_DAY_WORDS) else c
    if line.is_(c.start, "cuối", "đầu", "giữa") and line.is_(c.start + 1, "năm"):
        plural = line.is_(c.start - 1, *_UNITS) and line.is_(c.start - 2, *_PLURAL)
        return Candidate(c.start - 2, c.end, "DATE") if plural else c  # "những ngày cuối năm"
    if not line.is_(c.start, "năm"):
        return c
    k = c.start - 1 if line.is_(c.start - 1, "của") else c.start
    for part in _PARTS:
        size = len(part.split())
        start = k - size
        if line.phrase(start, part) != k:
            continue
        if line.is_(start - 1, *_UNITS) and line.is_(start - 2, *_PLURAL):
            return Candidate(start - 2, c.end, "DATE")
    return c
