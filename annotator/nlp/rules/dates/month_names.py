"""DATE: a month of the year called by its name, not its number (`tháng hai`,
`tháng chín năm ngoái`, `đầu tháng hai này`).

Translated world news writes the solar months in words as often as in digits:
`hồi [tháng hai]`, `vào [tháng chín năm ngoái]`, `vào [đầu tháng hai này]`
(news31 at blind time, where every one was missed); the gold marks each as it
marks `tháng 2`. The same words count things too (`mỗi tháng hai lần`, twice a
month), so a named month is a date only when something places it in time: a
word before it that places a time (`hồi`, `vào`, `từ`), an edge (`đầu`,
`cuối`), a day number (`ngày 5 tháng tư`), or a year after it (`năm 2005`,
`năm ngoái`, `này`). `tháng năm` is left alone: it is also "months and years".
The lunar `giêng` and `chạp` stay with `calendar_dates`.
"""

from __future__ import annotations

from annotator.nlp.rules.dates.forms import YEAR, in_range
from annotator.nlp.rules.dates.prefixes import qualified
from annotator.nlp.rules.lines import Line, keys_of

# Longest first: `tháng mười một` is November, not October and a count.
_NAMES = ("mười một", "mười hai", "hai", "ba", "tư", "sáu", "bảy", "tám", "chín", "mười")
# Words before a month that place it in time (`hồi tháng hai`, `từ tháng ba`).
_PLACING = frozenset(keys_of("hồi vào từ đến tới trong sang suốt"))
# The article's year or one next to it, after the month (`tháng chín năm ngoái`).
_YEARS_AROUND = frozenset(keys_of("nay ngoái trước tới sau"))
# Words after the name that make it a count (`tháng hai lần`, `tháng ba ngày`).
_COUNTED = frozenset(keys_of("lần ngày tuần tháng năm người đợt kỳ"))


def named_month(line: Line, i: int) -> tuple[int, int]:
    """(start, end) of a month named in words at the `tháng` i, or (-1, -1)."""
    name = line.longest(i + 1, _NAMES)
    if name < 0:
        return -1, -1
    end = _year_after(line, name)
    start = _day_before(line, i)
    placed = line.key(start - 1) in _PLACING or start < i or end > name
    if not placed or (end == name and line.key(name) in _COUNTED):
        return -1, -1
    if line.digit(start - 1) or line.is_(start - 1, "mỗi", "một", "các", "những"):
        return -1, -1
    return start, end


def _year_after(line: Line, k: int) -> int:
    """End of `năm 2005`, `năm ngoái`, `này` after a named month at k, or k."""
    if line.is_(k, "năm") and k + 1 < line.n and YEAR.match(line.surface[k + 1]):
        return k + 2
    if line.is_(k, "năm") and line.key(k + 1) in _YEARS_AROUND:
        return k + 2
    return k + 1 if line.is_(k, "này") else k


def _day_before(line: Line, i: int) -> int:
    """Start of `ngày 5`, `mùng 3` or an edge (`đầu`, `cuối`) before the `tháng` i."""
    day = line.surface[i - 1] if i > 0 else None
    if in_range(day, 1, 31) and line.is_(i - 2, "ngày", "mùng", "mồng"):
        return i - 2
    return qualified(line, i)
