"""HOLDS across an opening clause or a nationality: the post and the name apart.

- An opening clause of holding a post names the posts of the sentence's
  subject: `Trong thời gian giữ chức vụ [Phó Chủ tịch UBND huyện] (...), sau
  đó là [Chủ tịch UBND huyện Krông Nô] ..., ông [X]`, `Sau khi nhận quyết
  định làm [Phó Trưởng Ban], ông [X]`, `Trong quá trình làm [phó giám đốc],
  [quyền giám đốc] ..., [X]`.
- A post and a name with a nationality between: `[Phóng viên chiến trường]
  người [Nga] [Alexander Sladkov]`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

LabelledRange = tuple[int, int, str]

# The opening of a clause of holding a post, right before its first post.
_HOLDING_CLAUSE = re.compile(
    r"(?:^|[.!?:;]\s+|\n|,\s*|\(\w+\)\s*[-–]\s*)(?:[^,.;:!?\n]{0,20}\s)?"
    r"(?:trong thời gian|trong quá trình|thời điểm|khi|lúc|sau khi|từ khi|trước khi)\s+"
    r"(?:(?:còn|đang|đã)\s+)?(?:nhận quyết định\s+)?"
    r"(?:giữ chức vụ|giữ chức|giữ cương vị|làm|là|đảm nhiệm|đảm nhận|đảm nhiệm cương vị)\s*"
    r"(?:quyền\s+)?$",
    re.IGNORECASE,
)
_CLAUSE_REACH = 60
# From the last span of the clause to the subject: a comma, an honorific.
_TO_SUBJECT = re.compile(r"^[^,.;:!?\n]*,\s*(?:(?:ông|bà|anh|chị|đồng chí)\s+)?$", re.IGNORECASE)
_NATIONALITY = re.compile(r"^\s*người\s*$")


def clause_posts(
    text: str, spans: Sequence[LabelledRange], members: list[int], person: int
) -> list[int]:
    """The posts of an opening clause of holding whose subject is the person."""
    k = members.index(person)
    before = members[:k]
    if not before or not _TO_SUBJECT.match(text[spans[before[-1]][1] : spans[person][0]]):
        return []
    for n, m in enumerate(before):
        start = spans[m][0]
        if spans[m][2] != "ROLE":
            continue
        if _HOLDING_CLAUSE.search(text, max(0, start - _CLAUSE_REACH), start):
            clause = before[n:]
            if any(spans[c][2] == "PER" for c in clause):
                return []
            return [c for c in clause if spans[c][2] == "ROLE"]
    return []


def post_of_nationality(
    text: str, spans: Sequence[LabelledRange], members: list[int], person: int
) -> int | None:
    """`[Phóng viên] người [Nga] [X]`: the post before the nationality, or None."""
    k = members.index(person)
    if k < 2:
        return None
    role, country = members[k - 2], members[k - 1]
    if spans[role][2] != "ROLE" or spans[country][2] != "LOC":
        return None
    if text[spans[country][1] : spans[person][0]].strip():
        return None
    return role if _NATIONALITY.match(text[spans[role][1] : spans[country][0]]) else None
