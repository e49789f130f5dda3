"""DATE: the year of a budget or a fiscal year (`ngân sách [2004]`, `NSNN [2005]`,
`[năm tài chính 2004]`).

Why: a bare year is a DATE only after a word that dates it (`từ 2003`, `sinh
1945`), so the year a budget is written with was missed on unseen text in three
once-blind sets: news8 (`ngân sách [2004]`, `dự toán ngân sách [2005]`), news11
(`[năm tài chính 2004]`) and news14 (`NSNN [2005]`, `NSTW [2005]`, `NS [2005]`,
`dự toán ngân sách [2005]`). The budget's names are a closed class, listed in
`budgets.txt`: after one of them the year alone is the DATE; a fiscal year
(an entry that starts with `năm`) is one DATE with its year. An amount written
with a year-shaped number (`ngân sách 2000 tỷ đồng`) is no year.
"""

from __future__ import annotations

from annotator.nlp.rules.dates.forms import YEAR
from annotator.nlp.rules.lines import Candidate, Line

# Words after a number that make it an amount, not a year.
_AMOUNTS = ("tỷ", "tỉ", "triệu", "nghìn", "ngàn", "đồng", "USD", "đô", "euro", "%", "người")


def budget_years(line: Line) -> list[Candidate]:
    """DATE candidates for a year written right after a budget's name."""
    found: dict[int, Candidate] = {}
    for i in line.listed():
        end = line.match(i, "budgets")
        if end < 0 or end >= line.n or not YEAR.match(line.surface[end]):
            continue
        if line.is_(end + 1, *_AMOUNTS) or end in found:
            continue  # "ngân sách 2000 tỷ đồng"; "năm ngân sách 2005" found at `năm`
        start = i if line.is_(i, "năm") else end
        found[end] = Candidate(start, end + 1, "DATE")
    return list(found.values())
