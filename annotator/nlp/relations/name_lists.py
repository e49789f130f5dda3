"""People named in one list share what the first of them does or undergoes.

A report names the people of one act in a list: the objects of an action
(`[đình chỉ bị can] A, B và C`), the owners of an act after `của` (`bác
[kháng cáo] của A, B, C và D`), a subject of two or more people (`bị cáo A và
B bị [tuyên phạt]`, `Giám đốc A và 2 nhân viên là B và C`). The patterns
found only the name next to the event: 25 of the PARTICIPATES missed in
news3, news6, news8 and news9 were names further down such a list.

A list runs while the words between two names are a comma, `và` or `cùng`
(not `;`, which parts clauses, unless a bracket describing the first name
stands before it: `A (phó giám đốc …); B (…)`), with the second name's post, an honorific,
a standing in the case (`bị cáo`) or a counted noun, `là` or not (`và 2 nhân
viên là`, `cùng 9 người liên quan`) before it, and a bracket describing the first one after it (`A
(nguyên phó phòng), B`). A clause (a verb, another person's post in commas
followed by words) ends it, and so does an
invitation opening the sentence (`Nhận lời mời của A, B sẽ [thăm …]`: A is no member). What one member takes part in, the others do
too when the event stands right before or after the list.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from annotator.nlp.relations.layout import LabelledRange

_BRACKET = re.compile(r"\([^()\n]{0,80}\)")
# A group of people listed between two names (`gặp A, một số thành viên Quốc hội, đại
# diện giới doanh nghiệp, B`: news11, news13): a closed class of nouns of people.
_GROUP_ITEM = (
    r"(?:(?:một số|các|những|nhiều|đông đảo)\s+)?(?:thành viên|đại diện|lãnh đạo|đại biểu|"
    r"quan chức|nghị sĩ|doanh nhân|chuyên gia|cựu chiến binh|bà con|cử tri)\b"
    r"(?:(?!\b(?:đã|sẽ|đang|vừa|cũng|được|bị)\b)[^,;.:!?()\n]){0,40},\s*"
)
# What may stand between two names of one list, posts and places taken out (posts joined
# by `kiêm`: `Phó Chủ tịch kiêm Tổng Thư ký Hội …, Trung tướng X`, news11).
_LINK = re.compile(
    rf"^\s*(?:,\s*(?:{_GROUP_ITEM})*|,?\s*\bvà\b|,?\s*\bcùng\b)\s*"
    r"(?:(?:\d+|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)\s+[^\s,;()]+(?:\s+[^\s,;()]+){0,2}\s+(?:là\s*)?)?"
    r"(?:(?:ông|bà|anh|chị|đồng chí|bị cáo|bị can|đối tượng|nguyên|cựu|kiêm)\s+|,\s*)*$",
    re.IGNORECASE,
)
_AROUND_NAMES = ("ROLE", "ORG", "LOC")
# A name described in brackets, then `;`: the next name continues the list (every such pair
# of the gold files shares its events: news8, news21).
_DESCRIBED_THEN_SEMICOLON = re.compile(r"^\s*\([^()\n]{0,80}\)\s*;")


# The one whose invitation or request opens the sentence is no member of the list after it:
# "Nhận lời mời của Chủ tịch A, Chủ tịch nước B sẽ [thăm …]" (news28, news27).
_INVITER = re.compile(r"\b(?:lời mời|đề nghị|yêu cầu) của\b[^,;.:!?\n]{0,60}$", re.IGNORECASE)


def _joined(text: str, spans: Sequence[LabelledRange], members: list[int], a: int, b: int) -> bool:
    """The words between two names join them in one list."""
    start, stop = spans[a][1], spans[b][0]
    if _INVITER.search(text, max(0, spans[a][0] - 60), spans[a][0]):
        return False
    gap = text[start:stop]
    for m in members:
        s, e, label = spans[m]
        if start <= s and e <= stop and label in _AROUND_NAMES:
            gap = gap.replace(text[s:e], " ")
    described = _DESCRIBED_THEN_SEMICOLON.match(gap)
    if described:  # "A (phó giám đốc …); B (…)": a list of described names
        gap = "," + gap[described.end() :]
    return bool(_LINK.match(_BRACKET.sub(" ", gap)))


def list_of(
    text: str, spans: Sequence[LabelledRange], members: list[int], person: int
) -> list[int]:
    """The people of the list the person is named in, in order (just the person when alone)."""
    people = [m for m in members if spans[m][2] == "PER"]
    k = people.index(person)
    first = k
    while first > 0 and _between_only_posts(spans, members, people[first - 1], people[first]):
        if not _joined(text, spans, members, people[first - 1], people[first]):
            break
        first -= 1
    last = k
    while last + 1 < len(people) and _between_only_posts(
        spans, members, people[last], people[last + 1]
    ):
        if not _joined(text, spans, members, people[last], people[last + 1]):
            break
        last += 1
    return people[first : last + 1]


def _between_only_posts(spans: Sequence[LabelledRange], members: list[int], a: int, b: int) -> bool:
    """No event or date between the two names: the list is not broken by another act."""
    return not any(
        spans[a][1] <= spans[m][0]
        and spans[m][1] <= spans[b][0]
        and spans[m][2] not in _AROUND_NAMES
        for m in members
    )


def shared_in_lists(
    text: str, spans: Sequence[LabelledRange], members: list[int], found: set[tuple[int, int]]
) -> list[tuple[int, int]]:
    """(person, event) pairs a list's member lacks that another member of it has."""
    out = []
    for person in (m for m in members if spans[m][2] == "PER"):
        listed = list_of(text, spans, members, person)
        near = [e for p, e in found if p in listed and _next_to(spans, listed, e)]
        out += [(person, e) for e in near if (person, e) not in found]
    return list(dict.fromkeys(out))


_NEXT_TO = 24


def _next_to(spans: Sequence[LabelledRange], listed: list[int], event: int) -> bool:
    """The event stands right before the list or right after it: the list's own act."""
    start, end = spans[listed[0]][0], spans[listed[-1]][1]
    return 0 <= start - spans[event][1] <= _NEXT_TO or 0 <= spans[event][0] - end <= _NEXT_TO
