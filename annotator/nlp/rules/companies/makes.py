"""A maker's name that names a vehicle (`4 chiếc [Boeing]`, `chiếc xe [Toyota] Lexus`,
`máy bay [Boeing] 787`) is the vehicle's make, no ORG.

A company listed as a body (`Boeing`, `Toyota`) is an ORG wherever it is
written; after the classifier counting a vehicle or a noun for a car (`chiếc`,
`xe`: the `vehicles` list), or after an aircraft's noun with the model's
number after it, it names the aircraft or the car bought, and no gold file
marks it (news9, news18 twice, news20 inside an event). Blind, the make was
proposed as an ORG in news9, news18 and news20. After an aircraft's noun
without a model the name is the airline flying it (`máy bay Vietjet`), an ORG.
"""

from __future__ import annotations

from annotator.nlp.rules.lines import Candidate, Line

_LONGEST_VEHICLE = 2
_AIRCRAFT = ("máy bay", "tàu bay", "phi cơ")
# Words before a vehicle's noun that make the name after it its maker (`hãng xe Toyota`).
_MAKERS = ("sản xuất", "công ty", "tập đoàn")


def drop_makes(chosen: list[tuple[Line, list[Candidate]]]) -> None:
    """Remove, line by line, the listed companies that name a vehicle."""
    for index, (line, spans) in enumerate(chosen):
        makes = [c for c in spans if _make(line, c)]
        if makes:
            chosen[index] = (line, [c for c in spans if c not in makes])


def _make(line: Line, c: Candidate) -> bool:
    """An ORG that is one listed company, after a vehicle's noun."""
    if c.label != "ORG" or line.match(c.start, "bodies") != c.end:
        return False
    if _after_vehicle(line, c.start):
        return True
    model = line.digit(c.end) and line.gap(c.end)
    return model and any(line.ending(c.start, (a,)) for a in _AIRCRAFT)  # "máy bay Boeing 787"


def _after_vehicle(line: Line, start: int) -> bool:
    """A vehicle's noun ends at start, not after a maker's word (`hãng xe [Toyota]`)."""
    for k in range(max(0, start - _LONGEST_VEHICLE), start):
        if line.match(k, "vehicles") == start:
            return not (line.is_(k - 1, "hãng") or line.ending(k, _MAKERS))
    return False
