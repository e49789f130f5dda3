"""HOLDS for a post named as someone's, then its holder: `[post] của X là [Y]`, `…, [Y]`.

`[Luật sư] của ông [Berlusconi] là [Nicolo Gheddini]`, `giao cho [tài xế] của mình là
[Lê Đức Tuân]`, `[phụ trách nhân sự] của [Sharon], [Dov Weisglass]`, `kinh qua chức quyền
[giám đốc Trung tâm Thống kê] của bộ, ông [Tiến]`: the post belongs to the one named after
`của` (its owner, a person or a body), the name after `là` or the comma holds it. The
post is no run right before the holder's name, so `held_posts` missed it: four links
given gold spans in news21, news22 and news26, against none the gold leaves unlinked on
any set.

Linked: the sentence's last post before the person, then `của`, an owner of up to forty
characters without punctuation, `là` or a comma, and an honorific at most.

Refused: anything else between (a verb, a second clause: `[Bộ trưởng] của nước này đã
gặp [Y]`), an owner running over a comma or a bracket, a post more than sixty characters
before the name; the owner himself (a name inside the `của` phrase) holds nothing by this.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from annotator.nlp.relations.layout import LabelledRange

_OWNER_THEN_HOLDER = re.compile(
    r"^\s+của\s+[^,.;:!?()\n\"“”]{1,40}?(?:\s+là|,)\s+(?:(?:ông|bà|anh|chị)\s+)?$"
)
_REACH = 60


def post_of_owner(
    text: str, spans: Sequence[LabelledRange], members: list[int], person: int
) -> int | None:
    """The post named as someone's right before the person who holds it, or None."""
    start = spans[person][0]
    posts = [
        m
        for m in members
        if spans[m][2] == "ROLE" and spans[m][1] <= start and start - spans[m][1] <= _REACH
    ]
    if not posts:
        return None
    post = posts[-1]
    return post if _OWNER_THEN_HOLDER.match(text[spans[post][1] : start]) else None
