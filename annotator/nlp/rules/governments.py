"""A state's army, government or authorities named with their country: one ORG.

`quân đội Ukraine`, `chính phủ Ukraine`, `quân đội chính phủ Ukraine`,
`chính quyền Donetsk`, `lực lượng vũ trang Ukraine`, `quân đội Kiev`: lower
case included, the place joins the body (the gold's convention); without a
place after them (`quân đội`, `lực lượng vũ trang` of a Vietnamese text) they
stay unmarked.
"""

from __future__ import annotations

from annotator.nlp.rules.lines import Candidate, Line, keys_of

_FIRST = frozenset(keys_of("quân chính lực"))
_HEADS = ("quân đội", "chính phủ", "chính quyền", "lực lượng vũ trang", "quân đội chính phủ")


def _head(line: Line, i: int) -> int:
    """End of the longest state word at i (`quân đội chính phủ`), or -1."""
    return max(line.phrase(i, head) for head in _HEADS)


def _place(line: Line, i: int) -> int:
    """End of the country, region or city at i: a listed place or a foreign-shaped word."""
    listed = line.match(i, "places")
    if listed > i and line.cap(i):
        return listed
    return i + 1 if line.foreign(i) else -1


def find_governments(line: Line) -> list[Candidate]:
    found: list[Candidate] = []
    for i, key in enumerate(line.keys):
        if key not in _FIRST:
            continue
        head = _head(line, i)
        end = _place(line, head) if head > i else -1
        if end > head:
            found.append(Candidate(i, end, "ORG"))
    return found
