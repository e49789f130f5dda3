"""LOC: a sea or a strait named after a place is one LOC with its noun (`biển Nhật
Bản`, `eo biển Đài Loan`).

Why: without its noun the name reads as the country or island it is named
after, and the gold marks the water whole (`tàu khu trục ở [biển Nhật Bản]`,
news23; `hai bờ [eo biển Đài Loan]`, news30 ×3), where the rules marked the
country alone. `biển` is also the sea of a state, its waters: `vùng biển Việt
Nam`, `bờ biển Nhật Bản`, `Cảnh sát biển Việt Nam` keep the state alone (news6,
news11), so a bare `biển` names a sea only after a word that is no noun of
waters, coasts or forces. An ocean is named whole without it (`trên biển [Thái
Bình Dương]`, news30).
"""

from __future__ import annotations

from annotator.nlp.rules.lines import Candidate, Line
from annotator.nlp.rules.places.listed import place_at

# Nouns that make `biển` + a state that state's waters or coast, not a sea's name.
_WATERS = ("vùng", "bờ", "ven", "sát", "lãnh", "miền", "ngoài", "cảng", "hải", "đường")


def seas_named_after_places(line: Line) -> list[Candidate]:
    """LOC candidates for `eo biển X` and `biển X`, X a listed place."""
    found = []
    for i in line.where("biển"):
        if not line.lower(i):
            continue
        strait = line.is_(i - 1, "eo") and line.lower(i - 1)
        if not strait and line.is_(i - 1, *_WATERS):
            continue
        end = place_at(line, i + 1)
        if end > i + 1 and not line.is_(end - 1, "dương"):  # "biển [Thái Bình Dương]"
            found.append(Candidate(i - 1 if strait else i, end, "LOC"))
    return found
