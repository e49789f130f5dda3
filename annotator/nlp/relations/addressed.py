"""A step requested of a body the request names: the step's object takes part in it.

`đề nghị [VKSND Tối cao] [truy tố] PV [X]`, `đề nghị [TAND Tối cao] [kết án] ông [X]`,
`đề nghị [HĐXX] [tuyên phạt] [X]`, `đề nghị [Quốc hội] [bỏ phiếu bất tín nhiệm] chính
phủ của [X]`: the gold README's convention (`đề nghị [VKS]ORG [truy tố]EVENT X`: the
addressee splits the step, the defendants PARTICIPATES) links the person to the step, where
a request naming no body (`Đề nghị [tạm đình chỉ chức vụ] [X]`, `đề nghị cho phép [bắt
tạm giam] ông X`) takes no part (`cues.requested`). Given gold spans, the refusal lost
such links in news8, news9, news24 and news26 (six), against one refusal the gold keeps
(news4).

Linked: the request word, the body (one ORG span), the step, each right after the other,
and the person right after the step: his posts, an honorific or a standing (`bị cáo`)
between, or up to two words and `của` (`chính phủ của [X]`).

Refused: words between the request and the body or between the body and the step (`đề
nghị [Ủy ban] cho phép [Cơ quan điều tra] thực hiện việc [khởi tố]`); the person further
on (`đề nghị QH [bãi nhiệm] đối với trường hợp ông [X]`, news4's gold: no link).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from annotator.nlp.relations.cues import requested
from annotator.nlp.relations.layout import LabelledRange

_REQUEST_BEFORE = re.compile(r"\b(?:đề nghị|kiến nghị|yêu cầu|đề xuất)\s+$", re.IGNORECASE)
_OBJECT_GAP = re.compile(
    r"^\s*(?:(?:[^\s,.;:()]+\s+){0,2}của\s+)?"
    r"(?:(?:ông|bà|anh|chị|bị cáo|bị can|nguyên|cựu)\s+)*$",
    re.IGNORECASE,
)


def asked_only(
    text: str, spans: Sequence[LabelledRange], members: list[int], person: int, event: int
) -> bool:
    """The step is only requested of the person (`cues.requested`), of no body named."""
    if not requested(text, spans[person], spans[event]):
        return False
    return not addressed_step(text, spans, members, person, event)


def addressed_step(
    text: str, spans: Sequence[LabelledRange], members: list[int], person: int, event: int
) -> bool:
    """`đề nghị [body] [step] [person]`: the request names the body that is to act."""
    start, end = spans[event][0], spans[event][1]
    if spans[person][0] < end or not _object_right_after(text, spans, members, person, event):
        return False
    bodies = [m for m in members if spans[m][2] == "ORG" and spans[m][1] <= start]
    if not bodies or text[spans[bodies[-1]][1] : start].strip():
        return False
    body = spans[bodies[-1]][0]
    return bool(_REQUEST_BEFORE.search(text, max(0, body - 20), body))


def _object_right_after(
    text: str, spans: Sequence[LabelledRange], members: list[int], person: int, event: int
) -> bool:
    """Only the person's posts, an honorific or `… của` between the step and him."""
    gap_start, gap_end = spans[event][1], spans[person][0]
    gap = text[gap_start:gap_end]
    for m in members:
        s, e, label = spans[m]
        if gap_start <= s and e <= gap_end and label == "ROLE":
            gap = gap.replace(text[s:e], " ")
    return bool(_OBJECT_GAP.match(gap))
