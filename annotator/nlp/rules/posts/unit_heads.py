"""ROLE: the head of a unit named by the unit's own noun runs on through the unit's
name (`[Đội trưởng đội phòng chống ma túy huyện Tương Dương]`, `[xưởng trưởng
Xưởng điện lạnh]`, `[Hạt trưởng Hạt Kiểm lâm]`).

`Đội trưởng`, `Tổ trưởng`, `Hạt trưởng`, `xưởng trưởng` are made of the unit's noun
and `trưởng`; written before a unit of that noun they head it, and every gold file
keeps the two in one ROLE (ten of ten in news2, news8, news24, news27, news30,
news31). The rules stopped at the bare title, the unit's lowercase name read as
no body (news30, news24) or as an ORG of its own (news31, three times). The unit's
name is read up to a grammar word or verb (`thuộc`, `và`), a punctuation mark or a
person's name; a place after a place noun stays inside (`huyện Tương Dương`).
"""

from __future__ import annotations

from annotator.nlp.rules.lines import Candidate, Line
from annotator.nlp.rules.names import is_surname
from annotator.nlp.rules.stop_words import is_stop

# The longest unit name after its noun, in tokens (`phòng chống ma túy huyện Tương Dương`).
_LONGEST_NAME = 8
_HEAD_WORDS = ("trưởng", "phó")


def heads_of_own_units(line: Line, spans: list[Candidate]) -> list[Candidate]:
    """The spans with a unit's head (`Đội trưởng`) and the unit named after it in one ROLE;
    an ORG or a PER the unit's name was read as inside it is dropped. A head no rule
    knows (`xưởng trưởng`) before its unit is a ROLE too."""
    covered = {k for c in spans for k in range(c.start, c.end)}
    heads = {Candidate(i, i + 2, "ROLE") for i in _bare_heads(line) if i not in covered}
    out: list[Candidate] = []
    for c in sorted([*spans, *heads], key=lambda c: c.start):
        if out and out[-1].label == "ROLE" and c.start < out[-1].end:
            continue  # the unit's name read as a body or a name, now inside the post
        end = _unit_end(line, c) if c.label == "ROLE" else -1
        if end > c.end or c not in heads:
            out.append(Candidate(c.start, end, "ROLE") if end > c.end else c)
    return out


def _bare_heads(line: Line) -> list[int]:
    """Starts of `xưởng trưởng Xưởng …`: a unit's noun, `trưởng`, and the noun again."""
    return [j - 1 for j in line.where("trưởng") if j > 0 and line.key(j - 1) == line.key(j + 1)]


def _unit_end(line: Line, post: Candidate) -> int:
    """End of the unit's name after a post `X trưởng` written before a unit `X …`, or -1."""
    unit = post.end
    noun = post.end - 2
    if post.end - post.start < 2 or not line.is_(post.end - 1, *_HEAD_WORDS):
        return -1
    if line.key(unit) != line.key(noun) or not line.gap(unit):
        return -1
    end, place = unit + 1, False
    while end < line.n and end - unit <= _LONGEST_NAME and _goes_on(line, end, place):
        place = line.match(end, "place_units") == end + 1 or place and line.cap(end)
        end += 1
    return end if end > unit + 1 else -1


def _goes_on(line: Line, k: int, place: bool) -> bool:
    """Token k continues a unit's name: a word, no grammar word, verb or person's name;
    a capital only after the unit's noun, another capital or a place noun (`huyện
    Tương Dương`, where a family name may be a place's syllable)."""
    if not line.word(k) or not line.gap(k) or is_stop(line, k):
        return False
    if not line.cap(k) or place:
        return True
    return line.cap(k - 1) and not is_surname(line, k)
