"""HOLDS for a post followed by a comma and the name of its holder: `[ROLE], [PER]`.

Links: a post that no pattern gave to anyone, then a comma (and an honorific),
then a name, wherever the post stands in the sentence (`holds.opening_posts`
takes only a post that opens a clause): `Đầu năm 2001, [thẩm phán TAND TP HCM],
[Nguyễn Thị Hường] được phân công`, `Nhưng theo nhận định của [người đứng đầu
Ủy ban Bầu cử], ông [X], thì`, `Khi mới giữ chức [thứ trưởng], ông [X]`. On
the tuning sets the gold links 8 such pairs in 6 sets and leaves 2 apart.

Refuses the two it leaves apart: a post governed by a preposition (`của`,
`trước`, `với`, ...) whose name is not closed by a second comma. There the comma
ends a phrase put first and the name opens the clause (`Theo tờ trình của [Thủ
tướng], ông [X] sinh năm 1956`, `Phát biểu trước [Thủ tướng], ông [X] nhận trách
nhiệm`), while a closed aside stays one person (`Lời khai của nguyên [Giám đốc
trung tâm ITC], [X], đã lý giải`). A post already held by someone (an earlier
name's post after a comma: `A, [Giám đốc Sở], ông B`) is never taken again, nor is a
plural or counted post (`ý kiến của nhiều [đại biểu], ông X đề nghị`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from annotator.nlp.relations.layout import LabelledRange

# Between the post and the name: a comma, an honorific.
_COMMA_NAME = re.compile(r"^\s*,\s*(?:(?:ông|bà|anh|chị|đồng chí)\s+)?$", re.IGNORECASE)
# Words that make the post the object of a phrase, right before it (a time word between).
_GOVERNED = re.compile(
    r"\b(?:của|trước|với|gặp|cho|tới|đến|cùng|theo|vào|về)\s+(?:(?:nguyên|cựu|vị|ngài)\s+)?$",
    re.IGNORECASE,
)
_CLOSED = re.compile(r"\s*,")
# A plural or counted post names a group, not the one person after it (`ý kiến của nhiều
# [đại biểu], ông X đề nghị`).
_PLURAL = re.compile(r"\b(?:các|những|nhiều|một số|mấy|hai|ba|bốn)\s+$", re.IGNORECASE)
_LOOK_BACK = 30


def posts_named_after(
    text: str, spans: Sequence[LabelledRange], members: list[int], held: set[int]
) -> list[tuple[int, int]]:
    """(person, post) for each post of the sentence followed by `, [ông] NAME`, unless the
    post is in `held` (given to someone already), plural, or governed with its name left open."""
    out = []
    for post, person in zip(members, members[1:], strict=False):
        if spans[post][2] != "ROLE" or spans[person][2] != "PER" or post in held:
            continue
        if not _COMMA_NAME.match(text[spans[post][1] : spans[person][0]]):
            continue
        before = max(0, spans[post][0] - _LOOK_BACK), spans[post][0]
        if _PLURAL.search(text, *before):
            continue
        if _GOVERNED.search(text, *before) and not _CLOSED.match(text, spans[person][1]):
            continue
        out.append((person, post))
    return out
