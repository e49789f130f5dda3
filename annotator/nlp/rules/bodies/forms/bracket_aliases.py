"""ORG: a bracketed alias after a body's name that is no plain acronym, yet names it.

`Đài Truyền hình Trung ương (VTV1)`, `Duma Quốc gia (Hạ viện)`: the gold keeps
both inside the body, as it keeps `(WTO)`; the rules cut them off, `VTV1` being a
token of letters and a number and `Hạ viện` two words. A body's name followed by
an alias in brackets was cut at blind time in seven of twelve sets (news3, news4,
news6, news7, news11, news12, news14); the plain acronyms are joined since, and
these two forms (news12) were what was left with a broadcaster's (`Đài Tiếng nói
Hoa Kỳ (VOA)`, news14, `org_heads.txt`); short forms joined by a hyphen and codes
with a number (`(KH-ĐT)`, `(C14)`, `(PMU 18)`) were cut later (news22, news26,
news27).
"""

from __future__ import annotations

import re

from annotator.nlp.rules.lines import Line

_CHANNEL = re.compile(r"^[A-ZĐ]{2,5}$")
_LETTERS = re.compile(r"^[A-ZĐ]{1,5}$")
# A chamber named in brackets after a parliament's own name (`Duma Quốc gia (Hạ viện)`).
_CHAMBERS = ("Hạ viện", "Thượng viện", "Quốc hội", "Nghị viện", "Quốc vụ viện", "Nội các")


def alias_aside(line: Line, i: int) -> int:
    """End of a bracketed alias at i that is no plain acronym yet names the body before
    it: a channel's letters and number (`(VTV1)`, `(HTV7)`) or its chamber (`(Hạ
    viện)`); -1 if none. The gold keeps both inside the body (news12), as `(WTO)` is."""
    if line.surface[i : i + 1] != ["("]:
        return -1
    numbered = line.digit(i + 2) and len(line.surface[i + 2]) <= 2 and not line.gap(i + 2)
    if numbered and _CHANNEL.match(line.surface[i + 1]) and line.surface[i + 3 : i + 4] == [")"]:
        return i + 4
    coded = _coded_alias(line, i + 1)
    if coded > 0 and line.surface[coded : coded + 1] == [")"] and not _repeats(line, i, coded):
        return coded + 1
    chamber = line.longest(i + 1, _CHAMBERS)
    return chamber + 1 if chamber > 0 and line.surface[chamber : chamber + 1] == [")"] else -1


def _coded_alias(line: Line, i: int) -> int:
    """End of `KH-ĐT`, `C14`, `PMU 18` at i: a short form joined by a hyphen, or a unit's
    letters and number, or -1.

    A ministry's fields shortened with a hyphen (`Bộ Kế hoạch - đầu tư (KH-ĐT)`), a
    police department's code (`Cục Cảnh sát điều tra ... (C14)`) and a project
    board's short name with its number (`Ban Quản lý các dự án 18 (PMU 18)`) were cut
    off their body at blind time in news22, news26 and news27: none is one plain
    acronym token.
    """
    if i >= line.n or not _LETTERS.match(line.surface[i]):
        return -1
    hyphen = line.surface[i + 1 : i + 2] == ["-"] and not line.gap(i + 1) and not line.gap(i + 2)
    if hyphen and i + 2 < line.n and _LETTERS.match(line.surface[i + 2]):
        return i + 3  # "KH-ĐT", "NN-PTNT"
    if line.digit(i + 1) and len(line.surface[i + 1]) <= 3:
        return i + 2  # "C14", "PMU 18"
    return -1


def _repeats(line: Line, i: int, end: int) -> bool:
    """`Hội nghị Thượng đỉnh G7 (G7)`: the bracket repeats the name's own last words, so it
    is no short form of a body (the summit's `G7` names the group, not the meeting)."""
    size = end - (i + 1)
    return i - size >= 0 and line.surface[i - size : i] == line.surface[i + 1 : end]
