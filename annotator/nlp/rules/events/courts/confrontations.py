"""EVENT: a confrontation (`đối chất`) between named sides, or one asked for.

A confrontation is a step of an investigation; the gold marks it when it is
one occurrence: with a side (`[đối chất] với Bộ trưởng`, `[đối chất] trước
CQĐT`) or asked for (`đề nghị được [đối chất]`), in news17 and news19. In a
list of what an investigator does in general (`lấy lời khai, đối chất cho đến
…`, news9) it is the procedure, not one occurrence, and stays unmarked.
"""

from __future__ import annotations

from annotator.nlp.rules.lines import Candidate, Line

# Words after `đối chất` that name a side or the body before which it happens.
_SIDES = ("với", "trước", "giữa")
# Words right before it that ask for it: `đề nghị được đối chất`, `muốn đối chất`.
_ASKED = ("được", "nghị", "muốn", "xin")


def find_confrontations(line: Line) -> list[Candidate]:
    """The line's confrontations with a side or asked for."""
    found = []
    for i in line.where("đối"):
        if line.phrase(i, "đối chất") < 0:
            continue
        asked = line.is_(i - 1, *_ASKED) or line.phrase(i - 2, "yêu cầu") == i
        if asked or line.is_(i + 2, *_SIDES):
            found.append(Candidate(i, i + 2, "EVENT"))
    return found
