"""DATE pieces that are not calendar dates: clock times and days relative to the article.

`15 giờ 30 phút ngày 12-5`, `9h30 sáng`, `15g30 chiều 27-6`, `4g30 sáng giờ VN
ngày 28-6`; `chiều nay`, `rạng sáng nay`, `đêm qua 04/04/2022`, `Hôm nay
(25-4)`, `Hôm 3/3`, `cuối năm nay`, bare `cuối năm`, `tháng 3 năm ngoái`, `vào năm sau`. A lone lowercase
`hôm nay` in the middle of a sentence is a DATE too (the article's day).
Lunar days: `mùng 4 Tết`, `ngày 29 Tết`, `Tết 2006`; a clock time after
`lúc` (`lúc 17 giờ`) is a time of the article's day.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from annotator.nlp.rules.dates.forms import YEAR
from annotator.nlp.rules.lines import Line, keys_of, number
from annotator.nlp.rules.names import is_stop

DateFinder = Callable[[Line, int], tuple[int, int]]

# "9h30", "15g", "7h05", "21:30".
_CLOCK = re.compile(r"^(?:[01]?[0-9]|2[0-4])(?:[hg](?:[0-5][0-9])?|:[0-5][0-9])$", re.ASCII)
_NEAR = frozenset(keys_of("nay qua mai"))
_DAY_WORDS = frozenset(keys_of("hôm ngày"))
_YEAR_AROUND = frozenset(keys_of("nay ngoái trước tới sau"))
# "giờ VN", "giờ Hà Nội", "giờ địa phương" after a clock time, inside the DATE.
_ZONES = ("VN", "Việt Nam", "Hà Nội", "địa phương", "GMT", "Mỹ", "Moscow")


def clock_at(line: Line, i: int) -> int:
    """End of a clock time at i (`9h30`, `15 giờ 30 phút`, `21:30`), or -1."""
    if _CLOCK.match(line.surface[i]):
        return _minute_mark(line, i + 1)
    hours = number(line.surface[i])
    if hours is None or hours > 24 or not line.is_(i + 1, "giờ"):
        return -1
    end = i + 2
    minutes = number(line.surface[end]) if end < line.n else None
    if minutes is not None and minutes < 60 and line.is_(end + 1, "phút"):
        end += 2
    elif minutes is not None and minutes < 60 and _day_follows(line, end + 1):
        end += 1  # "16 giờ 30 hôm qua", not "24 giờ 30 người"
    elif minutes is not None and minutes < 60 and line.surface[end + 1 : end + 2] == [","]:
        end += 1  # "Khoảng 18 giờ 20, thấy …": the minutes before a pause
    elif minutes is not None and minutes < 60 and line.surface[end + 1 : end + 2] in _MINUTE_MARKS:
        end += 2  # "16 giờ 30' chiều"
    return end


# The prime written after a clock's minutes in place of `phút` (`8h15' sáng nay`).
_MINUTE_MARKS = (["'"], ["’"])
_WRITTEN_MINUTES = re.compile(r"^[0-9]{1,2}[hg][0-5][0-9]$", re.ASCII)


def _minute_mark(line: Line, end: int) -> int:
    """`8h15' | sáng nay`, `14h30' | chiều 1/6`: the prime after written minutes is
    part of the time, and the part of day or date after it dates it (news2 and news24
    at blind time; both gold files keep the prime inside). Without minutes (`8h'`) or
    after an opening one (`'8h30'` quoted) it is a quotation mark."""
    marked = line.surface[end : end + 1] in _MINUTE_MARKS and _WRITTEN_MINUTES.match(
        line.surface[end - 1]
    )
    quoted = end >= 2 and line.surface[end - 2 : end - 1] in _MINUTE_MARKS
    return end + 1 if marked and not quoted else end


def _day_follows(line: Line, j: int) -> bool:
    """A part of day, a relative day or `ngày` at j: what dates a clock time."""
    return part_of_day(line, j) > j or relative_day(line, j) > j or line.is_(j, "ngày")


def part_of_day(line: Line, i: int) -> int:
    """End of `sáng`, `rạng sáng nay`, `chiều qua` at i, or -1."""
    end = line.match(i, "time_words")
    if end < 0:
        return -1
    return end + 1 if line.key(end) in _NEAR and line.key(end - 1) not in _NEAR else end


def zone(line: Line, i: int) -> int:
    """End of `giờ VN`, `(giờ Hà Nội)` after a time, or i when there is none."""
    if not line.is_(i, "giờ"):
        return i
    ends = [line.phrase(i + 1, z) for z in _ZONES]
    return max([i, *ends])


def timed(line: Line, i: int, date_at: DateFinder) -> tuple[int, int]:
    """(start, end) of a clock time with its part of day, zone and date, or (-1, -1).

    `date_at(line, j)` gives the (start, end) of a calendar date at j; a time
    is a DATE only with a part of day or a date after it (`9h30 sáng`,
    `12h ngày 22/4`).
    """
    end = clock_at(line, i)
    if end < 0:
        return -1, -1
    bare = end
    part = max(part_of_day(line, end), relative_day(line, end))
    end = zone(line, part if part > end else end)
    if line.surface[end : end + 1] == [","]:
        after = date_at(line, end + 1)
        end = after[1] if after[1] > 0 and after[0] == end + 1 else end
    else:
        after = date_at(line, end)
        end = after[1] if after[1] > 0 and after[0] == end else end
    return (i, end) if end > bare else (-1, -1)


def relative_day(line: Line, i: int) -> int:
    """End of `Hôm nay`, `hôm qua`, `ngày mai` at i: the article's day and the days
    next to it, wherever they stand (the gold's convention since news4), or -1.

    `ngày nay` (nowadays) and `ngày qua` (`vài ngày qua`, the past days) name no day.
    """
    if line.is_(i, "hôm") and line.is_(i + 1, "trước"):
        return i + 2 if _day_before(line, i) else -1
    if line.key(i) not in _DAY_WORDS or line.key(i + 1) not in _NEAR:
        return -1
    if line.is_(i, "ngày") and (not line.is_(i + 1, "mai") or line.digit(i - 1)):
        return -1
    if line.is_(i, "hôm") and line.key(i - 1) in _DAY_COUNTS:
        return -1  # "hai hôm nay", "mấy hôm qua": a stretch of days, not one
    if _as_today(line, i):
        return -1
    return i + 2


def _as_today(line: Line, i: int) -> bool:
    """`thành tựu như ngày hôm nay`: after `như` (as), `ngày hôm nay` is the present
    state of things compared, not the article's day; the gold leaves it unmarked in
    news24 and news29, where the rules marked it at blind time. Without `ngày` it is
    the day of the article compared (`mổ xẻ kỹ như [hôm nay]`, news16)."""
    today = line.is_(i - 1, "ngày") and line.is_(i, "hôm") and line.is_(i + 1, "nay")
    return today and line.is_(i - 2, "như")


# Counts before `hôm nay` / `hôm qua` that make them a stretch of days (`hai hôm nay`).
_DAY_COUNTS = frozenset(keys_of("vài mấy hai ba bốn năm sáu bảy mười mươi chục"))


def _day_before(line: Line, i: int) -> bool:
    """`so với hôm trước`: the day before the article's, one day. Counted (`vài hôm
    trước`) it is a stretch; with `hôm sau` after it in the line any two days are
    contrasted (`hôm trước làm, hôm sau phá`), a habit, no date."""
    if line.digit(i - 1) or line.key(i - 1) in _COUNTS or line.is_(i + 2, "đó", "khi"):
        return False
    return not any(line.is_(k + 1, "sau") for k in line.where("hôm") if k > i)


def relative_year(line: Line, i: int, *, after_month: bool = False) -> int:
    """End of `cuối năm nay`, `đầu tháng tới` at i, or of `năm ngoái` after a month; or -1."""
    j = i if after_month else i + 1
    if not after_month and not line.is_(i, "cuối", "đầu", "giữa"):
        return -1
    if line.is_(j, "năm", "tháng") and line.key(j + 1) in _YEAR_AROUND:
        return j + 2 if not after_month or line.is_(j, "năm") else -1
    if not after_month and _lunar_year(line, j) > 0:
        return _lunar_year(line, j)  # "đầu năm Ất Dậu": the edge of a named lunar year
    if not after_month and line.is_(j, "năm") and _bare_year_part(line, j + 1):
        return j + 1  # "kỳ họp cuối năm", "cuộc họp báo đầu năm": this year's
    if not after_month and line.is_(j, "năm", "tháng") and _meeting_closed(line, i, j + 1):
        return j + 1  # "kỳ họp cuối năm này": `này` points at the sitting
    if after_month:
        return -1
    if line.phrase(j, "năm mới") > 0 and j + 2 < line.n and YEAR.match(line.surface[j + 2]):
        return j + 3  # "Nhân dịp đầu năm mới 2006": the new year named
    return j + 1 if _bare_month_part(line, i, j) else -1


# Words before a bare `đầu tháng` / `cuối tuần` that make it a time (`hồi đầu tháng`,
# `vào cuối tuần`), not a habit or a kind of event (`chào cờ đầu tuần`, `họp giao ban đầu tháng`).
_TIME_BEFORE = frozenset(keys_of("hồi vào từ đến tới trong"))


def _bare_month_part(line: Line, i: int, j: int) -> bool:
    """`hồi đầu tháng`, `vào cuối tuần,`: the start or end of this month or week, nothing
    after it that names another (`đầu tháng 5`, `cuối tháng lương`)."""
    if not line.is_(j, "tháng", "tuần") or line.key(i - 1) not in _TIME_BEFORE:
        return False
    k = j + 1
    return k >= line.n or not line.word(k) or line.cap(k) or is_stop(line, k)


# Words after `cuối năm` / `đầu năm` that make it another year than the article's
# (`cuối năm đó`), a school or fiscal year (`đầu năm học`), or part of a longer date.
_OTHER_YEAR = frozenset(keys_of("đó ấy này nào học tài mới âm dương"))


def _bare_year_part(line: Line, k: int) -> bool:
    """`cuối năm` with nothing after it that names the year: the article's year.

    The gold marks every bare `cuối năm` / `đầu năm` (news12, news13 ×2, and
    `6 tháng đầu năm` in news4, news10), as it marks `cuối năm nay`.
    """
    if k < line.n and (line.word(k) and line.digit(k) or line.key(k) in _OTHER_YEAR):
        return False
    return not line.is_(k - 3, "tháng")  # "6 tháng đầu năm" is a longer date


# Meetings a deictic after their time closes (`kỳ họp cuối năm này`, `hội nghị đầu năm này`).
_SITTINGS = ("kỳ họp", "phiên họp", "cuộc họp", "buổi họp", "hội nghị", "họp báo")


def _meeting_closed(line: Line, i: int, k: int) -> bool:
    """`này` at k closes a meeting named before the period at i: "this year-end
    sitting", whose period is the article's year, not some year named earlier."""
    return line.is_(k, "này") and line.ending(i, _SITTINGS)


# A period next to the article's own, by its unit: `năm nay`, `tháng trước`, `tuần tới`.
_PERIODS = {
    keys_of("năm")[0]: frozenset(keys_of("nay ngoái tới sau trước")),
    keys_of("tháng")[0]: frozenset(keys_of("này trước tới")),
    keys_of("tuần")[0]: frozenset(keys_of("này trước tới")),
}
_SEASONS = frozenset(keys_of("xuân hè thu đông"))
# Words before a period that make it a count or a vague stretch (`5 năm tới`,
# `nhiều năm nay`, `trong vài tuần tới`), not one calendar period.
_COUNTS = frozenset(
    keys_of("một vài ít mấy những các nhiều cả hàng hai ba bốn năm sáu mười mươi chục trăm")
)


def relative_period(line: Line, i: int) -> int:
    """End of `năm nay`, `hồi năm ngoái`, `tuần tới`, `Đầu tuần tới`, `mùa hè năm nay`
    at i (qualifier and season inside), or -1; `5 năm tới`, `nhiều năm nay` are no date."""
    j = i + 1 if line.is_(i, "cuối", "đầu", "giữa") else i
    if line.is_(j, "mùa") and line.key(j + 1) in _SEASONS:
        j += 2
    unit = _PERIODS.get(line.key(j))
    if unit is None or line.key(j + 1) not in unit and not _past_edge(line, i, j):
        return -1
    if j == i and (line.digit(i - 1) or line.key(i - 1) in _COUNTS):
        return -1
    if line.is_(j + 2, "đó", "ấy", "ngày", "khi", "thềm"):
        return -1  # "tuần trước đó", "tuần trước ngày bầu cử": before another time
    return j + 2


def _past_edge(line: Line, i: int, j: int) -> bool:
    """`cuối tuần qua`, `đầu tháng qua`: the edge of the week or month just past is one
    time (news19); `tuần qua` alone is a stretch of the last seven days (`hoạt động
    liên tục trong tuần qua`, news15), no date."""
    return j == i + 1 and line.is_(j, "tuần", "tháng") and line.is_(j + 1, "qua")


def lunar_day(line: Line, i: int) -> int:
    """End of `mùng 4 Tết`, `ngày 29 Tết`, `Tết 2006`, `Tết Bính Tuất` at i, or -1
    (`Tết` alone is a holiday). `Tết Nguyên đán` names the lunar new year in full:
    a DATE in every gold file that has it (news12, news26; both missed blind)."""
    named = _lunar_year(line, i)
    if named > 0:
        return named
    if line.is_(i, "tết") and line.cap(i):
        named = line.phrase(i, "Tết Nguyên đán")
        if named > 0:
            cycle = line.match(named, "lunar_years") if line.cap(named) else -1
            return _year_after(line, max(named, cycle))  # "Tết Nguyên đán Bính Tuất"
        year = number(line.surface[i + 1]) if i + 1 < line.n else None
        return i + 2 if year is not None and 1900 <= year <= 2099 else -1
    if not line.is_(i, "mùng", "mồng", "ngày") or not line.is_(i + 2, "tết"):
        return -1
    day = number(line.surface[i + 1]) if i + 1 < line.n else None
    if day is None or not 1 <= day <= 30 or not line.cap(i + 2):
        return -1
    return max(i + 3, _lunar_year(line, i + 2))  # "mùng 4 Tết Bính Tuất"


def _year_after(line: Line, end: int) -> int:
    """End of a calendar year written right after a holiday's name (`… 2006`), or end."""
    year = number(line.surface[end]) if end < line.n else None
    return end + 1 if year is not None and 1900 <= year <= 2099 else end


def _lunar_year(line: Line, i: int) -> int:
    """End of `Tết Bính Tuất`, `Xuân Canh Tý 2020`, `năm Nhâm Dần` at i, or -1.

    A year of the sexagenary cycle names one calendar year; it needs the word
    before it (`Tết`, `Xuân`, `năm`), since its stems are given names too
    (`Nguyễn Xuân Bính`).
    """
    season = line.is_(i, "tết", "xuân") and line.cap(i)
    if not (season or line.is_(i, "năm")) or not line.cap(i + 1):
        return -1
    end = line.match(i + 1, "lunar_years")
    if end < 0:
        return -1
    year = number(line.surface[end]) if end < line.n else None
    return end + 1 if year is not None and 1900 <= year <= 2099 else end


# Words before a clock time that make it a point of the article's day: `lúc 17 giờ`,
# `Đến 17h`, `Khoảng 9h`, `từ 8h`, `trước 12h`. Not `sau` (`sau 2h đàm phán`, two
# hours later) nor `trong`, `mất` (a duration).
_POINT_WORDS = ("lúc", "đến", "tới", "khoảng", "từ", "vào", "trước")
# Before `khoảng`, a verb of how long something takes: `mất khoảng 2h` is a duration.
_DURATION_WORDS = ("mất", "trong", "kéo", "dài", "hết", "chừng", "hơn")
# Between a point word and a written clock reading, a qualifier the DATE leaves out
# (`cho đến hơn [18g]`, `đến gần [17h]`, as `khoảng [4g30 sáng]` in every gold file).
_QUALIFIERS = ("hơn", "gần")
# What ends the sentence before a clock time that opens the next one.
_SENTENCE_ENDS = (".", "!", "?", ":", ";")


def clock_after_at(line: Line, i: int) -> int:
    """End of `17 giờ`, `9h30` after `lúc`, `đến`, `khoảng` … at i (`tính tới lúc 17 giờ`,
    `Đến 17h, hết giờ làm việc`), or of a clock time opening a sentence; -1 else.

    A duration (`mất khoảng 2h`) is none, but the start of a stretch it gives is
    a time (`kéo dài từ [8g] cho đến hơn [18g]`). `hơn` / `gần` may stand between
    the point word and a written clock reading (`8g`), never a spelled one: `đến
    hơn 3 giờ` is a length.
    """
    written = _CLOCK.match(line.surface[i]) is not None
    point = i - 2 if written and line.is_(i - 1, *_QUALIFIERS) else i - 1
    if not line.is_(point, *_POINT_WORDS):
        return clock_opening(line, i)
    if line.is_(point - 1, *_DURATION_WORDS) and not line.is_(point, "từ"):
        return -1
    return clock_at(line, i)


def clock_opening(line: Line, i: int) -> int:
    """End of a clock time that opens a sentence and a comma closes (`18 giờ 30, ông
    bị còng tay`, `20 giờ 24 phút, việc khám xét kết thúc`), or -1.

    A report of one day's events dates each step by the clock this way; a length
    of time does not stand alone before a comma at a sentence's start. `Đúng`
    (exactly) opening the sentence before it makes it a point of the day too.
    """
    if line.is_(i - 1, "đúng") and line.cap(i - 1) and _opens_sentence(line, i - 1):
        return clock_at(line, i)  # "Đúng 16 giờ 35 phút, …" (news15, news22; news24 blind)
    if not _opens_sentence(line, i):
        return -1
    hours = number(line.surface[i])
    end = clock_at(line, i)
    if end < 0 or (hours is not None and hours > 23):
        return -1
    return end if line.surface[end : end + 1] == [","] else -1


def _opens_sentence(line: Line, i: int) -> bool:
    return i == 0 or line.surface[i - 1] in _SENTENCE_ENDS
