"""DOC: the projects a plan lists by their titles after `các đề án`.

A government or a city lists the projects it runs by title, each one DOC:
`bổ sung các đề án: [Phòng chống các loại tội phạm sử dụng công nghệ cao];
[Tăng cường năng lực …]; [xây dựng trung tâm thông tin tội phạm]...`
(news27), `thực hiện các đề án [Cải cách hành chính] - [Nâng cao hiệu quả
kinh tế] - [Cải thiện môi trường xã hội]; tổ chức …` (news28). The rules
read a project only by a number or `về`. After a colon the list runs to the
sentence's end, item by item between semicolons, in whatever case; without
one its items are capitalised titles between spaced dashes, and the clause
after the last semicolon is the sentence going on. Projects in general (`các
đề án lớn`, `các đề án của bộ`) have no title after them and give none.
"""

from __future__ import annotations

from annotator.nlp.rules.lines import Candidate, Line

_PLURAL = ("các", "những", "mấy")
_LONGEST_ITEM = 16
_DASHES = ("-", "–")
_ENDS = (".", "!", "?", "…", "...")


def listed_projects(line: Line) -> list[Candidate]:
    """DOC candidates for each project title after a plural `đề án`."""
    found: list[Candidate] = []
    for i in line.where("đề"):
        head = line.phrase(i, "đề án")
        if head < 0 or not (line.is_(i - 1, *_PLURAL) or line.digit(i - 1)):
            continue
        colon = line.surface[head : head + 1] == [":"]
        found += _items(line, head + 1 if colon else head, colon=colon)
    return found


def _items(line: Line, k: int, *, colon: bool) -> list[Candidate]:
    """The titles from k: after a colon between semicolons, else between spaced dashes."""
    items: list[Candidate] = []
    while k < line.n and (colon or line.cap(k)):
        end = _item_end(line, k, colon=colon)
        if end - k < 2:
            break
        items.append(Candidate(k, end, "DOC"))
        separator = line.surface[end] if end < line.n else "."
        dashed = separator in _DASHES and line.gap(end) and line.gap(end + 1)
        if not (separator == ";" and colon or dashed):
            break
        k = end + 1
    return items if len(items) >= 2 else []


def _item_end(line: Line, k: int, *, colon: bool) -> int:
    """End of one title from k: up to a semicolon, a spaced dash or the sentence's end."""
    start = k
    while k < line.n and k - start < _LONGEST_ITEM:
        surface = line.surface[k]
        if surface in (";", *_ENDS) or surface.startswith(".."):
            break
        if surface in _DASHES and line.gap(k) and line.gap(k + 1):
            break
        if surface == "," and not colon:
            break
        if not line.word(k) and surface != ",":
            break
        k += 1
    return k if k - start < _LONGEST_ITEM else start
