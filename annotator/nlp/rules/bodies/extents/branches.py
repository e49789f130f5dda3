"""A branch named after its body: `Ngân hàng Nông nghiệp chi nhánh Cầu Giấy`.

A bank or company names its branch by the parent's name, `chi nhánh` and the
branch's place or number, and the whole is one ORG (news22 `[Ngân hàng công
thương chi nhánh 3]`, news24 `[Ngân hàng ngoại thương Chi nhánh Nha Trang]`).
A bare `chi nhánh` after a body names no branch and is left out.
"""

from __future__ import annotations

from annotator.nlp.rules.lines import Line
from annotator.nlp.rules.names import name_after
from annotator.nlp.rules.places.listed import place_at


def branch_name(line: Line, i: int) -> int:
    """End of `chi nhánh` + its number or place at i, or -1."""
    if not line.is_(i, "chi", "nhánh"):
        return -1
    noun = line.phrase(i, "chi nhánh")
    if noun < 0 and line.cap(i - 1) and line.phrase(i - 1, "chi nhánh") == i + 1:
        noun = i + 1  # `Chi | nhánh`: a name ending in a lowercase word took `Chi` as its own
    if noun < 0:
        return -1
    if line.digit(noun) and line.surface[noun].isdigit():
        return noun + 1
    return max(name_after(line, noun), place_at(line, noun))
