"""DOC: a document named once in full and then by a short name in the same article.

A foreign law is known by its acronym: `luật CPE` (news31, four times), and
then by the acronym alone (`nhờ [CPE]` in the headline, `huỷ bỏ [CPE]`). The
rules read a law only by a capitalised name or a lowercase subject, so the
acronym after `luật` and every bare mention of it went unmarked. An acronym
known as a body (`luật WTO`: the body's rules) or followed by a lowercase word
other than a grammar word (`Luật GT đường thủy`, a field abbreviated inside a
name) is left to the other readings.

A national programme named by its title (`Chương trình quốc gia phòng chống
tội phạm`) is then called `Chương trình quốc gia` alone (news31: `từ khi có
chỉ thị 135 và [Chương trình quốc gia]`); capitalised, with nothing after
it, that is the programme named before, and it is a DOC only where the
article named it in full.
"""

from __future__ import annotations

import re

from annotator.nlp.rules.lines import Candidate, Line
from annotator.nlp.rules.stop_words import STOP

_ACRONYM = re.compile(r"^[A-ZĐ]{2,6}$")
_PROGRAMMES = ("chương trình quốc gia", "chương trình mục tiêu quốc gia")


def acronym_laws(line: Line) -> list[Candidate]:
    """DOC candidates of `luật CPE`: a law by an acronym no body has."""
    found = []
    for i in line.where("luật"):
        if _law_acronym(line, i):
            found.append(Candidate(i, i + 2, "DOC"))
    return found


def _law_acronym(line: Line, i: int) -> bool:
    """`luật` at i with an acronym after it that ends the name."""
    j = i + 1
    if j >= line.n or not _ACRONYM.match(line.surface[j]):
        return False
    if line.lower(j + 1) and line.key(j + 1) not in STOP:
        return False  # "Luật GT đường thủy": an abbreviation inside a longer name
    return line.match(j, "bodies") < 0 and not line.cap(i - 1)


def documents_by_short_names(chosen: list[tuple[Line, list[Candidate]]]) -> None:
    """Every line's spans with the bare acronym of a law and the bare title of a
    national programme added as DOCs, where the article named them in full."""
    acronyms, titles = _named_in_full(chosen)
    if not acronyms and not titles:
        return
    for index, (line, spans) in enumerate(chosen):
        taken = {k for c in spans for k in range(c.start, c.end)}
        extra = [c for c in _short_mentions(line, acronyms, titles) if c.start not in taken]
        if extra:
            chosen[index] = (line, sorted(spans + extra, key=lambda c: c.start))


def _named_in_full(
    chosen: list[tuple[Line, list[Candidate]]],
) -> tuple[set[str], set[tuple[str, ...]]]:
    """Acronyms of laws (`luật CPE`) and programme titles the article's DOCs name."""
    acronyms, titles = set(), set()
    for line, spans in chosen:
        for c in spans:
            if c.label != "DOC":
                continue
            if c.end == c.start + 2 and _law_acronym(line, c.start):
                acronyms.add(line.surface[c.start + 1])
            title = line.longest(c.start, _PROGRAMMES)
            if 0 < title < c.end:
                titles.add(tuple(line.keys[c.start : title]))
    return acronyms, titles


def _short_mentions(
    line: Line, acronyms: set[str], titles: set[tuple[str, ...]]
) -> list[Candidate]:
    """The bare acronyms and bare capitalised titles on the line."""
    found = [Candidate(i, i + 1, "DOC") for i, s in enumerate(line.surface) if s in acronyms]
    for i in line.where("chương"):
        end = line.longest(i, _PROGRAMMES)
        bare = end > i and line.cap(i) and not line.lower(end)
        if bare and tuple(line.keys[i:end]) in titles:
            found.append(Candidate(i, end, "DOC"))
    return found
