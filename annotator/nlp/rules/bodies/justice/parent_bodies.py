"""ORG: a division of the police or a court with the police or court it belongs to.

`[Tòa kinh tế - Tòa án nhân dân TP.HCM]` (news27), `[Cơ quan điều tra - Công
an Hà Nội]` (news7), `[Cơ quan Cảnh sát điều tra - Bộ Công an]` (news4),
`[Phòng CSĐT tội phạm về trật tự xã hội Công an TP Hà Nội]` (news22): a
capitalised division (a court chamber, a department, an agency) and then its
parent, after a spaced dash or right after it, is one body in every gold
file. The rules read the two as two ORGs when the division's name ended in
lowercase words or the dash stood between; the parent must be police, a
court or a procuracy, so two bodies listed with a dash stay apart.
"""

from __future__ import annotations

from annotator.nlp.rules.lines import Candidate, Line, keys_of

_DIVISIONS = frozenset(keys_of("tòa phòng cục đội cơ vụ chi trại"))
_PARENTS = (
    "công an",
    "bộ công an",
    "tòa án nhân dân",
    "TAND",
    "viện kiểm sát nhân dân",
    "VKSND",
    # "[Vụ Pháp chế - Văn phòng Chính phủ]" (news31): a department of the offices
    "văn phòng chính phủ",
    "văn phòng quốc hội",
)


def divisions_with_parents(line: Line, spans: list[Candidate]) -> list[Candidate]:
    """The line's spans with a division and its parent police or court made one ORG."""
    by_start = {c.start: c for c in spans}
    out: list[Candidate] = []
    taken: set[Candidate] = set()
    for c in spans:
        if c in taken:
            continue
        parent = _parent_after(line, c, by_start)
        if parent is None:
            out.append(c)
            continue
        taken.add(parent)
        out.append(Candidate(c.start, parent.end, "ORG"))
    return out


def _parent_after(line: Line, c: Candidate, by_start: dict[int, Candidate]) -> Candidate | None:
    """The police or court ORG after the division `c`, past a spaced dash; or None."""
    if c.label != "ORG" or not line.cap(c.start) or line.key(c.start) not in _DIVISIONS:
        return None
    j = c.end
    if line.surface[j : j + 1] in (["-"], ["–"]) and line.gap(j) and line.gap(j + 1):
        j += 1
    parent = by_start.get(j)
    if parent is None or parent.label != "ORG" or not line.cap(j):
        return None
    return parent if line.longest(j, _PARENTS) > j else None
