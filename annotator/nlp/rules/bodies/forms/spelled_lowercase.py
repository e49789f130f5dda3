"""A lowercase body spelled out before its listed abbreviation: `cơ quan điều tra (CQĐT)`.

A lowercase phrase whose initials spell a bracketed abbreviation may be
anything (`quyền sử dụng đất (QSDĐ)`, `đại hội đồng cổ đông (ĐHĐCĐ)`), so
the capitalised names have a rule of their own (spelled_bodies) and these
are left alone, except where the abbreviation is itself a listed body
(`HĐXX`, `CQĐT`): then the phrase is that body written out, and the gold
marks phrase and brackets as one ORG (`hội đồng xét xử (HĐXX)`).
"""

from __future__ import annotations

from annotator.nlp.rules.bodies.body_phrases import acronym_aside
from annotator.nlp.rules.bodies.forms.spelled import initials_of
from annotator.nlp.rules.lines import Candidate, Line


def spelled_lowercase_bodies(line: Line) -> list[Candidate]:
    """ORG candidates: lowercase words spelling a listed body's abbreviation, and the brackets."""
    found = []
    for i in line.where("("):
        if i == 0 or acronym_aside(line, i) < 0:
            continue
        if line.match(i + 1, "bodies") != i + 2:
            continue
        letters = initials_of(line.surface[i + 1])
        start = i - len(letters)
        if start < 0 or not all(line.lower(k) for k in range(start, i)):
            continue
        spelled = "".join(initials_of(line.surface[k][0].upper()) for k in range(start, i))
        if spelled == letters:
            found.append(Candidate(start, i + 3, "ORG"))
    return found
