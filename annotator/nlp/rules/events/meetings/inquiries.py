"""`Ủy ban lâm thời điều tra chất lượng giáo dục`: an ad hoc committee keeps its remit.

A parliament's ad hoc committee is named by what it investigates or oversees,
written in lowercase words after `điều tra` or `giám sát`; the gold marks the
whole as one ORG (`[Ủy ban lâm thời điều tra chất lượng giáo dục]`), the
legislature that sets it up and `về` before the remit included (`[Ủy ban lâm
thời của Quốc hội về giám sát công tác phòng chống tham nhũng]`, news14), and the
bare committee when no remit follows (`[Ủy ban lâm thời]`). Blind, the remit was
left out in news6, news14 and news20.
"""

from __future__ import annotations

from annotator.nlp.rules.lines import Line, keys_of
from annotator.nlp.rules.names import is_stop

_AD_HOC = "ủy ban lâm thời"
# Words that end the remit: a time, a verb of what the committee does next.
_REMIT_ENDS = frozenset(keys_of("ngày tháng năm hôm như theo của do để và thì là"))
_REMIT_WORDS = 6
_REMITS = ("điều tra", "giám sát")
_LEGISLATURES = ("Quốc hội", "QH")


def remit_end(line: Line, i: int, end: int) -> int:
    """End of `điều tra` + its lowercase object after an ad hoc committee [i, end), or end."""
    if line.phrase(i, _AD_HOC) != end:
        return end
    verb = _remit_verb(line, _setter_end(line, end))
    if verb < 0:
        return end
    stop = start = verb
    while stop < line.n and stop - start < _REMIT_WORDS and line.lower(stop):
        if line.key(stop) in _REMIT_ENDS or is_stop(line, stop):
            break
        stop += 1
    return stop if stop > start else end


def _setter_end(line: Line, j: int) -> int:
    """Past `của Quốc hội` and `về` after the committee, which stay inside with a remit."""
    if line.is_(j, "của") and line.longest(j + 1, _LEGISLATURES) > j + 1:
        j = line.longest(j + 1, _LEGISLATURES)
    return j + 1 if line.is_(j, "về") else j


def _remit_verb(line: Line, j: int) -> int:
    """End of `điều tra` or `giám sát` at j, lowercase, or -1."""
    return line.longest(j, _REMITS) if line.lower(j) else -1
