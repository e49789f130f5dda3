"""ORG: a name whose initials spell the abbreviation in brackets after it.

`Bệnh viện Y học dân tộc (YHDT)`, `Social National Assembly (SNA)`: the writer
spells out the abbreviation, so the words whose initials make it are the
name, lowercase words and foreign words included, which the other rules cut
short (`Bệnh viện Y`) or do not read as a body at all. The span is a body
only when a head noun of bodies opens it or the name is in a foreign language;
a spelled-out Vietnamese phrase alone may be anything (`quyền sử dụng
(GCNQSD)`, `đại hội đồng cổ đông (ĐHĐCĐ)`, an event).
"""

from __future__ import annotations

import unicodedata

from annotator.nlp.rules.bodies.body_phrases import acronym_aside
from annotator.nlp.rules.lines import Candidate, Line


def find_spelled_bodies(line: Line) -> list[Candidate]:
    """ORG candidates: a head noun or a foreign name, the spelled words, the brackets."""
    found = []
    for i in range(1, line.n - 2):
        if line.surface[i] != "(" or acronym_aside(line, i) < 0:
            continue
        start = _spelled_start(line, i, initials_of(line.surface[i + 1]))
        if start < 0:
            continue
        head = _head_before(line, start)
        if head >= 0:
            found.append(Candidate(head, i + 3, "ORG"))
        elif all(line.foreign(k) for k in range(start, i) if line.cap(k)) and line.foreign(start):
            found.append(Candidate(start, i + 3, "ORG"))
    return found


def initials_of(word: str) -> str:
    """`BCHT.Ư` → `BCHTU`: the letters without dots and diacritics, Đ as D."""
    bare = unicodedata.normalize("NFD", word.replace(".", "").replace("Đ", "D"))
    return "".join(ch for ch in bare if not unicodedata.combining(ch))


def _spelled_start(line: Line, bracket: int, letters: str) -> int:
    """Start of the words right before the bracket whose initials spell `letters`, or -1.

    A short function word (`of`, `for`, `và`) between them may be skipped."""
    k, want = bracket - 1, len(letters) - 1
    while want >= 0 and k >= 0 and line.word(k):
        initial = initials_of(line.surface[k][0]).upper()
        if initial == letters[want]:
            want -= 1
        elif not line.is_(k, "of", "for", "and", "the", "và", "de"):
            return -1
        k -= 1
    if want >= 0 or not line.cap(k + 1):
        return -1
    return k + 1


def _head_before(line: Line, start: int) -> int:
    """Start of a head noun of bodies that ends at `start` or starts there, or -1."""
    for k in range(max(0, start - 3), start + 1):
        end = line.match(k, "org_heads", "bodies")
        if k < start and end == start or k == start and end > start:
            return k
    return -1
