"""ORG: an investigating body with its police owner, and a police department by its crimes.

Investigating bodies were an error in five of seven blind sets, each time in
a form the gazetteer did not list:

- an investigating agency in lowercase with the police of a province or a
  district after it, also in lowercase: `cơ quan cảnh sát điều tra công an
  tỉnh Phú Yên`, `cơ quan an ninh điều tra - công an TP Hà Nội`. With its
  owner it is one body, as the capitalised forms (`Cơ quan CSĐT Công an tỉnh
  Nghệ An`); alone it stays unmarked (`bodies/general.py`).
- a police department named by the crimes it handles, with the abbreviation
  the press uses for `Cảnh sát điều tra`: `Cục CSĐT tội phạm về trật tự xã
  hội`, `Phòng CSĐT tội phạm về ma túy Công an tỉnh`; the gazetteer lists the
  spelled-out names, which the press shortens as it likes;
- a capitalised investigating agency with `của` and the police or ministry
  it belongs to: `[Cơ quan điều tra của Tổng cục Cảnh sát]` (news24), `[Cơ
  quan điều tra của Bộ Công an]` (news29), one body as without `của`;
- a police force by its abbreviation (`lực lượng CSGT`, `trụ sở CSGT`,
  `hoạt động của CSGT`) is the force, one ORG, as news9 has it seven times;
  counted (`15 CSGT`, `số CSGT vi phạm`) it is so many officers, no body;
- a police branch written as a name, capitalised (`theo biên bản của [Cảnh
  sát PCCC]`, news28 four times; `chuyển sang [Cảnh sát cơ động]`, news29),
  is the force at work, one ORG with the city it serves (`Cảnh sát PCCC TP
  HCM`); in lowercase after a person it is the
  person's trade (`anh Dũng, cảnh sát PCCC`), left to the post rules.
"""

from __future__ import annotations

from annotator.nlp.rules.bodies.orgs import org
from annotator.nlp.rules.lines import Candidate, Line
from annotator.nlp.rules.names import is_stop
from annotator.nlp.rules.places.listed import place_at
from annotator.nlp.rules.unit_phrases import unit_place

_AGENCIES = (
    "cơ quan điều tra",
    "cơ quan cảnh sát điều tra",
    "cơ quan an ninh điều tra",
    "cơ quan điều tra hình sự",
    "cơ quan CSĐT",
    "cơ quan ANĐT",
)
_DEPARTMENTS = ("Cục", "Phòng", "Đội")
_POLICE = ("CSĐT", "PC45", "cảnh sát điều tra", "cảnh sát kinh tế", "cảnh sát hình sự")
_MAX_CRIMES = 8
# Police forces by abbreviation: traffic, mobile, economic, criminal, environmental.
_FORCES = frozenset(("CSGT", "CSCĐ", "CSKT", "CSHS", "CSMT", "CSBV"))
# Police branches named bare: fire and rescue, mobile police.
_BRANCHES = ("Cảnh sát PCCC", "Cảnh sát cơ động", "Cảnh sát phòng cháy chữa cháy")
# Words before an abbreviation that count officers rather than name the force.
_COUNTING = ("số", "các", "những", "nhiều", "mấy", "từng", "mỗi", "vài", "hai", "ba")


def investigating_bodies(line: Line) -> list[Candidate]:
    """The line's investigating agencies with their police owner and departments by crime."""
    found = []
    for i in line.where("cơ"):
        end = max(_agency_of_police(line, i), _agency_with_owner(line, i))
        if end > i:
            found.append(Candidate(i, end, "ORG"))
    for i in range(line.n):
        if line.surface[i] in _FORCES and not _counted(line, i):
            found.append(Candidate(i, i + 1, "ORG"))
    for i in line.where("cảnh"):
        end = line.longest(i, _BRANCHES)
        if end > i and line.cap(i) and not _inside_a_name(line, i):
            found.append(Candidate(i, max(end, place_at(line, end)), "ORG"))
    for word in _DEPARTMENTS:
        for i in line.where(word):
            end = _department_by_crimes(line, i)
            if end > i:
                found.append(Candidate(i, end, "ORG"))
    return found


def _inside_a_name(line: Line, i: int) -> bool:
    """`Trung Đoàn Cảnh sát cơ động số 21`, `Phòng Cảnh sát PCCC`: a unit's name goes on
    from a capitalised word before the branch."""
    return line.cap(i - 1) and line.word(i - 1)


def _counted(line: Line, i: int) -> bool:
    """`15 CSGT`, `số CSGT vi phạm`: officers counted, not the force."""
    return line.digit(i - 1) or line.is_(i - 1, *_COUNTING)


def _agency_of_police(line: Line, i: int) -> int:
    """End of `cơ quan cảnh sát điều tra công an tỉnh Phú Yên` at i, or -1."""
    j = line.longest(i, _AGENCIES)
    if j < 0:
        return -1
    if line.surface[j : j + 1] in (["-"], ["–"]) and line.gap(j) and line.gap(j + 1):
        j += 1
    police = line.phrase(j, "công an")
    if police < 0 or not line.lower(j):
        return -1
    return unit_place(line, police, bare=False)[0]


def _agency_with_owner(line: Line, i: int) -> int:
    """End of `Cơ quan điều tra của Bộ Công an` at i, or -1."""
    j = line.longest(i, _AGENCIES)
    if j < 0 or not line.cap(i) or not line.is_(j, "của") or not line.cap(j + 1):
        return -1
    owner = org(line, j + 1, loose=False)
    return owner if owner > j + 1 else -1


def _department_by_crimes(line: Line, i: int) -> int:
    """End of `Cục CSĐT tội phạm về trật tự xã hội` at i: the crimes in lowercase, or -1."""
    if not line.cap(i):
        return -1
    police = line.longest(i + 1, _POLICE)
    crimes = line.phrase(police, "tội phạm về") if police > 0 else -1
    if crimes < 0:
        return -1
    end = j = crimes
    while j < line.n and j - crimes < _MAX_CRIMES:
        if line.lower(j) and not is_stop(line, j):
            j += 1
            end = j
        elif (line.is_(j, "và") or line.surface[j] == ",") and line.lower(j + 1):
            j += 1  # "tham nhũng, kinh tế và buôn lậu": one list of crimes
        else:
            break
    return end if end > crimes else -1
