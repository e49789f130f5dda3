"""An arm of service with its state: a body, or soldiers of that state.

Capitalised, `Hải quân Ukraine`, `Không quân Ukraine`, `Thủy quân lục chiến
Mỹ` name the force, one ORG; lowercase after `lực lượng` too, which joins it
(`lực lượng vệ binh quốc gia Ukraine`). Lowercase after a word for soldiers
or an unnumbered unit, the arm says what kind of soldiers they are and the
state stays a LOC (`binh sĩ thủy quân lục chiến [Ukraine]`, `cả tiểu đoàn
thủy quân lục chiến [Ukraine]`), as every gold file has it and as `lính thủy
đánh bộ [Ukraine]` is read.
"""

from __future__ import annotations

from annotator.nlp.rules.lines import Candidate, Line
from annotator.nlp.rules.names import place_at

_ARMS = ("thủy quân lục chiến", "vệ binh quốc gia", "hải quân", "không quân", "lục quân")
_SOLDIERS = ("binh sĩ", "lính", "quân nhân", "tiểu đoàn", "trung đoàn", "đơn vị", "sĩ quan")


def arms_of_service(line: Line, spans: list[Candidate]) -> list[Candidate]:
    """The line's spans with a lowercase arm + state read as soldiers or as `lực lượng` X."""
    out = []
    for c in spans:
        arm = _arm(line, c)
        if arm < 0:
            out.append(c)
        elif line.phrase(c.start - 2, "lực lượng") == c.start:
            out.append(Candidate(c.start - 2, c.end, "ORG"))
        elif _after_soldiers(line, c.start) and place_at(line, arm) == c.end:
            out.append(Candidate(arm, c.end, "LOC"))
        else:
            out.append(c)
    return out


def _arm(line: Line, c: Candidate) -> int:
    """End of a lowercase arm of service that opens the ORG c, with a state after, or -1."""
    if c.label != "ORG" or not line.lower(c.start):
        return -1
    end = max(line.phrase(c.start, arm) for arm in _ARMS)
    return end if c.start < end < c.end else -1


def _after_soldiers(line: Line, start: int) -> bool:
    """`binh sĩ | thủy quân lục chiến`, `tiểu đoàn | thủy quân lục chiến`."""
    return any(line.phrase(start - len(s.split()), s) == start for s in _SOLDIERS)
