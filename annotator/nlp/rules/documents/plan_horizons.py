"""DOC: the horizon a plan or a strategy is named with is part of its name.

`Nghị quyết về chiến lược cải cách tư pháp đến năm 2020`, `quy hoạch phát
triển ngành công nghiệp ô tô đến năm 2010, tầm nhìn đến 2020`: the gold keeps
the years a plan runs to inside the DOC (dev, news2, news12, news23, news24,
news25), and blind the rules cut the name before them and marked the year a
DATE in news23 and news25 (a stretch, `giai đoạn 2006-2020`, already stays
inside a subject after `về`). Only a name with a
word of planning (`plans.txt`) takes it: `đến năm 2020` after any other
document is when something happens.
"""

from __future__ import annotations

from annotator.nlp.rules.lines import Line
from annotator.nlp.rules.phrases import YEARISH

_UNTIL = ("đến", "tới")


def horizon(line: Line, start: int, end: int) -> int:
    """End of the horizon after a plan's name that runs from start to end, or end."""
    plans = line.gaz.phrases("plans")
    if end <= start or not any(line.longest(k, plans) > k for k in range(start, end)):
        return end
    dated = _year(line, end - 1) and line.is_(end - 2, "năm", *_UNTIL)
    if not line.word(end - 1) or line.digit(end - 1) and not dated:
        return end  # "Chương trình 135 | đến năm 2010": a plan named by number, a date after
    stretch = _until_year(line, end)
    if stretch <= end and not dated:
        return end
    stretch = max(stretch, end)  # a name that already ends in its year may add its vision
    vision = stretch + 1 if line.surface[stretch : stretch + 1] == [","] else stretch
    seen = line.phrase(vision, "tầm nhìn")
    far = _until_year(line, seen) if seen > 0 else -1
    return far if far > seen else stretch


def _year(line: Line, i: int) -> bool:
    return 0 <= i < line.n and YEARISH.match(line.surface[i]) is not None


def _until_year(line: Line, i: int) -> int:
    """End of `đến năm 2020`, `tới năm 2030`, `đến 2020` at i, or -1."""
    if not line.is_(i, *_UNTIL):
        return -1
    k = i + 2 if line.is_(i + 1, "năm") else i + 1
    return k + 1 if _year(line, k) else -1
