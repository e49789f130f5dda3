"""PER: a name inside a list of people that no other rule recognised.

`Phạm Thị Hải Chuyền, [Trần Hòa], Phạm Chí Hòa`, `Nguyễn Văn Đảm, [Sa Như Hòa],
Nguyễn Minh Quang`: a list of defendants, candidates or signatories is read
name by name, and a name of two syllables or of an uncommon family name falls
through. Between two names in the list (or after two, at its end) a
capitalised run of two to four syllables is one more name; a place, a body or
a title there is not (`Nguyễn Văn An, Hà Nội, Trần Văn Bình` lists a place).

A woman's name with the middle name `Thị` is a name wherever it stands, also
with a family name the list of surnames leaves out because it is a common
word or a place too (`Thái Thị Tuyết`, `Đinh Thị Hòa`, `Cù Thị Hậu`).
"""

from __future__ import annotations

from annotator.nlp.rules.lines import Candidate, Line
from annotator.nlp.rules.names import cap_run

_SEPARATORS = (",", ";")
_NOT_NAMES = ("places", "bodies", "titles", "org_heads", "media", "events", "not_names")


def _item_end(line: Line, i: int) -> int:
    """End of a capitalised item of two to four syllables at i, ended by a separator, or -1."""
    end = cap_run(line, i, 4)
    if not 2 <= end - i <= 4 or any(line.digit(k) or line.initials(k) for k in range(i, end)):
        return -1
    closed = end == line.n or line.surface[end] in (*_SEPARATORS, ".") or line.is_(end, "và")
    return end if closed else -1


def _known(line: Line, i: int, end: int) -> bool:
    return any(line.match(k, *_NOT_NAMES) > k for k in range(i, end))


def listed_names(line: Line, spans: list[Candidate]) -> list[Candidate]:
    """The line's spans with the names a list of people leaves out added as PER."""
    per_starts = {c.start for c in spans if c.label == "PER"}
    per_ends = {c.end for c in spans if c.label == "PER"}
    taken = {k for c in spans for k in range(c.start, c.end)}
    extra = []
    for i in range(2, line.n):
        if i in taken or not line.cap(i) or line.surface[i - 1] not in _SEPARATORS:
            continue
        if i - 1 not in per_ends:
            continue
        end = _item_end(line, i)
        if end < 0 or taken.intersection(range(i, end)) or _known(line, i, end):
            continue
        before = _previous_item_is_name(line, i - 1, per_starts, per_ends)
        after = end + 1 in per_starts and line.surface[end : end + 1] != ["."]
        if after or before:
            extra.append(Candidate(i, end, "PER"))
    extra.extend(_middle_thi(line, taken.union(*(range(c.start, c.end) for c in extra))))
    return sorted(spans + extra, key=lambda c: c.start) if extra else spans


def _middle_thi(line: Line, taken: set[int]) -> list[Candidate]:
    """`Thái Thị Tuyết`: three or four capitalised syllables, the second `Thị`."""
    found = []
    for k in line.where("thị"):
        i = k - 1
        if i < 0 or line.surface[k] != "Thị" or not line.cap(i) or line.cap(i - 1):
            continue
        end = cap_run(line, i, 4)
        if end - i < 3 or taken.intersection(range(i, end)) or _known(line, i, end):
            continue
        if any(line.digit(j) or line.initials(j) for j in range(i, end)):
            continue
        found.append(Candidate(i, end, "PER"))
    return found


def _previous_item_is_name(line: Line, comma: int, starts: set[int], ends: set[int]) -> bool:
    """Two names in a row before the comma at `comma`: the list is one of people."""
    start = max((s for s in starts if s < comma), default=-1)
    return start >= 2 and line.surface[start - 1] in _SEPARATORS and start - 1 in ends
