"""DATE: a year joined to its month or day by a dash with a space beside it.

`tự thú vào tháng 4 - 2002`, `tối 6-10- 2005`: the year belongs to the date as
in `tháng 4-2002` and `6-10-2005`; a space typed beside the dash split it off,
and the date stopped at its month (blind in news20 and news27, and the
`23- 4` of news12 is the same slip). Only a four-digit year after a month
written with `tháng` or a dashed day is read, so a score or a range of years
(`4 - 2`, `2004 - 2005`) is none.
"""

from __future__ import annotations

from annotator.nlp.rules.dates.forms import YEAR
from annotator.nlp.rules.lines import Line

_DASHES = ("-", "–")


def spaced_year(line: Line, end: int) -> int:
    """End of the date ending at `end` with `- 2002` after it taken in, else `end`."""
    if end + 1 >= line.n or line.surface[end] not in _DASHES:
        return end
    spaced = line.gap(end) or line.gap(end + 1)
    return end + 2 if spaced and YEAR.match(line.surface[end + 1]) else end
