"""Whose event it is: `của` + the body, state or army that holds or wages it.

`kỳ họp thứ 6 của UBKT Tỉnh ủy Phú Yên`, `chiến dịch quân sự của Nga`,
`vụ tấn công bằng tên lửa của quân đội Ukraine`: the owner names the event
and stays inside its span, as the guidelines' Extents say (`Đại hội XIII
của Đảng`). `của` + a person (`chuyến thăm của ông X`) stays outside, the
person taking part through PARTICIPATES; so does a generic owner (`kỳ họp
thứ nhất của mỗi khoá`), and then the event itself is a rule stated in
general.
"""

from __future__ import annotations

from annotator.nlp.rules.bodies.governments import government_at
from annotator.nlp.rules.bodies.orgs import org
from annotator.nlp.rules.lines import Line
from annotator.nlp.rules.places.listed import place_at

_GENERIC = ("mỗi", "các", "từng", "những", "mọi")
# What a generic owner counts: "của mỗi khoá", "của các cấp", not "của các lãnh đạo".
_TERMS = ("khóa", "khoá", "nhiệm kỳ", "kỳ", "cấp")


def owner_after(line: Line, i: int) -> int:
    """End of `của` + a body, a state's army or government, or a country at i, or -1."""
    if not line.is_(i, "của"):
        return -1
    j = i + 1
    return max(org(line, j, loose=False), government_at(line, j), place_at(line, j))


def generic_owner(line: Line, i: int) -> bool:
    """`của mỗi khoá`, `của các cấp`: an owner in general, no specific event."""
    if not (line.is_(i, "của") and line.is_(i + 1, *_GENERIC)):
        return False
    return any(line.phrase(i + 2, term) > 0 for term in _TERMS)
