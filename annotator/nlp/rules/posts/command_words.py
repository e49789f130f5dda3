"""`chỉ huy` with no body after it, and `hạ sĩ quan`, are no posts; `Bộ chỉ huy …` is a body.

`chỉ huy` is a post with the unit it commands (`[chỉ huy sư đoàn dù số 7 của
Nga]`); bare, it is the verb or the command staff in general (`điều hòa,
chỉ huy giao thông`, `báo cáo trước cho chỉ huy`, `viên chỉ huy cho biết`),
which no gold file marks. `hạ sĩ quan` (non-commissioned officers) is a
class of soldiers, not the rank `hạ sĩ`. `Bộ chỉ huy` opens the name of a
command, an ORG with what it commands and its state (`[Bộ chỉ huy các chiến
dịch đặc biệt Ukraine]`). Blind sets brought these in three of eight sets
(news7, news9 four times, news10 six times).
"""

from __future__ import annotations

from annotator.nlp.rules.lines import Candidate, Line, keys_of
from annotator.nlp.rules.names import is_stop
from annotator.nlp.rules.places.listed import place_at

_COMMAND = keys_of("chỉ huy")
_HEADQUARTERS = keys_of("bộ chỉ huy")
_MAX_COMMAND = 6


def drop_bare_commands(line: Line, spans: list[Candidate]) -> list[Candidate]:
    """The spans without a bare `chỉ huy` or `hạ sĩ` of `hạ sĩ quan`, `Bộ chỉ huy …` an ORG."""
    if "huy" not in line.keys and "quan" not in line.keys:
        return spans
    persons = {c.start for c in spans if c.label == "PER"}
    out = []
    for c in spans:
        if c.label == "ORG" and tuple(line.keys[c.start : c.end]) == _HEADQUARTERS:
            out.append(Candidate(c.start, max(c.end, _command_body(line, c.start)), "ORG"))
        elif c.label != "ROLE":
            out.append(c)
        elif tuple(line.keys[c.start : c.end]) == _COMMAND and c.end not in persons:
            command = _command_body(line, c.start - 1)
            if command > c.end:
                out.append(Candidate(c.start - 1, command, "ORG"))
        elif line.is_(c.end - 1, "sĩ") and line.is_(c.end, "quan") and c.end - c.start <= 2:
            continue  # "hạ sĩ quan": soldiers of a class, no rank held
        else:
            out.append(c)
    return [c for c in out if not _inside_other(c, out)]


def _command_body(line: Line, i: int) -> int:
    """End of `Bộ chỉ huy các chiến dịch đặc biệt (Ukraine)` at i, or -1."""
    if not line.is_(i, "bộ") or not line.cap(i):
        return -1
    j = i + 3
    while j < line.n and j - i < _MAX_COMMAND + 3 and line.lower(j) and not is_stop(line, j):
        j += 1
    if j == i + 3:
        return -1
    return max(j, place_at(line, j))


def _inside_other(c: Candidate, spans: list[Candidate]) -> bool:
    """A span lying inside a command body made from the same words."""
    return any(o is not c and o.start <= c.start and c.end <= o.end for o in spans)
