"""A body's seat named like a person: `Công an quận [Lê Chân]`, `TAND huyện [Lê Thủy]`.

Many districts bear a famous person's name (`Lê Chân`, `Ngô Quyền`, `Trần Văn
Thời`), so the body finder, which stops a seat where a person's name could
start, leaves `Công an quận` and a LOC beside it. The place finder has already
read the name as a place after its unit noun; a body that ends in that unit
noun takes it as its seat (news24: `[Công an quận Lê Chân]`, `[TAND quận Lê
Chân]`). A post's body is left alone: after a title the name is its holder's
(`Chủ tịch UBND huyện [Đỗ Tố]PER`, news8 and news24).
"""

from __future__ import annotations

from annotator.nlp.rules.lines import Candidate, Line


def seats_after_units(line: Line, spans: list[Candidate]) -> list[Candidate]:
    """Each ORG ending in a unit noun joined with the LOC right after it."""
    places = {c.start: c for c in spans if c.label == "LOC"}
    seats = {
        c: places[c.end] for c in spans if c.end in places and _seat_of(line, c, places[c.end])
    }
    taken = set(seats.values())
    out = []
    for c in spans:
        if c in seats:
            out.append(Candidate(c.start, seats[c].end, "ORG", c.weak))
        elif c not in taken:
            out.append(c)
    return out


def _seat_of(line: Line, body: Candidate, place: Candidate) -> bool:
    if body.label != "ORG":
        return False
    unit = any(line.match(k, "place_units") == body.end for k in range(body.start, body.end))
    return unit and line.lower(body.end - 1) and line.cap(place.start)
