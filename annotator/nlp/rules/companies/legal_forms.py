"""ORG: a company written in lowercase with its legal form and its name.

`thành lập [công ty TNHH Thành Phát]`, `giao cho [công ty cổ phần Hoa Việt]`:
the legal form (`TNHH`, `cổ phần`, `CP`) and the capitalised name after it
make one company however `công ty` is written. The capitalised `Công ty ...`
is a body of the gazetteer's heads too, but that reading stops where a
person's name could start, and a company's name often reads like one:
`[Công ty TNHH Hoàng Đỉnh]` was cut to `Công ty TNHH` at blind time (news27),
and its eight bare mentions after were missed with it. After a legal form
the capitalised words are the company's name in every gold file. Without a
name (`các công ty TNHH trong tỉnh`) it is a kind of company, no ORG.
"""

from __future__ import annotations

from annotator.nlp.rules.lines import Candidate, Line

_FORMS = ("TNHH", "cổ phần", "CP", "TNHH một thành viên", "TNHH MTV", "liên doanh")
_MAX_NAME = 5


def company_at(line: Line, i: int) -> int:
    """End of `công ty TNHH Thành Phát` at i, or -1."""
    head = line.phrase(i, "công ty")
    if head < 0 or line.is_(i - 1, "các", "những", "nhiều"):
        return -1
    form = max(line.phrase(head, f) for f in _FORMS)
    if form < 0:
        return -1
    end = form
    while end < line.n and end - form < _MAX_NAME and line.cap(end) and line.word(end):
        end += 1
    if end > form and line.digit(end) and line.surface[end].isdigit():
        end += 1  # "công ty CP Sông Đà 5"
    return end if end > form else -1


def find_companies(line: Line) -> list[Candidate]:
    found = []
    for i in line.listed():
        end = company_at(line, i)
        if end > i:
            found.append(Candidate(i, end, "ORG"))
    return found
