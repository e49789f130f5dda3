"""`Ủy ban lâm thời điều tra chất lượng giáo dục`: an ad hoc committee keeps its remit.

A parliament's ad hoc committee is named by what it investigates, written in
lowercase words after `điều tra`; the gold marks the whole as one ORG
(`[Ủy ban lâm thời điều tra chất lượng giáo dục]`), and the bare committee
when no remit follows (`[Ủy ban lâm thời]`).
"""

from __future__ import annotations

from annotator.nlp.rules.lines import Line, keys_of
from annotator.nlp.rules.names import is_stop

_AD_HOC = "ủy ban lâm thời"
# Words that end the remit: a time, a verb of what the committee does next.
_REMIT_ENDS = frozenset(keys_of("ngày tháng năm hôm như theo của do để và thì là"))
_REMIT_WORDS = 6


def remit_end(line: Line, i: int, end: int) -> int:
    """End of `điều tra` + its lowercase object after an ad hoc committee [i, end), or end."""
    if line.phrase(i, _AD_HOC) != end or line.phrase(end, "điều tra") < 0:
        return end
    stop = start = end + 2
    while stop < line.n and stop - start < _REMIT_WORDS and line.lower(stop):
        if line.key(stop) in _REMIT_ENDS or is_stop(line, stop):
            break
        stop += 1
    return stop if stop > start else end
