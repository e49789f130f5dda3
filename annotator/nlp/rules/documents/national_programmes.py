"""DOC: a national programme by its title: `Chương trình quốc gia phòng chống tội phạm`.

A programme the state runs is named `Chương trình (mục tiêu) quốc gia` and
what it is for, in lowercase: `[Chương trình quốc gia phòng chống tội phạm]`
(news27, inside the directive that carries it out), `Chương trình mục tiêu
quốc gia giảm nghèo bền vững`. The gold marks a capitalised programme named
by its title or number as a DOC (`[Chương trình 135]`, news23; `[Chương trình
Hành động (PoA)]`, news6), and a national programme was missed at blind time;
the rules read neither a number nor `về` after it. In lowercase or in the
plural it is programmes of a kind (`các chương trình mục tiêu quốc gia`,
`thuộc chương trình mục tiêu quốc gia`: news6, news14), left unmarked. Its
period after it (`giai đoạn 2021-2025`) is a DATE of its own, its place
(`trên địa bàn`, `tại …`) outside.
"""

from __future__ import annotations

from annotator.nlp.rules.lines import Candidate, Line
from annotator.nlp.rules.phrases import clause

_TITLES = ("chương trình quốc gia", "chương trình mục tiêu quốc gia")
# Words that end the programme's purpose: its period, its place.
_ENDS = ("giai đoạn", "trên địa bàn", "tại", "ở", "trong", "đến năm", "năm")


def national_programmes(line: Line) -> list[Candidate]:
    """DOC candidates for a capitalised national programme and what it is for."""
    found = []
    for i in line.where("chương"):
        end = _programme_end(line, i)
        if end > i:
            found.append(Candidate(i, end, "DOC"))
    return found


def _programme_end(line: Line, i: int) -> int:
    """End of `Chương trình quốc gia (về) phòng chống tội phạm` at i, or -1."""
    title = line.longest(i, _TITLES)
    if title < 0 or not line.cap(i):
        return -1
    start = title + 1 if line.is_(title, "về") else title
    end = clause(line, start)
    if end < start + 1:
        return -1
    for k in range(start + 1, end):
        if line.longest(k, _ENDS) > k:
            return k
    return end
