"""DOC: the National Assembly's yearly programmes in lowercase, with their year.

Why: the assembly adopts each year a programme of law-making (`chương trình
xây dựng luật, pháp lệnh 2006`, news14) and one of supervision (`chương
trình giám sát năm 2005` and `chương trình hoạt động giám sát năm 2005 của
Quốc hội`, news6); the gold marks them in lowercase as it does capitalised
(`Chương trình xây dựng luật, pháp lệnh năm 2005`, news8), but the rules took
the lowercase ones for programmes in general and kept only their year, a DATE.
The two programmes are a closed class; the year names the one paper, so a
programme with no year (`Quốc hội cần có chương trình giám sát`, news14) or
another programme with a year (`chương trình hành động năm 2006`, news3) is
none. Blind-time lines: news6 (2), news14 (1).
"""

from __future__ import annotations

from annotator.nlp.rules.bodies.orgs import org
from annotator.nlp.rules.lines import Candidate, Line
from annotator.nlp.rules.phrases import YEARISH

_PROGRAMMES = (
    "giám sát",
    "hoạt động giám sát",
    "xây dựng luật",
    "xây dựng luật , pháp lệnh",  # the comma is a token of its own
    "xây dựng luật và pháp lệnh",
    "xây dựng luật pháp lệnh",
    "xây dựng pháp luật",
)


def yearly_programmes(line: Line) -> list[Candidate]:
    """DOC candidates for a yearly programme of the assembly with its year."""
    found = []
    for i in line.where("chương"):
        if not line.is_(i + 1, "trình"):
            continue
        end = line.longest(i + 2, _PROGRAMMES)
        if end < 0:
            continue
        end = _issuer(line, end)
        year = end + 1 if line.is_(end, "năm") else end
        if year >= line.n or not YEARISH.match(line.surface[year]):
            continue
        found.append(Candidate(i, _issuer(line, year + 1), "DOC"))
    return found


def _issuer(line: Line, end: int) -> int:
    """End of `của Quốc hội` at end, or end."""
    if not line.is_(end, "của"):
        return end
    body = org(line, end + 1, loose=False)
    return body if body > end + 1 else end
