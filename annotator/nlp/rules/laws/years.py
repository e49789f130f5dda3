"""DOC: a law named with the year of its enactment written bare after its name.

`Bộ luật Tố tụng hình sự 2003`, `Luật Đất đai 2013`: the year tells one law
from the earlier ones of the same name, so it is part of the title, as
`năm 2003` is (`Luật biển năm 1982`, `Hiến pháp năm 1992`, read in
laws.names.law_name). Blind, a year was left outside a law's or a treaty's
name in news3, news13, news16, news18 and news19; the bare year only in
news18 of the tune sets, and no gold file marks such a year as a DATE of its
own. A range (`2003-2005`) or a year followed by more of a date is no title's.
"""

from __future__ import annotations

import re

from annotator.nlp.rules.lines import Line

_YEAR = re.compile(r"^(?:19|20)[0-9]{2}$")
# What after the year makes it part of a longer date or a range: `2003 - 2005`, `2003/2004`.
_DATE_GOES_ON = ("-", "–", "/", ".")


def law_year(line: Line, end: int) -> int:
    """End of a capitalised law's name ending at `end`, with a bare year right after it."""
    if end >= line.n or not _YEAR.match(line.surface[end]) or not line.gap(end):
        return end
    after = line.surface[end + 1] if end + 1 < line.n else ""
    if after in _DATE_GOES_ON and not line.gap(end + 1):
        return end
    return end + 1
