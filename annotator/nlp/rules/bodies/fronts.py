"""A battle front named after its places: `Mặt trận [Rubizhne]` marks the place, no body.

`Mặt trận` alone is the short form of a front as a body (`Mặt trận Tổ
quốc`), so the rules read it as an ORG. Followed straight by a place the
rules found (`Mặt trận Kharkiv`, `Mặt trận Lyman-Kreminna` opening a
paragraph), it is a battle front: the gold marks the place alone, as in
lowercase `mặt trận Kharkiv`. A front that is a body names itself with
words, not a place (`Mặt trận Dân tộc thống nhất`, `Mặt trận Tổ quốc`).
"""

from __future__ import annotations

from annotator.nlp.rules.lines import Candidate, Line


def fronts_of_places(line: Line, spans: list[Candidate]) -> list[Candidate]:
    """The spans with `Mặt trận` before a place taken out of every ORG: the place a LOC."""
    places = {c.start for c in spans if c.label == "LOC"}
    out = []
    for c in spans:
        front = line.phrase(c.start, "mặt trận") if c.label == "ORG" else -1
        if front < 0 or not line.cap(c.start):
            out.append(c)
        elif front == c.end:
            if front not in places:
                out.append(c)  # "Mặt trận" as a body's short form: no place after it
        elif _is_place(line, front, c.end):
            out.append(Candidate(front, c.end, "LOC"))  # "Mặt trận Kharkov" read as one body
        else:
            out.append(c)
    return out


def _is_place(line: Line, start: int, end: int) -> bool:
    """A listed place, or one word of a foreign shape, fills [start, end)."""
    if line.match(start, "places") == end and line.cap(start):
        return True
    return end == start + 1 and line.foreign(start)
