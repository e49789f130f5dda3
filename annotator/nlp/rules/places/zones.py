"""LOC: a zone named after the ward it covers keeps its noun outside (`Khu đô thị [Thủ Thiêm]`).

An urban or economic zone takes the name of the place it is built on, so the
gold of every set marks the name alone, whether the zone's noun is written in
lower case (`khu đô thị mới [Tây Hồ Tây]`) or capitalised (`Khu đô thị [Thủ
Thiêm]` seven times in news16, `Khu kinh tế [Nhơn Hội]` in news5). Capitalised,
the noun was read as a building's head and the whole taken as one LOC, blind in
news5 and news16. The nouns are data (`zone_heads`); a building whose
capitalised head starts its name (`Hội trường Ba Đình`) stays in `venue_heads`.
"""

from __future__ import annotations

from annotator.nlp.rules.lines import Line


def zone_head(line: Line, i: int, unit: int) -> bool:
    """The unit noun at i up to `unit` names a zone (`Khu đô thị`), in either case."""
    return unit > i and line.match(i, "zone_heads") == unit
