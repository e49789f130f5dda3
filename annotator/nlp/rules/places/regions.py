"""LOC: the regions of Vietnam, `[miền Bắc]`, `[miền Trung]`, `[miền Nam]`, `[Nam bộ]`.

The gazetteer knows the regions capitalised, but news writes `miền` and
`bộ` in lower case, and the rules read a place only when its words are
capitalised: `miền Nam` alone was never suggested. The settled convention
(round 14) makes a region of Vietnam one LOC, `miền` inside; a side of a
foreign state keeps the side outside (`miền Nam [Ukraine]`, `compass.py`).
Regions were missed or cut in four of nine blind sets (news3, news5, news6,
news11: `giải phóng [miền Nam]`, `khu vực [miền Trung], [miền Nam]`, `các
tỉnh [Nam bộ]`).
"""

from __future__ import annotations

from annotator.nlp.rules.lines import Candidate, Line
from annotator.nlp.rules.places.listed import place_at

_THIRDS = ("Bắc", "Trung", "Nam")
_PARTS = (
    "Bắc bộ",
    "Trung bộ",
    "Nam bộ",
    "Đông Nam bộ",
    "Tây Nam bộ",
    "Nam Trung bộ",
    "Bắc Trung bộ",
)


# The deltas, regions named by their river, written with a lowercase `đồng bằng`
# (`ở [đồng bằng sông Cửu Long]`, news12; the capitalised form is listed).
_DELTAS = ("đồng bằng sông Cửu Long", "đồng bằng sông Hồng", "đồng bằng sông Mê Kông")


def regions(line: Line) -> list[Candidate]:
    """LOC candidates of the line's regions of Vietnam."""
    found = []
    for i in line.where("đồng"):
        delta = line.longest(i, _DELTAS)
        if delta > i and line.lower(i) and line.cap(delta - 1) and not line.cap(delta):
            found.append(Candidate(i, delta, "LOC"))
    for i in line.where("miền"):
        third = line.longest(i + 1, _THIRDS)
        if third == i + 2 and line.lower(i) and line.cap(i + 1) and _alone(line, i, third):
            found.append(Candidate(i, third, "LOC"))
    for last in line.where("bộ"):
        for i in (last - 2, last - 1):
            part = line.longest(i, _PARTS)
            if part == last + 1 and line.cap(i) and line.lower(last) and not line.cap(part):
                found.append(Candidate(i, part, "LOC"))
                break
    return found


def _alone(line: Line, i: int, end: int) -> bool:
    """A region standing alone: no state after it, no anniversary's name around it."""
    return not _of_a_state(line, end) and not _in_anniversary(line, i)


_LONGEST_ANNIVERSARY = 10
_CLAUSE_MARKS = (".", ";", ":", "!", "?")


def _in_anniversary(line: Line, i: int) -> bool:
    """`kỷ niệm 30 năm giải phóng hoàn toàn miền Nam`: inside the name of an anniversary,
    an EVENT whole (round 14 decision 8), the region is no span of its own."""
    for k in range(i - 1, max(-1, i - _LONGEST_ANNIVERSARY), -1):
        if line.surface[k] in _CLAUSE_MARKS:
            return False
        if line.phrase(k, "kỷ niệm") == k + 2:
            return True
    return False


def _of_a_state(line: Line, end: int) -> bool:
    """`miền Nam | Ukraine`, `miền Bắc | nước Mỹ`, `miền Trung | Đông`: a side of somewhere else."""
    return line.cap(end) or place_at(line, end) > end or line.is_(end, "nước", "của")
