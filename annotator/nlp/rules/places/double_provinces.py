"""A province named by two places written with a comma: `tỉnh Bà Rịa, Vũng Tàu`.

Older reports write a double province name with a comma where today's write a
dash (`Bà Rịa - Vũng Tàu`), and the court or body seated there takes the whole
name (`TAND tỉnh Bà Rịa, Vũng Tàu`). Two places with a comma are a list
anywhere else, so the pair is read as one name only after the unit noun `tỉnh`
(a province is one place) and only when its dashed spelling is a listed place.
"""

from __future__ import annotations

from annotator.nlp.rules.lines import Line


def comma_province(line: Line, i: int) -> int:
    """End of `X, Y` at i after `tỉnh` when `X - Y` is a listed place, or -1."""
    if not line.is_(i - 1, "tỉnh") or not line.cap(i):
        return -1
    first = _capitals(line, i)
    if first <= i or line.surface[first : first + 1] != [","] or not line.cap(first + 1):
        return -1
    second = _capitals(line, first + 1)
    if second <= first + 1:
        return -1
    dashed = [*line.keys[i:first], "-", *line.keys[first + 1 : second]]
    for end, kinds in line.gaz.trie.matches(dashed, 0):
        if end == len(dashed) and "places" in kinds:
            return second
    return -1


def _capitals(line: Line, i: int) -> int:
    """End of up to three capitalised words from i (a place's half is never longer)."""
    j = i
    while j < line.n and j - i < 3 and line.cap(j) and not line.digit(j):
        j += 1
    return j
