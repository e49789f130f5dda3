"""A number after a body that counts a span of time, not the body's number.

`ngồi ở Điện Kremlin [2 nhiệm kỳ]`, `lãnh đạo Công ty Hòa Bình [10 năm]`:
a number right after a body's name followed by a word of a length of time
counts that time; it names no company or unit (news23 had `Điện Kremlin 2`
as one ORG). A year after the word keeps the number the body's own
(`Công ty 889 năm 2001`: the company is `889`, the year a date).

A number before what it counts is a count too: `mua của Công ty Thái Phong [10 máy
phát điện]`, `mua trả cho Sở [2 xe]`, `gia đình Bộ [1 lô]`. Blind, a body took such a
count in news8, news17, news26 and news27 twice; the nouns counted are data
(`counted_units`), and a district's own number stays (`Công an quận 5 người`).
"""

from __future__ import annotations

from annotator.nlp.rules.lines import Line

# Words of a length of time a number before them counts.
_SPANS = ("năm", "tháng", "tuần", "ngày", "nhiệm kỳ", "khóa", "lần", "thập kỷ")


def counts_time(line: Line, i: int) -> bool:
    """The digit token i counts the time span after it (`2 nhiệm kỳ`, `10 năm liền`)."""
    if not line.digit(i) or not line.surface[i].isdigit():
        return False
    span = line.longest(i + 1, _SPANS)
    return span > i + 1 and not line.digit(span)


# Unit nouns whose number names them: `quận 5`, `phường 10`, `số 3` are no counts.
_NUMBERED = ("quận", "phường", "số", "khu", "lữ đoàn", "sư đoàn", "trung đoàn")


def counts_things(line: Line, i: int) -> bool:
    """The digit token i counts the things after it (`10 máy phát điện`, `2 xe`), and is
    not the number of the unit noun before it (`quận 5`)."""
    if not line.digit(i) or not line.surface[i].isdigit():
        return False
    units = line.gaz.phrases("counted_units")
    span = max(line.longest(i + 1, units), line.match(i + 1, "vehicles"))
    numbered = any(line.ending(i, (unit,)) for unit in _NUMBERED)
    return span > i + 1 and not line.digit(span) and not numbered
