"""ORG: the abbreviation of a body first written inside a post names it elsewhere.

A firm or agency is often introduced only through a person's post, its short
name closing the post: `nguyên Giám đốc trung tâm ITC` (news28), `Phó giám
đốc PTSC` (news30), `Bí thư Đảng ủy Tổng Công ty (TCT) Cơ khí giao thông vận
tải Sài Gòn (SAMCO)` (news23), `Tổng thanh tra Chính phủ (TTCP)` (news29). The
post is one ROLE with its brackets (round 9's `[Chủ tịch Ủy ban châu Âu
(EC)]`), so no ORG span gave the abbreviation to the propagation of
bracketed abbreviations, and every later bare `ITC`, `SAMCO`, `thuộc PTSC`
(eight, eleven and three times in those articles) went unmarked. Only an
abbreviation of three letters or more that no gazetteer lists as a body or
place is taken (`Chủ tịch UBND` says nothing new), and written in title case
(`thương hiệu Samco`) only where no Vietnamese syllable is spelt so.
"""

from __future__ import annotations

import re

from annotator.nlp.rules.lines import Candidate, Line, add_where_free

_ABBREVIATION = re.compile(r"^[A-ZĐ]{3,6}$")


def acronyms_from_posts(chosen: list[tuple[Line, list[Candidate]]]) -> None:
    """Every line's spans with the bare mentions of abbreviations that close a post
    added as ORGs."""
    names = {a for line, spans in chosen for c in spans if (a := _closing_abbreviation(line, c))}
    if not names:
        return
    add_where_free(
        chosen,
        lambda line: [
            Candidate(i, i + 1, "ORG") for i in range(line.n) if _written_as(line, i, names)
        ],
    )


def _closing_abbreviation(line: Line, c: Candidate) -> str:
    """The abbreviation a ROLE span ends with, bare or in brackets, or ''."""
    if c.label != "ROLE" or c.end - c.start < 3:
        return ""
    last = c.end - 2 if line.surface[c.end - 1] == ")" else c.end - 1
    word = line.surface[last]
    if not _ABBREVIATION.match(word) or line.match(last, "bodies", "places") > last:
        return ""
    return word


def _written_as(line: Line, i: int, names: set[str]) -> bool:
    """Token i is one of the abbreviations, in capitals or in a foreign title case."""
    word = line.surface[i]
    if word in names:
        return True
    return word.upper() in names and line.cap(i) and line.foreign(i) and word != word.upper()
