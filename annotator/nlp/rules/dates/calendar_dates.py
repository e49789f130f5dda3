"""DATE: days, months, years, parts of day, term ranges and term markers (khóa XV).

Clock times and days relative to the article are in `times`. Digits are read
only when they are ASCII (`lines.number`): any other text is never a date
and never raises.
"""

from __future__ import annotations

import re

from annotator.nlp.rules.dates.asides import aside_end, dated_aside, dated_today, weekday
from annotator.nlp.rules.dates.forms import (
    DASHED,
    QUARTER,
    YEAR,
    YEAR_RANGE,
    bare_day,
    dashed_day,
    day_month,
    day_range,
    dotted_range,
    in_range,
    month_year,
)
from annotator.nlp.rules.dates.listed_years import years_listed_after
from annotator.nlp.rules.dates.month_names import named_month
from annotator.nlp.rules.dates.prefixes import counted, edge, prefix, qualified
from annotator.nlp.rules.dates.range_days import range_ends
from annotator.nlp.rules.dates.shares import share
from annotator.nlp.rules.dates.spaced_years import spaced_year
from annotator.nlp.rules.dates.term_ordinals import ordered_term
from annotator.nlp.rules.dates.times import (
    clock_after_at,
    lunar_day,
    part_of_day,
    relative_day,
    relative_period,
    relative_year,
    timed,
)
from annotator.nlp.rules.dates.week_days import day_of_hom, week_day
from annotator.nlp.rules.lines import Candidate, Line, keys_of

_TRIGGERS = frozenset(
    keys_of(
        "tháng năm nhiệm giai khóa thứ chủ quý hôm ngày cuối đầu giữa mùng mồng tết tuần mùa xuân"
    )
)
# The lunar months called by name, not number (`giữa tháng giêng`, `mùng 13 tháng giêng
# âm lịch`, `tháng chạp`): dates as `tháng 1` is (news22, news23 at blind time).
_LUNAR_MONTHS = ("giêng", "chạp")
# Words a relative period can start with (`cuối tuần trước`, `mùa hè năm nay`).
_PERIOD_OPENERS = frozenset(keys_of("cuối đầu giữa mùa năm tháng tuần"))
# Words after which a bare year is a date: "sinh 1945", "SN 1997", "từ 2003".
_YEAR_AFTER = ("sn", "đến", "từ", "trước", "sau", "vào", "sinh", "hồi")


def _year_range_after(line: Line, i: int) -> int:
    """End of `2020 - 2025`, `2021-2026`, `2021--2026` at i, or -1."""
    if i >= line.n:
        return -1
    if YEAR_RANGE.match(line.surface[i]):
        return i + 1
    if YEAR.match(line.surface[i]):
        j = i + 1
        while j < line.n and line.surface[j] in "-–":
            j += 1
        if j > i + 1 and j < line.n and YEAR.match(line.surface[j]):
            return j + 1
    return -1


def _plan_ends(line: Line, i: int) -> bool:
    """A word of planning ends at i (`Kế hoạch | 5 năm 2021-2025`): the count of years
    names the plan (a five-year plan), and the DATE is the range alone."""
    plans = line.gaz.phrases("plans")
    return any(line.longest(k, plans) == i for k in range(max(0, i - 3), i))


def _year_at(line: Line, i: int) -> bool:
    return i < line.n and YEAR.match(line.surface[i]) is not None


def _at(line: Line, i: int) -> tuple[int, int]:
    """(start, end) of a DATE anchored at token i, or (-1, -1)."""
    text = line.surface[i]
    # Every pattern below starts at a digit or a trigger word, but for a part of day
    # (`rạng sáng nay`), which starts at a time word.
    if not text[0].isdigit() and line.keys[i] not in _TRIGGERS and line.match(i, "time_words") < 0:
        return -1, -1
    if day_month(text) or month_year(text) or day_range(text):
        return _numeric(line, i)
    found = _dashed_or_quarter(line, i)
    if found[1] <= 0:
        found = timed(line, i, _calendar)  # asked only when no dashed day or quarter is here
    if found[1] > 0:
        return found
    month = _month(line, i) if line.is_(i, "tháng") else (-1, -1)
    if month[1] > 0:
        return month
    if line.is_(i, "năm") and (_year_at(line, i + 1) or _year_range_after(line, i + 1) > 0):
        return _year_word(line, i)
    if line.phrase(i, "nhiệm kỳ") > 0 or line.phrase(i, "giai đoạn") > 0:
        end = _year_range_after(line, i + 2)
        staged = line.phrase(i, "giai đoạn") > 0 and line.is_(i + 3, "năm")
        if end < 0 and staged and counted(line, i + 2):
            end = _year_range_after(line, i + 4)  # "giai đoạn 5 năm 2006-2010"
        if line.is_(i + 2, "khóa") and line.roman(i + 3):
            end = i + 4  # "nhiệm kỳ khóa IX"
        numbered = line.roman(i + 2) or in_range(
            line.surface[i + 2] if i + 2 < line.n else None, 1, 30
        )
        if end < 0 and line.phrase(i, "nhiệm kỳ") > 0 and numbered and not line.is_(i + 3, "năm"):
            end = i + 3  # "nhiệm kỳ 6", not "nhiệm kỳ 5 năm" (a length)
        if end < 0 and line.phrase(i, "nhiệm kỳ") > 0:
            end = ordered_term(line, i)  # "nhiệm kỳ hai", "nhiệm kỳ tổng thống thứ 3"
        return (i, end) if end > 0 else (-1, -1)
    return _other(line, i)


def _year_word(line: Line, i: int) -> tuple[int, int]:
    """The DATE at `năm` before a year or a range of years, with or without a count before it."""
    ranged = _year_range_after(line, i + 1)
    written = line.digit(i - 1) and not _plan_ends(line, i - 1)
    if ranged > 0 and line.is_(i - 1, "2", "hai") and not line.is_(i - 2, "thứ", "số"):
        return i, ranged  # "trong 2 [năm 2004-2005]": a tally of the two years (news21, news28)
    if ranged > 0 and counted(line, i - 1) and written:
        return i - 1, ranged  # "Trong [5 năm 2001-2005]": the gold keeps it (news7, news22)
    if ranged > 0 and counted(line, i - 1):
        return i + 1, ranged  # "năm năm [2006-2010]": a spelled count owns its year word
    return qualified(line, i), max(i + 2, ranged)  # "năm 2002-2004"


def _calendar(line: Line, i: int) -> tuple[int, int]:
    """A calendar date (no clock time) at i, for what follows a time: `ngày 28-6`, `27-6`."""
    j = i + 1 if line.is_(i, "ngày") else i
    if j >= line.n:
        return -1, -1
    text = line.surface[j]
    if day_month(text) or month_year(text) or (DASHED.match(text) and dashed_day(text)):
        return i, j + 1
    return -1, -1


def _first_day(line: Line, i: int) -> int:
    """Start of `ngày 24 - 27/4/2021`: a range's first day joined by a hyphen before i.

    A range written with `đến` or `và` is two dates (`[ngày 26] đến [28-11]`).
    """
    first = line.surface[i - 2] if i >= 2 else None
    joined = line.surface[i - 1 : i] in (["-"], ["–"])
    if joined and in_range(first, 1, 31):
        start = prefix(line, i - 2)
        return start if start < i - 2 else i
    return i


def _dashed_or_quarter(line: Line, i: int) -> tuple[int, int]:
    """`sáng 12-3`, `ngày 12-3-2024` (after a time word only), `quý I/2021`, `quý 2 năm 2021`."""
    text = line.surface[i]
    if DASHED.match(text) and dashed_day(text):
        start = min(prefix(line, i), _first_day(line, i))  # only a dashed day has one
        if _dated(line, i, start, text):
            year = spaced_year(line, i + 1) if text.count("-") == 1 else i + 1
            return start, aside_end(line, year)
    if line.is_(i, "quý") and i + 1 < line.n and QUARTER.match(line.surface[i + 1]):
        end = i + 2
        if line.is_(end, "năm") and _year_at(line, end + 1):
            end += 2
        return i, end
    return -1, -1


def _dated(line: Line, i: int, start: int, text: str) -> bool:
    """A dashed day is a date after a day word, a holiday, or with its year (`từ 1-5-2004`)."""
    return start < i or text.count("-") == 2 or _holiday(line, i)


def _holiday(line: Line, i: int) -> bool:
    """`Quốc khánh 2-9`: a named day right before the date at i."""
    return any(line.match(k, "holidays") == i for k in range(max(0, i - 12), i))


# "21.04.2022, Sputnik": a dotted day with its month and a four-digit year is a date
# alone (a page's dateline, news5, news6, news11); no amount or share is written so.
_FULL_DOT = re.compile(r"^(?:0?[1-9]|[12][0-9]|3[01])\.(?:0?[1-9]|1[0-2])\.(?:19|20)[0-9]{2}$")


def _numeric(line: Line, i: int) -> tuple[int, int]:
    """`sáng 23.2`, `ngày 7.1.2022`, `(17/3)`, `7/2014 - 10/2017`."""
    text = line.surface[i]
    start = min(prefix(line, i), _first_day(line, i))
    bare = start == i and not month_year(text)
    dotted = "." in text and not (
        dotted_range(line, i) or _holiday(line, i) or _FULL_DOT.match(text)
    )
    if bare and (("/" in text and share(line, i)) or dotted):
        return -1, -1
    end = i + 1
    dash = line.surface[end : end + 1] in (["-"], ["–"])
    after = line.surface[end + 1] if end + 1 < line.n else ""
    if dash and (month_year(after) or (day_month(after) and not month_year(text))):
        end += 2  # "7/2014 - 10/2017", "30/4/1975 - 30/4/2021"
    return start, end


def _month(line: Line, i: int) -> tuple[int, int]:
    """`tháng 4`, `cuối tháng 7`, `tháng 10/2021`, `tháng 11-1982`, `tháng 3 năm ngoái`."""
    nxt = line.surface[i + 1] if i + 1 < line.n else ""
    if line.is_(i + 1, *_LUNAR_MONTHS):
        return _lunar_month(line, i)
    if month_year(nxt, dashed=True) or in_range(nxt, 1, 12):
        end = i + 2 if month_year(nxt, dashed=True) else spaced_year(line, i + 2)
        if line.is_(end, "năm") and _year_at(line, end + 1):
            end += 2
        end = max(end, relative_year(line, end, after_month=True))
        if _long_day(line, i):
            return prefix(line, i - 1), end
        return qualified(line, i), end
    if line.digit(i - 1) and line.is_(i + 1, "đầu", "cuối") and line.is_(i + 2, "năm"):
        end = i + 3
        if _year_at(line, end):
            end += 1
        return i - 1, end
    return named_month(line, i)


def _lunar_month(line: Line, i: int) -> tuple[int, int]:
    """`giữa tháng giêng`, `mùng 13 tháng giêng âm lịch` at the `tháng` i."""
    end = i + 4 if line.phrase(i + 2, "âm lịch") > 0 else i + 2
    if in_range(line.surface[i - 1] if i > 0 else None, 1, 31):
        if line.is_(i - 2, "mùng", "mồng"):
            return i - 2, end
        if _long_day(line, i):
            return prefix(line, i - 1), end
    return qualified(line, i), end


def _long_day(line: Line, i: int) -> bool:
    """`ngày 30 tháng 4`: a day number written before the word `tháng`."""
    day = line.surface[i - 1] if i > 0 else None
    return in_range(day, 1, 31) and line.is_(i - 2, "ngày")


def _other(line: Line, i: int) -> tuple[int, int]:
    text = line.surface[i]
    if YEAR_RANGE.match(text) and not line.is_(i - 1, "năm"):
        return i, i + 1
    if YEAR.match(text) and (line.is_(i - 1, *_YEAR_AFTER) or _year_aside(line, i)):
        return i, i + 1
    if YEAR.match(text) and (
        line.phrase(i + 1, "là một năm") > 0 or line.phrase(i + 1, "là năm") > 0
    ):
        return i, i + 1  # "2005 là một năm đầy khó khăn" (news8, news23 blind)
    if YEAR.match(text) and edge(line, i - 1) and not line.word(i + 1):
        return i - 1, i + 1  # "Cuối 2003, ông trốn sang …" (news24 blind); not "giữa 2000 người"
    if line.is_(i, "khóa") and line.roman(i + 1):
        return i, i + 2
    relative = max(relative_day(line, i), relative_year(line, i), lunar_day(line, i))
    relative = max(relative, clock_after_at(line, i), dated_today(line, i))
    if line.keys[i] in _PERIOD_OPENERS:
        relative = max(relative, relative_period(line, i))
    part = part_of_day(line, i)
    if part > i + 1 or (part == i + 1 and line.key(i) != line.key(part - 1)):
        relative = max(relative, part if line.is_(part - 1, "nay", "qua", "mai") else -1)
    if relative > i:
        return i, dated_aside(line, relative)
    placed = week_day(line, i)  # "sáng sớm thứ 5 tuần trước"
    if placed[1] < 0:
        placed = weekday(line, i)  # "hôm thứ Năm 3/3"
    return placed if placed[1] > 0 else day_of_hom(line, i)  # "hôm thứ ba"


def _year_aside(line: Line, i: int) -> bool:
    """`2 năm sau (1994)`, `Lê Văn Quang (1960)`, `Peter Mueller (1937, quốc tịch Áo)`:
    a year opening a bracket after a word that dates it or after a name dates what
    the name names, a person's birth as an event's year; every gold file marks it
    (news5, news24, news27, news30 ×7). After a common noun it labels an edition
    (`Bảng giá (2023)`)."""
    opened = line.surface[i - 1 : i] == ["("]
    closed = line.surface[i + 1 : i + 2] in ([")"], [","], [";"])
    named = line.cap(i - 2) or line.is_(i - 2, *_YEAR_AFTER)
    return opened and closed and named


def find_dates(line: Line) -> list[Candidate]:
    found: list[Candidate] = []
    i = 0
    while i < line.n:
        start, end = _at(line, i)
        if end > 0 and line.is_(end - 1, "nay", "qua", "mai"):
            # "8h30 sáng nay (18/4)", "16 giờ 30 hôm qua, 23-4": a clock before the day
            # named does not part it from its date (news12, news15).
            end = dated_aside(line, end)
        if end > 0:
            end = _year_named_after(line, end)
            found.append(Candidate(start, end, "DATE"))
            i = max(end, i + 1)
        else:
            i += 1
    return years_listed_after(line, range_ends(line, found))


def _year_named_after(line: Line, end: int) -> int:
    """End of `1/10 năm nay`, `ngày 1/7 năm ngoái`: a day and month written without a
    year take the year named after them, as a month does (`tháng 3 năm ngoái`); the
    gold keeps it inside (news12, news21, news23). `tới` or `vừa qua` after a day stay
    out, as most gold files leave them, and so does the year after a holiday's own day
    (`Quốc khánh 2-9 năm nay`: the year is the holiday's)."""
    last = end - 1
    if not bare_day(line, last) or YEAR.match(line.surface[last][-4:]) or _holiday(line, last):
        return end
    return max(end, relative_year(line, end, after_month=True))
