"""An event noun keeps the abbreviation that names it: `[vụ cháy ITC]`, `[cuộc bầu cử TT]`.

News writes the building, the forum or the office an event is known by as a
bare abbreviation right after its noun (`vụ cháy ITC` for the fire of the ITC
tower, `cuộc bầu cử TT` for the presidential election, `hội nghị CG` for the
donors' meeting). The gold keeps it inside the EVENT, as it keeps a body that
names an event; the rules stopped at the noun in once-blind news23, news27 and
news28. Only a noun that opens with a classifier grows (`vụ`, `cuộc`, `lễ`,
`phiên`, `hội nghị`, `kỳ họp`, `buổi`), never a trip or a visit, whose
destination stays its own LOC; an abbreviation another rule has taken (an
ORG, a ROLE), or one that opens a longer capitalised name, is left as it is.
"""

from __future__ import annotations

import re

from annotator.nlp.rules.events.extent.sides import grow_events
from annotator.nlp.rules.lines import Candidate, Line

_CODE = re.compile(r"^[A-ZĐ]{2,5}$")
_CLASSIFIERS = ("vụ", "cuộc", "lễ", "phiên", "hội", "kỳ", "buổi")


def events_with_codes(line: Line, spans: list[Candidate]) -> list[Candidate]:
    """Each classified EVENT grown over the bare abbreviation written right after it."""
    taken = {k for c in spans for k in range(c.start, c.end)}
    return grow_events(spans, lambda c: _code_end(line, c, taken))


def _code_end(line: Line, c: Candidate, taken: set[int]) -> int:
    """End of the abbreviation after event `c`, or -1."""
    k = c.end
    if not line.lower(c.start) or not line.is_(c.start, *_CLASSIFIERS):
        return -1
    if k in taken or not _CODE.match(line.surface[k] if k < line.n else ""):
        return -1
    if line.cap(k + 1) or line.digit(k + 1):
        return -1  # "hội nghị ASEM 5", "vụ án ĐH Quốc gia": a longer name, not a bare code
    return k + 1
