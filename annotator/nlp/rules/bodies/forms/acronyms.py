"""ORG: a body's name that closes on its own abbreviation in brackets.

`Cơ quan phát triển quốc tế Canada (CIDA)`, `Cao ủy Liên Hợp Quốc về nhân quyền
(OHCHR)`, `Diễn đàn Kinh tế châu Á - Thái Bình Dương (APEC)`: a foreign body put
into Vietnamese is written in any case, its words neither a listed body nor a
place, and the rules read only its pieces (a post, a place). The abbreviation
in brackets right after says the words before it name one body. A body's name
with its abbreviation was cut or missed at blind time in ten of eighteen sets
(news3, news4, news6, news7, news10, news11, news12, news14, news15, news18);
the names closed by a place or a listed body are read elsewhere, and these,
led by a body's head noun (`acronym_heads`), were what was left.

The name runs from the head to the bracket over words of a name (no sentence
punctuation, no comma, no second head that would start a body of its own); when
a capitalised word or a place follows the bracket the name goes on
(`Ban Chấp hành (BCH) Trung ương`) and is left to the rules of that body.
"""

from __future__ import annotations

from annotator.nlp.rules.bodies.body_phrases import acronym_aside
from annotator.nlp.rules.lines import Candidate, Line

_MAX_WORDS = 14
_INNER_MARKS = ("-", "–", "&")


def acronym_bodies(line: Line) -> list[Candidate]:
    """ORG candidates: a listed head, the words of its name and its bracketed abbreviation."""
    found = []
    for i in line.listed():
        head = line.match(i, "acronym_heads")
        if head <= i or not line.cap(i):
            continue
        end = _bracket_end(line, head)
        if end > 0:
            found.append(Candidate(i, end, "ORG"))
    return found


def _bracket_end(line: Line, j: int) -> int:
    """End of `… (ABC)` reached over a name's words from j, or -1."""
    start = j
    while j < line.n and j - start < _MAX_WORDS:
        if line.surface[j] == "(":
            return _closed(line, j) if j > start else -1
        if not line.word(j) and line.surface[j] not in _INNER_MARKS:
            return -1
        if line.cap(j) and line.match(j, "acronym_heads") > j:
            return -1  # a second body starts: it takes its own abbreviation
        j += 1
    return -1


def _closed(line: Line, j: int) -> int:
    """End of the abbreviation at j when the name stops there, or -1."""
    end = acronym_aside(line, j)
    if end < 0 or line.match(j + 1, "places", "media") > j + 1:
        return -1  # "(TPHCM)": where the body is; "(NLĐO)": the paper that reports it
    goes_on = line.cap(end) or line.match(end, "place_units", "places") > end
    return -1 if goes_on else end
