"""ORG: the legislature whose floor is spoken of keeps its ORG: `tại diễn đàn [Quốc hội]`.

`phát biểu tại diễn đàn Quốc hội`, `trên diễn đàn QH`: the floor where
deputies speak is no forum held, so the events pass drops the EVENT the
rules read there (`events/filters/generic.py`); the legislature inside it is a body
all the same, an ORG in the gold of every file that has one (news12 0151
×2, news17, news18, news19 `diễn đàn [QH]`), and none was left. A forum
named in capitals (`Diễn đàn Quốc hội trẻ`) is a name and stays an EVENT.
"""

from __future__ import annotations

from annotator.nlp.rules.bodies.orgs import org
from annotator.nlp.rules.lines import Candidate, Line

# Legislatures whose floor (`diễn đàn`) deputies speak from.
_LEGISLATURES = ("Quốc hội", "QH", "HĐND", "Hội đồng nhân dân", "Nghị viện", "Duma")


def legislatures_on_the_floor(chosen: list[tuple[Line, list[Candidate]]]) -> None:
    """Every line's spans with the legislature after a lowercase `diễn đàn` that no span
    covers any more added as an ORG; run after generic events were dropped."""
    for index, (line, spans) in enumerate(chosen):
        found = [c for c in (_floor_body(line, i) for i in line.where("diễn")) if c]
        if not found:
            continue
        taken = {k for c in spans for k in range(c.start, c.end)}
        extra = [c for c in found if not taken.intersection(range(c.start, c.end))]
        if extra:
            chosen[index] = (line, sorted(spans + extra, key=lambda c: c.start))


def _floor_body(line: Line, i: int) -> Candidate | None:
    """The legislature after `diễn đàn` at i, or None."""
    k = line.phrase(i, "diễn đàn")
    if k < 0 or not line.lower(i) or line.longest(k, _LEGISLATURES) < 0:
        return None
    end = max(org(line, k, loose=False), line.longest(k, _LEGISLATURES))
    return Candidate(k, end, "ORG")
