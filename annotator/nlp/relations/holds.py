"""HOLDS across an opening clause or a nationality: the post and the name apart.

- An opening clause of holding a post names the posts of the sentence's
  subject: `Trong thời gian giữ chức vụ [Phó Chủ tịch UBND huyện] (...), sau
  đó là [Chủ tịch UBND huyện Krông Nô] ..., ông [X]`, `Sau khi nhận quyết
  định làm [Phó Trưởng Ban], ông [X]`, `Trong quá trình làm [phó giám đốc],
  [quyền giám đốc] ..., [X]`.
- A post and a name with a nationality between: `[Phóng viên chiến trường]
  người [Nga] [Alexander Sladkov]`.
- A counted post and the people listed after it, each holding it: in a
  bracket, after `gồm` or after a short clause and `là` (`Các [bộ trưởng]
  trúng cử BCH là [A], [B]`), or as names right after it (`hai nguyên [thứ
  trưởng] [A] và [B]`). Missed in news9 and news11 (12 pairs in one list).
- Names listed after the first one right after a post, uncounted, share it
  (`nguyên [Tổng Bí thư] [A], [B];`, `[Đại biểu] [A] và [B]`), up to a name
  with a post of its own; not in a list of posts and names split by commas.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from annotator.nlp.relations.layout import LabelledRange, Layout, line_start_within

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


# Between names of one list: "ông A và B", "A, B và C".
_NAME_LIST = re.compile(r"^\s*(?:,|và|,\s*và)\s*(?:(?:ông|bà|anh|chị)\s+)?$", re.IGNORECASE)
_COUNTED = re.compile(
    r"\b(?:\d+|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười(?:\s+\w+)?|các|những|cả\s+\w+)"
    r"(?:\s+(?:nguyên|cựu|tân|vị))?\s*$",
    re.IGNORECASE,
)
# After a counted post, its list: "Sáu [ủy viên Bộ Chính trị] (A, B, ...)", "gồm: A, B",
# or a short clause then `là`: "Các [bộ trưởng] trúng cử BCH là A, B", "Hai [phó thủ
# tướng] tái đắc cử lần này là A và B" (no punctuation but an abbreviation's dot, no person
# or post inside): "Các [Ủy viên Bộ chính trị khóa IX] tiếp tục tham gia danh sách bầu cử
# BCH T.Ư khóa X gồm: A, B" (news24) runs past 45 characters and has `T.Ư` in it.
_MEMBERS_OPEN = re.compile(
    r"(?:\s+(?:[^.,;:!?()\n\"“”]|\.(?=\w)){1,70}?)?\s*(?:\(|\bgồm\s*:?|\blà\s*:?|:)",
    re.IGNORECASE,
)
# A clause of saying before `là`: what follows is said, not the post's holders.
_SAYING = re.compile(r"\b(?:rằng|cho biết|nói|hỏi|nhận định|khẳng định|đây|đó)\b", re.I)


def counted_post_members(
    text: str, spans: Sequence[LabelledRange], members: list[int], post: int
) -> list[int]:
    """The people listed after a counted post, each holding it: `Sáu [ủy viên Bộ Chính
    trị] (Tổng bí thư [A], ... [B])`, `hai nguyên [thứ trưởng] [A] và [B]`. In a
    bracket, only the bracket's people."""
    start, end, _ = spans[post]
    if not _COUNTED.search(text, max(0, start - 16), start):
        return []
    named = _named_right_after(text, spans, members, post)
    if named is not None:
        return named
    cue = _MEMBERS_OPEN.match(text, end)
    if cue is None or _held_inside(spans, members, end, cue.end()):
        return []
    if _SAYING.search(text, end, cue.end()):
        return []
    stop = text.find(")", cue.end()) if cue.group().strip().endswith("(") else len(text)
    stop = len(text) if stop < 0 else stop
    listed = [m for m in members if cue.end() <= spans[m][0] and spans[m][1] <= stop]
    first = next((m for m in listed if spans[m][2] in ("PER", "ROLE")), None)
    if first is None or spans[first][0] - cue.end() > 4:
        return []
    return [m for m in listed if spans[m][2] == "PER"]


def _held_inside(spans: Sequence[LabelledRange], members: list[int], start: int, end: int) -> bool:
    """A person or post between a counted post and its list's cue: the cue is theirs."""
    return any(spans[m][2] in ("PER", "ROLE") and start <= spans[m][0] < end for m in members)


def _named_right_after(
    text: str, spans: Sequence[LabelledRange], members: list[int], post: int
) -> list[int] | None:
    """`hai nguyên [thứ trưởng] [A] và [B]`: the names of a list right after a counted
    post but the first (which takes it by the plain HOLDS); None without a name there."""
    k = members.index(post)
    if k + 1 >= len(members) or spans[members[k + 1]][2] != "PER":
        return None
    if text[spans[post][1] : spans[members[k + 1]][0]].strip():
        return None
    names = [members[k + 1]]
    for m in members[k + 2 :]:
        if spans[m][2] != "PER" or not _NAME_LIST.match(text[spans[names[-1]][1] : spans[m][0]]):
            break
        names.append(m)
    return names[1:]


# A name that carries a post of its own after it: a bracket, a dash or a comma and a post
# (`Phan Diễn (UVBCT)`, `Nguyễn Đình Lộc - nguyên bộ trưởng`): it ends a list sharing one.
_HONORIFIC = re.compile(r"\b(?:ông|bà|anh|chị)\b", re.IGNORECASE)
_OWN_POST_AFTER = re.compile(r"\s*(?:\(|[-–]\s)")


def listed_under_post(
    text: str, spans: Sequence[LabelledRange], members: list[int], post: int
) -> list[int]:
    """`nguyên [Tổng Bí thư] [A], [B]`, `[Đại biểu] [A] và [B]`: the names listed after the
    first one right after a post share it, up to a name that carries a post of its own
    (news9, news16, news19, news22; in news15 each listed name has its own bracket)."""
    names = _named_right_after(text, spans, members, post)
    if not names or _item_of_pairs(text, spans, members, post):
        return []
    shared: list[int] = []
    before = members[members.index(post) + 1]  # the first name, holding it by plain HOLDS
    for name in names:
        if _HONORIFIC.search(text, spans[before][1], spans[name][0]):
            break  # "[Bộ trưởng] [A], bà [B] cho rằng": B opens a clause of her own
        if _OWN_POST_AFTER.match(text, spans[name][1]) or _post_follows(text, spans, members, name):
            break
        shared.append(name)
        before = name
    return shared


def _item_of_pairs(
    text: str, spans: Sequence[LabelledRange], members: list[int], post: int
) -> bool:
    """The post follows a name and a comma: an item of a list of posts and names (`[Tổng bí
    thư] [A], [Bí thư] [B] và [C]`), whose last bare name is an item of its own; items
    split by `;` keep their commas inside (`; nguyên [Tổng Bí thư] [A], [B];`)."""
    k = members.index(post)
    if k == 0 or spans[members[k - 1]][2] != "PER":
        return False
    return bool(_PAIRS_LINK.match(text[spans[members[k - 1]][1] : spans[post][0]]))


_PAIRS_LINK = re.compile(r"^\s*(?:,|và|,\s*và)\s*(?:(?:nguyên|cựu)\s+)?$", re.IGNORECASE)


def _post_follows(text: str, spans: Sequence[LabelledRange], members: list[int], name: int) -> bool:
    """A post after the name and a comma, naming no one after it, is his own (`A, Bí thư
    Tỉnh ủy`); not the post of the list's next person (`A; Chủ tịch nước [C]`)."""
    k = members.index(name)
    if k + 1 >= len(members) or spans[members[k + 1]][2] != "ROLE":
        return False
    if not _APPOSED.match(text[spans[name][1] : spans[members[k + 1]][0]]):
        return False
    after = members[k + 2] if k + 2 < len(members) else None
    return (
        after is None
        or spans[after][2] != "PER"
        or bool(text[spans[members[k + 1]][1] : spans[after][0]].strip())
    )


_APPOSED = re.compile(r"^\s*[,–-]\s*$")


# Between the last name and a post it shares with the others: a verb, never a comma.
_SHARED_LINK = re.compile(
    r"^\s*(?:(?:đều|cùng|cũng)\s+)?(?:làm|là|giữ chức|được (?:bầu|cử|bổ nhiệm)"
    r"(?:\s+(?:làm|giữ chức))?)\s*$",
    re.IGNORECASE,
)


def shared_post(
    text: str, spans: Sequence[LabelledRange], members: list[int], person: int
) -> int | None:
    """`ông [A] và [B] làm [phó chủ tịch]`: the post the list's last name is given by a verb."""
    k = members.index(person)
    while k + 1 < len(members) and spans[members[k + 1]][2] == "PER":
        if not _NAME_LIST.match(text[spans[members[k]][1] : spans[members[k + 1]][0]]):
            return None
        k += 1
    if k == members.index(person) or k + 1 >= len(members):
        return None
    post = members[k + 1]
    link = text[spans[members[k]][1] : spans[post][0]]
    return post if spans[post][2] == "ROLE" and _SHARED_LINK.match(link) else None


_APPOINTED = re.compile(r"^\s*(?:(?:đã|vừa|mới|đều|cùng|cũng|chính thức)\s+)*được\s*$", re.I)
_APPOINTMENT = re.compile(
    r"(?:bổ nhiệm|tái bổ nhiệm|thăng chức|thăng|đề bạt|bầu|bầu làm|bầu giữ|điều động|"
    r"luân chuyển|phê chuẩn|chỉ định|giao)\b",
    re.IGNORECASE,
)
_TO_POST = re.compile(r"^\s*(?:làm|giữ chức vụ|giữ chức|vào chức|vào vị trí|lên|là)?\s*$", re.I)


def appointed_post(
    text: str, spans: Sequence[LabelledRange], members: list[int], person: int
) -> int | None:
    """`[X] vừa được [thăng chức] [Phó phòng]`: the post after an appointment the person
    receives, or None."""
    k = members.index(person)
    if k + 2 >= len(members):
        return None
    event, post = members[k + 1], members[k + 2]
    if spans[event][2] != "EVENT" or spans[post][2] != "ROLE":
        return None
    if not _APPOINTMENT.match(text, spans[event][0], spans[event][1]):
        return None
    received = _APPOINTED.match(text[spans[person][1] : spans[event][0]])
    return post if received and _TO_POST.match(text[spans[event][1] : spans[post][0]]) else None


# A post opening a sentence or a source (`Theo`, `Với vị trí là`), then a comma or a
# dash and the name: "Theo [thị trưởng …], X", "[Chủ nhiệm Ủy ban …], bà X cho rằng",
# "…”, [bí thư …], [trưởng Ban …] - ông X - nhận xét". Missed in news3, news8, news9
# and news10 (6 pairs).
# Or a clause of being (`Là [luật sư], X`, `Từng là [phó chánh án …], ông X`, `khi còn là
# [trưởng phòng …], ông X`: news9, news22, news23 link all three).
_OPENS_CLAUSE = re.compile(
    r"(?:^|[.!?:]\s*|\n\s*|[”\"]\s*,\s*|\b(?:Theo|theo)\s+|\bTrong khi đó,\s*|"
    r"\b(?:Với|với|Trên|trên)\s+(?:vị trí|cương vị|tư cách)(?:\s+là)?\s+|"
    r"(?:^|[.!?:,]\s*|\n\s*)(?:(?:[Tt]ừng|[Vv]ốn|[Đđ]ã từng|(?:[Kk]hi|[Ll]úc)\s+còn)\s+)?[Ll]à\s+)$"
)
_COMMA_TO_NAME = re.compile(r"^\s*[,–-]\s*(?:(?:ông|bà|anh|chị|đồng chí|ngài|Ông|Bà|Ngài)\s+)?$")
_POST_LIST = re.compile(r"^\s*(?:,|và|kiêm)\s*$")


def opening_posts(
    text: str, spans: Sequence[LabelledRange], members: list[int], person: int
) -> list[int]:
    """The posts that open the clause, a comma or dash before the person's name."""
    k = members.index(person)
    if k == 0 or spans[members[k - 1]][2] != "ROLE":
        return []
    if not _COMMA_TO_NAME.match(text[spans[members[k - 1]][1] : spans[person][0]]):
        return []
    j = k - 1
    while j > 0 and spans[members[j - 1]][2] == "ROLE":
        if not _POST_LIST.match(text[spans[members[j - 1]][1] : spans[members[j]][0]]):
            break
        j -= 1
    first = spans[members[j]][0]
    line_start = line_start_within(text, first, 40)
    before = text[line_start:first]
    return members[j:k] if first == line_start or _OPENS_CLAUSE.search(before) else []


# A biography goes on with a pronoun: "Ông [X], sinh năm 1948. Từ tháng 4-2002, ông là
# [Thứ trưởng …], [Chủ nhiệm …]. Trước đó, ông từng là [A]; [B]; [C]", "khi ông này còn là
# [trưởng phòng]", "ông cũng là [đại biểu HĐND]" (news4, news9, news12: 10 pairs).
_PRONOUN_HOLDS = re.compile(
    r"\b(?:ông|bà)(?:\s+(?:này|ấy))?\s+(?:(?:cũng|từng|hiện|đã|vẫn|còn|nguyên|đang|đồng thời)\s+)*"
    r"(?:là|làm|giữ chức vụ|giữ chức)\s*(?:nguyên\s+)?$",
    re.IGNORECASE,
)
_PRONOUN_LIST = re.compile(r"^\s*(?:,|;|và|kiêm|,\s*và)\s*(?:nguyên\s+)?$")
_PRONOUN_REACH = 400


def pronoun_posts(
    text: str, spans: Sequence[LabelledRange], layout: Layout
) -> list[tuple[int, int]]:
    """(person, post) for posts given to `ông`/`bà` of the last person named on the line."""
    out: list[tuple[int, int]] = []
    order = layout.order
    for n, post in enumerate(order):
        start = spans[post][0]
        if spans[post][2] != "ROLE" or not _PRONOUN_HOLDS.search(text, max(0, start - 40), start):
            continue
        person = _last_person(spans, layout, n, layout.line_start(start))
        if person is None:
            continue
        out.append((person, post))
        for nxt in (order[r] for r in range(n + 1, len(order))):
            gap = text[spans[out[-1][1]][1] : spans[nxt][0]]
            if spans[nxt][2] != "ROLE" or not _PRONOUN_LIST.match(gap):
                break
            out.append((person, nxt))
    return out


def _last_person(
    spans: Sequence[LabelledRange], layout: Layout, rank: int, line_start: int
) -> int | None:
    """The last person on the line before the post ranked `rank`, if within reach of it."""
    reach = spans[layout.order[rank]][0] - _PRONOUN_REACH
    for r in range(rank - 1, -1, -1):
        m = layout.order[r]
        if spans[m][0] < line_start or spans[m][1] < reach:
            return None  # off the line, or too far back for any earlier one
        if spans[m][2] == "PER":
            return m
    return None
