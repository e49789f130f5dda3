"""A number after a body that counts a span of time, not the body's number.

`ngồi ở Điện Kremlin [2 nhiệm kỳ]`, `lãnh đạo Công ty Hòa Bình [10 năm]`:
a number right after a body's name followed by a word of a length of time
counts that time; it names no company or unit (news23 had `Điện Kremlin 2`
as one ORG). A year after the word keeps the number the body's own
(`Công ty 889 năm 2001`: the company is `889`, the year a date).
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
