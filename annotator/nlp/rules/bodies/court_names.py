"""ORG: a foreign court by its capitalised name, and a federation's government or court.

World news names a foreign court by capitalised words after `Tòa án`: its
city (`Tòa án Palermo`), its kind (`Toà án Hiến pháp`, `Tòa án Tội phạm Chiến
tranh`) or its rank and state (`Tòa án Tối cao Palestine`): one ORG in every
gold file (news21, news23, news24, news27), which the rules missed when the
words were no listed court, and then dropped `Tòa án` as a court's type in
general. A federation's government or court is named by `liên bang`
(`[chính quyền liên bang]` news23, `[Tòa án liên bang]`, `[Chính phủ liên
bang]` news28); in the plural (`các tòa án liên bang Mỹ`) it names none.
Vietnam's own courts (`Tòa án nhân dân`, `Tòa án quân sự`) are the gazetteer's.
"""

from __future__ import annotations

from annotator.nlp.rules.lines import Candidate, Line
from annotator.nlp.rules.names import is_stop

_COURTS = ("tòa án",)
_FEDERAL_HEADS = ("tòa án", "chính phủ", "chính quyền")
_PLURAL = ("các", "những", "mọi")
# Words that open Vietnam's own courts' names, which the gazetteer reads.
_OWN = ("nhân", "quân", "ND")
_MAX_NAME = 5


def named_courts(line: Line) -> list[Candidate]:
    """ORG candidates for `Tòa án Palermo` and `chính quyền liên bang`."""
    found = []
    for i in line.where("tòa"):
        end = max(_court_name(line, i), _federal(line, i))
        if end > i:
            found.append(Candidate(i, end, "ORG"))
    for i in line.where("chính"):
        end = _federal(line, i)
        if end > i:
            found.append(Candidate(i, end, "ORG"))
    return found


def _court_name(line: Line, i: int) -> int:
    """End of `Tòa án Tội phạm Chiến tranh` at i: capitalised `Tòa án` and a capitalised run."""
    head = line.longest(i, _COURTS)
    if head < 0 or not line.cap(i) or not line.cap(head) or line.is_(head, *_OWN):
        return -1
    end = k = head
    while k < line.n and k - head < _MAX_NAME and line.word(k):
        if line.cap(k) or _second_syllable(line, k):
            end = k + 1
        elif not (line.lower(k) and line.cap(k + 1)):
            break  # "Tội phạm Chiến tranh": a word's second syllable, then the name goes on
        k += 1
    return end if end > head else -1


def _second_syllable(line: Line, k: int) -> bool:
    """`tranh` of `Chiến tranh`, `pháp` of `Hiến pháp`: a lowercase syllable right after a
    capitalised Vietnamese one, no grammar word (`Tòa án Palermo | cũng`)."""
    after_cap = line.cap(k - 1) and not line.foreign(k - 1)
    return line.lower(k) and after_cap and not is_stop(line, k)


def _federal(line: Line, i: int) -> int:
    """End of `chính quyền liên bang`, `Tòa án liên bang` at i, or -1 in the plural."""
    head = line.longest(i, _FEDERAL_HEADS)
    if head < 0 or line.phrase(head, "liên bang") < 0 or line.is_(i - 1, *_PLURAL):
        return -1
    return head + 2
