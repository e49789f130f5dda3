"""Reading calendar dates out of Vietnamese date expressions, for timelines.

A DATE span says `sáng 23.2`, `ngày 7.1.2022`, `tháng 4.2022`, `năm 2021`
or `nhiệm kỳ 2020 - 2025`; article metadata says `20210428` or
`2021-04-28`; a byline says `23/02/2022 11:40`. Each becomes a `DateRange`
of ISO strings as precise as the text is (`2022-02-23`, `2022-04`, `2020`).
A day and month without a year take the year of an anchor (the article's
date). Anything else is None: a timeline then falls back to another date.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

_SEP = r"[./-]"
_FULL = re.compile(rf"(?<!\d)(\d{{1,2}}){_SEP}(\d{{1,2}}){_SEP}((?:19|20)\d\d)(?!\d)")
_ISO = re.compile(r"(?<!\d)((?:19|20)\d\d)-(\d{1,2})-(\d{1,2})(?!\d)")
_COMPACT = re.compile(r"^\s*((?:19|20)\d\d)(\d\d)(\d\d)\s*$")
_MONTH_YEAR = re.compile(rf"tháng\s+(\d{{1,2}})(?:\s*{_SEP}\s*|\s+năm\s+)((?:19|20)\d\d)(?!\d)")
_MONTH = re.compile(r"tháng\s+(\d{1,2})(?![\d./-])")
_DAY_MONTH = re.compile(rf"(?<![\d.])(\d{{1,2}}){_SEP}(\d{{1,2}})(?![\d]|{_SEP}\d)")
_YEAR_RANGE = re.compile(r"(?<!\d)((?:19|20)\d\d)\s*[-–—]+\s*((?:19|20)\d\d)(?!\d)")
_YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)")


@dataclass(frozen=True)
class DateRange:
    """First and last day a date expression covers, as ISO strings of its own precision."""

    first: str
    last: str

    @property
    def year(self) -> int:
        return int(self.first[:4])

    def __str__(self) -> str:
        return self.first if self.first == self.last else f"{self.first}/{self.last}"


def _day(year: int, month: int, day: int) -> DateRange | None:
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    iso = f"{year:04d}-{month:02d}-{day:02d}"
    return DateRange(iso, iso)


def _month(year: int, month: int) -> DateRange | None:
    if not 1 <= month <= 12:
        return None
    iso = f"{year:04d}-{month:02d}"
    return DateRange(iso, iso)


def parse_date(text: str, *, anchor: DateRange | None = None) -> DateRange | None:
    """The dates `text` names, or None; `anchor` gives the year a day or month lacks."""
    lowered = unicodedata.normalize("NFC", text).lower()
    found = _COMPACT.match(lowered)
    if found:
        return _day(int(found.group(1)), int(found.group(2)), int(found.group(3)))
    found = _ISO.search(lowered)
    if found:
        return _day(int(found.group(1)), int(found.group(2)), int(found.group(3)))
    found = _FULL.search(lowered)
    if found:
        return _day(int(found.group(3)), int(found.group(2)), int(found.group(1)))
    found = _MONTH_YEAR.search(lowered)
    if found:
        return _month(int(found.group(2)), int(found.group(1)))
    found = _YEAR_RANGE.search(lowered)
    if found:
        first, last = sorted((found.group(1), found.group(2)))
        return DateRange(first, last)
    found = _YEAR.search(lowered)
    if found:
        return DateRange(found.group(1), found.group(1))
    if anchor is None:
        return None
    found = _DAY_MONTH.search(lowered)
    if found:
        return _day(anchor.year, int(found.group(2)), int(found.group(1)))
    found = _MONTH.search(lowered)
    if found:
        return _month(anchor.year, int(found.group(1)))
    return None


def earliest(dates: list[DateRange]) -> str:
    return min(d.first for d in dates) if dates else ""


def latest(dates: list[DateRange]) -> str:
    return max(d.last for d in dates) if dates else ""
