"""ORG: a court or hospital by its capitalised name, and a federation's government or court.

World news names a foreign court by capitalised words after `Tòa án`: its
city (`Tòa án Palermo`), its kind (`Toà án Hiến pháp`, `Tòa án Tội phạm Chiến
tranh`) or its rank and state (`Tòa án Tối cao Palestine`): one ORG in every
gold file (news21, news23, news24, news27), which the rules missed when the
words were no listed court, and then dropped `Tòa án` as a court's type in
general. A federation's government or court is named by `liên bang`
(`[chính quyền liên bang]` news23, `[Tòa án liên bang]`, `[Chính phủ liên
bang]` news28); in the plural (`các tòa án liên bang Mỹ`) it names none.
Vietnam's own courts (`Tòa án nhân dân`, `Tòa án quân sự`) are the gazetteer's.

A hospital is named the same way: `[Bệnh viện Lê Chân]` (news24), `[BV Trung
ương Huế]` (news30), `[bệnh viện Val-de-Grace]` (news30); capitalised, its
name is whatever capitalised words follow (a name like a person's, a city),
in lowercase only a foreign name that is no place (`bệnh viện Mariupol`
leaves the city a LOC, news8).
"""

from __future__ import annotations

from annotator.nlp.rules.lines import Candidate, Line
from annotator.nlp.rules.names import is_stop

_COURTS = ("tòa án",)
_HOSPITALS = ("bệnh viện", "BV")
_FEDERAL_HEADS = ("tòa án", "chính phủ", "chính quyền")
_PLURAL = ("các", "những", "mọi")
# Words that open Vietnam's own courts' names, which the gazetteer reads.
_OWN = ("nhân", "quân", "ND")
_MAX_NAME = 5


def named_institutions(line: Line) -> list[Candidate]:
    """ORG candidates for `Tòa án Palermo`, `Bệnh viện Lê Chân` and `chính quyền liên bang`."""
    found = []
    for i in [*line.where("bệnh"), *line.where("BV")]:
        end = _hospital_name(line, i)
        if end > i:
            found.append(Candidate(i, end, "ORG"))
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
    return capital_name(line, head)


def _hospital_name(line: Line, i: int) -> int:
    """End of `Bệnh viện Lê Chân`, `bệnh viện Val-de-Grace` at i, or -1."""
    head = line.longest(i, _HOSPITALS)
    if head < 0 or not line.cap(head):
        return -1
    if line.cap(i):
        return capital_name(line, head)
    foreign = line.foreign(head) and line.match(head, "places") < 0
    return capital_name(line, head) if foreign else -1


def capital_name(line: Line, head: int) -> int:
    """End of the capitalised name that starts at head (`Tội phạm Chiến tranh`), or -1."""
    end = k = head
    while k < line.n and k - head < _MAX_NAME and (line.word(k) or _glued(line, k)):
        if _glued(line, k):
            k += 2  # "Val-de-Grace": one name glued by hyphens
            end = k if line.cap(k - 1) else end
            continue
        if line.cap(k) or _second_syllable(line, k):
            end = k + 1
        elif not (line.lower(k) and line.cap(k + 1)):
            break  # "Tội phạm Chiến tranh": a word's second syllable, then the name goes on
        k += 1
    return end if end > head else -1


def _glued(line: Line, k: int) -> bool:
    """A hyphen glued to the words on both sides (`Val-de-Grace`), or a dash between two
    capitalised ones (`Bệnh viện Việt - Đức`)."""
    glued = line.surface[k : k + 1] == ["-"] and not line.gap(k) and not line.gap(k + 1)
    paired = line.surface[k : k + 1] in (["-"], ["–"]) and line.cap(k - 1) and line.cap(k + 1)
    return (glued or paired) and line.word(k + 1) and k > 0


def _second_syllable(line: Line, k: int) -> bool:
    """`tranh` of `Chiến tranh`, `pháp` of `Hiến pháp`: a lowercase syllable right after a
    capitalised Vietnamese one, no grammar word (`Tòa án Palermo | cũng`)."""
    before = line.surface[k - 1] if k > 0 else ""
    titled = before[:1].isupper() and before[1:].islower()  # not `YHDT | đồng nghĩa`
    after_cap = titled and not line.foreign(k - 1)
    return line.lower(k) and after_cap and not is_stop(line, k)


def _federal(line: Line, i: int) -> int:
    """End of `chính quyền liên bang`, `Tòa án liên bang` at i, or -1 in the plural."""
    head = line.longest(i, _FEDERAL_HEADS)
    if head < 0 or line.phrase(head, "liên bang") < 0 or line.is_(i - 1, *_PLURAL):
        return -1
    return head + 2
