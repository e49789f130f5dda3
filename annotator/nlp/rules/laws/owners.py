"""DOC: a law named in lowercase keeps `của` and the body or people it belongs to.

`Luật hoạt động giám sát của Quốc hội`, `Luật ban hành văn bản quy phạm pháp
luật của HĐND và UBND`, `Luật giám sát của nhân dân`: a law's lowercase name
ends at the grammar word `của`, yet what follows it here is part of the name,
and the gold keeps it inside wherever such a name is written (news2, news8,
news15, news16, news19 and the development gold). Blind, the name was cut
before `của` in news8, news15 and news16. A law whose name is capitalised
ends at its last capitalised word (`Luật Phòng, chống tham nhũng | của Ủy ban
Thường vụ Quốc hội`: whose supervision it is, news20), so only a lowercase name
is grown, and only over the closed list of owners (`law_owners`), two of them
joined by `và` too.
"""

from __future__ import annotations

from annotator.nlp.rules.lines import Line


def law_owner(line: Line, end: int) -> int:
    """End of `của` + the owner(s) right after a law's lowercase name ending at end, or end."""
    if not line.is_(end, "của"):
        return end
    owner = line.match(end + 1, "law_owners")
    if owner <= end + 1:
        return end
    second = line.match(owner + 1, "law_owners") if line.is_(owner, "và") else -1
    return second if second > owner + 1 else owner
