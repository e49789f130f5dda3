"""DATE: centuries and decades named as times (`thế kỷ XXI`, `thập kỷ 80`,
`cuối những năm 1980`, `những năm 60-70 của thế kỷ trước`).

World and history prose places events in a century or a decade as it does in a
year: `hồi thập kỷ 80`, `trong thế kỷ XXI`, `trong thập kỷ này`. Missed at blind
time in four sets (news17, news20, news21, news23); every gold file that has
one marks it. Two shapes are no date and stay out:

- a length of time, with a count before the unit: `gần một thế kỷ qua`, `trong
  nhiều thập kỷ`, `hai thập kỷ nghiên cứu`, and `thập kỷ qua` itself (the gold
  leaves `trong năm qua`, a stretch up to now, unmarked);
- a century as a quality of a noun: `lịch sử thế kỷ 21`, `kỹ năng thế kỷ 21`:
  without a qualifier (`cuối`) the unit must follow a word that places a time
  (`trong`, `vào`, `hồi`, `từ`, `của` …) or open the clause.

The span keeps its qualifier (`cuối những năm 1980`) and the century a decade
belongs to (`năm 60-70 của thế kỷ trước`); a bare `những năm 80` starts at
`năm`, as the gold's one such case does.
"""

from __future__ import annotations

import re

from annotator.nlp.rules.dates.forms import YEAR, in_range
from annotator.nlp.rules.lines import Candidate, Line

_CENTURY = ("thế kỷ", "thế kỉ")
_DECADE = ("thập kỷ", "thập kỉ", "thập niên")
# A period next to the article's own; `qua`, `sau` are left out (a stretch up to now,
# `một thập kỷ sau` a length).
_RELATIVE = ("này", "trước", "tới")
# Words after which a unit of time is placed in time, not counted or described.
_PLACING = (
    "trong",
    "vào",
    "hồi",
    "từ",
    "đến",
    "tới",
    "suốt",
    "sang",
    "của",
    "cho",
)
_EDGES = ("đầu", "cuối", "giữa")
# Counts before a unit that make it a length (`một thập kỷ`, `hai thế kỷ`).
_COUNTS = ("một", "hai", "ba", "vài", "mấy")
# A decade written as its number in one token: `80`, `1980`, `60-70`, `1960-1970`.
_DECADE_NUMBER = re.compile(r"^(?:19|20)?[0-9]0(?:[-–](?:19|20)?[0-9]0)?$")
# Nouns a number is a count of (`những năm 80 tuổi`): no decade.
_COUNTED_AFTER = ("tuổi", "người", "triệu", "tỷ", "tỉ", "nghìn", "ngàn", "%")


def find_eras(line: Line) -> list[Candidate]:
    """DATE candidates for centuries and decades placed in time."""
    found = []
    for i in line.where("thế") + line.where("thập") + line.where("những"):
        start, end = _era_at(line, i)
        if end > 0:
            found.append(Candidate(start, _century_after(line, end), "DATE"))
    return found


def _era_at(line: Line, i: int) -> tuple[int, int]:
    """(start, end) of a century or decade whose unit starts at token i, or (-1, -1)."""
    plural = line.is_(i, "những")
    end = _decade_years(line, i + 1) if plural else _unit_named(line, i)
    start = _edge_before(line, i)
    if end < 0 or not (_placed(line, start, edged=start < i) or _written_decade(line, i, end)):
        return -1, -1
    if plural and start == i and not (_opens_sentence(line, i) or _four_digits(line, end)):
        return i + 1, end  # "từ [năm 80] của …"
    return start, end


def _four_digits(line: Line, end: int) -> bool:
    """`Trong [những năm 1970]`, `từ [những năm 1999]`: with its year written in full
    the plural names that time and the gold keeps `những` inside after any word (news28,
    news31 at blind time), where a short decade starts at `năm` (`từ [năm 60-70] …`)."""
    return YEAR.match(line.surface[end - 1]) is not None


def _written_decade(line: Line, i: int, end: int) -> bool:
    """`tội ác chiến tranh [thập kỷ 1990]`, `giới giang hồ Ý [thập niên 1990]`: a decade
    written with its four-digit year places a time after any noun (news27 ×2); only
    a count before it (`hai thập kỷ`) makes it a length."""
    four_digits = len(line.surface[end - 1]) == 4 and line.longest(i, _DECADE) == end - 1
    return four_digits and not (line.digit(i - 1) or line.is_(i - 1, *_COUNTS, "nhiều", "các"))


def _opens_sentence(line: Line, i: int) -> bool:
    """`[Những năm 1950], Weinstein mở văn phòng`: a decade opening its sentence keeps
    its `Những` (news28); after a word (`từ những năm 80`) the gold starts at `năm`."""
    return line.cap(i) and (i == 0 or not line.word(i - 1))


def _unit_named(line: Line, i: int) -> int:
    """End of `thế kỷ XXI`, `thế kỷ 20`, `thập kỷ 80`, `thập niên này` at i, or -1."""
    century = line.longest(i, _CENTURY)
    unit = century if century > 0 else line.longest(i, _DECADE)
    if unit < 0 or unit >= line.n:
        return -1
    if line.is_(unit, *_RELATIVE):
        return unit + 1
    if century > 0 and (line.roman(unit) or in_range(line.surface[unit], 1, 21)):
        return unit + 1
    if century < 0 and _DECADE_NUMBER.match(line.surface[unit]):
        return unit + 1 if not line.is_(unit + 1, *_COUNTED_AFTER) else -1
    return -1


def _decade_years(line: Line, i: int) -> int:
    """End of `năm 80`, `năm 1980`, `năm 60-70`, `năm 1999` at i (after `những`), or -1."""
    if not line.is_(i, "năm") or i + 1 >= line.n:
        return -1
    if line.is_(i + 2, *_COUNTED_AFTER) or line.surface[i + 2 : i + 3] in (["-"], ["–"]):
        return -1  # "những năm 80 tuổi"; "những năm 1945 - 1946" is a range of years
    if _DECADE_NUMBER.match(line.surface[i + 1]) or YEAR.match(line.surface[i + 1]):
        return i + 2
    return -1


def _edge_before(line: Line, i: int) -> int:
    """Start of `cuối`, `nửa đầu` before i, or i."""
    if not line.is_(i - 1, *_EDGES):
        return i
    return i - 2 if line.is_(i - 2, "nửa") else i - 1


def _placed(line: Line, start: int, *, edged: bool) -> bool:
    """The era follows a word that places a time, opens the clause, or has an edge
    (`cuối`) not counted (`nửa thế kỷ`, `một thập kỷ` are lengths)."""
    before = start - 1
    if before < 0 or not line.word(before):
        return True
    if edged:
        return not line.digit(before) and not line.is_(before, *_COUNTS)
    if line.phrase(before - 1, "bước vào") == start:
        return False  # "bước vào thế kỷ 21": a slogan's goal, not a time placed
    return line.is_(before, *_PLACING)


def _century_after(line: Line, end: int) -> int:
    """End of `của thế kỷ trước` after a decade (`năm 60-70 của thế kỷ trước`), or end."""
    if not line.is_(end, "của"):
        return end
    century = _unit_named(line, end + 1)
    return century if century > 0 and line.longest(end + 1, _CENTURY) > 0 else end
