"""Numbered urban districts and wards written short after a body: `TAND Q.3`, `Công an P.5`.

The press of the 2000s (Tuổi Trẻ, Thanh Niên, Người Lao Động) wrote a
city's numbered district as `Q.1` and a numbered ward as `P.3`, one token,
where later house style writes `quận 1`, `phường 3`. After a court, a police
force or a people's committee the number says which one, and the gold keeps
it inside (`[Chánh án TAND Q.1]`, `[tòa án Q.1]`, news9), as it keeps `quận 5`
in `[Công an quận 5]`; the rules read the spelled-out form only. A named
district (`Q.Bình Thạnh`) is a place of its own, read elsewhere.
"""

from __future__ import annotations

import re

from annotator.nlp.rules.lines import Line

_SHORT_NUMBERED = re.compile(r"^[QP]\.\d{1,2}$")


def numbered_district(line: Line, i: int) -> int:
    """End of a short numbered district or ward at i (`Q.1`, `P.12`), or -1."""
    if not 0 <= i < line.n or not _SHORT_NUMBERED.match(line.surface[i]):
        return -1
    return i + 1
