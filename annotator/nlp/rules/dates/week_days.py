"""DATE: a day of the week placed in a week relative to the article's.

`sáng sớm thứ 5 tuần trước`, `thứ hai tới đây`, `thứ Sáu tuần này`, `hôm thứ Ba
tuần qua`: a weekday followed by the week it falls in names one day, with the
part of day or `hôm` before it. Missed blind in news18 and news19, as the weeks
themselves were (`tuần trước`, `tuần này`: news3, news4, news13). Without the
week after it a weekday is left to the other rules: `thứ hai`, `thứ 5` are
ordinals as often (`đêm thứ ba trong chiến dịch`, `kỳ họp thứ 5`), and the gold
leaves a weekday of habit unmarked (`làm cả ngày thứ 7 và chủ nhật`).

`hôm` before a weekday names one past day alone (`Allawi hôm thứ ba cho biết`,
`bị ám sát hôm thứ hai`: news21, news23 at blind time; news5 with its date after);
every gold file marks it. An ordinal day is `ngày thứ hai của …`, `hôm thứ hai
liên tiếp`: a word of order after the weekday leaves it out.
"""

from __future__ import annotations

from annotator.nlp.rules.dates.forms import weekday_at
from annotator.nlp.rules.dates.times import part_of_day
from annotator.nlp.rules.lines import Line

# The week a weekday falls in, relative to the article's.
_WEEKS = (
    "tuần này",
    "tuần trước",
    "tuần tới",
    "tuần sau",
    "tuần qua",
    "tuần vừa qua",
    "tới đây",
    "vừa qua",
)
# Words a time follows (`vào thứ hai tới đây`); after any other word `thứ hai` may be an
# ordinal (`kỳ họp thứ 5 tới đây`, `người thứ hai`).
_TIME_BEFORE = ("vào", "từ", "đến", "tới", "trong", "hồi", "sang", "cho", "lúc", "hôm", "ngày")
# Weekdays written with a digit (`thứ 5`): Monday is `thứ 2`, Saturday `thứ 7`.
_DIGIT_DAYS = frozenset("234567")


def week_day(line: Line, i: int) -> tuple[int, int]:
    """(start, end) of a weekday at i with the week it falls in after it, or (-1, -1)."""
    day = weekday_at(line, i)
    if day < 0 and line.is_(i, "thứ") and i + 1 < line.n and line.surface[i + 1] in _DIGIT_DAYS:
        day = i + 2
    end = line.longest(day, _WEEKS) if day > 0 else -1
    if end < 0:
        return -1, -1
    start = i - 1 if line.is_(i - 1, "hôm", "ngày") else i
    for back in (3, 2, 1):
        if start - back >= 0 and part_of_day(line, start - back) == start:
            return start - back, end  # "sáng sớm thứ 5 tuần trước"
    opens = start == 0 or not line.word(start - 1) or line.is_(start - 1, *_TIME_BEFORE)
    return (start, end) if opens or start < i else (-1, -1)  # "nhập viện hôm thứ sáu tuần trước"


# Words after `hôm thứ hai` that make it the second day of something, not Monday.
_ORDER_AFTER = ("của", "liên", "trong", "kể", "sau", "thì")


# Parts of the day a weekday is named with (`tối thứ sáu`); `đêm thứ ba` and `ngày thứ
# hai` count nights and days as often (`đêm thứ ba trong chiến dịch`, news19).
_DAY_PARTS = ("sáng", "chiều", "tối", "trưa")
_PAUSES = (",", ".", ";", ":", "!", "?")


def day_of_hom(line: Line, i: int) -> tuple[int, int]:
    """(start, end) of `hôm thứ ba`, `tối thứ sáu` at the weekday i (nothing after it
    that counts days), or of `vào thứ hai` ending its clause; (-1, -1) otherwise.
    Asked when no week or date follows the weekday. A part of day or `vào` before a
    weekday names one day as `hôm` does (news27, news30 at blind time)."""
    day = weekday_at(line, i)
    if day < 0 and line.is_(i, "thứ") and i + 1 < line.n and line.surface[i + 1] in _DIGIT_DAYS:
        day = i + 2
    if day < 0 or line.is_(day, *_ORDER_AFTER):
        return -1, -1
    if line.is_(i - 1, "hôm", *_DAY_PARTS):
        return i - 1, day
    paused = day >= line.n or line.surface[day] in _PAUSES
    return (i, day) if line.is_(i - 1, "vào") and paused else (-1, -1)
