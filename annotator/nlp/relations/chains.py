"""A chain of acts told of one subject, in commas: who takes part in which link.

News prose tells a visit or a working day as one subject's acts in a row,
each with its own object, the subject said once: `Chủ tịch [X] đã [hội
đàm] với Chủ tịch Quốc hội [A], [hội kiến] với Thủ tướng [B], [gặp gỡ]
cộng đồng doanh nghiệp …, được lãnh đạo TP.HCM [tiếp thân mật]`. Every
link of the chain is the subject's act (he takes part in each), and a person
named as one link's object is that link's partner, not the next link's:
`[A]` met X at `[hội đàm]`, not at `[hội kiến]`, though `[hội kiến]` is
the event nearest to him. The same shape runs through news2 (the visit of
a speaker: three pairs gained, two false ones dropped) and news20 (a prime
minister's visit, `gặp gỡ Tổng thống Mỹ [Bush], Chủ tịch … [Bill Gates],
[thăm] trường …`: two false ones dropped); news9 has it too, with the links
too far apart for this reading.

A link is an act written as a verb (`hội kiến`, `gặp gỡ`, `thăm`, `tiếp
thân mật`), right after the comma that closes the previous link (`và`,
`rồi`, a tense word, or a passive `được`/`bị` with its agent between); a
noun-headed event after a comma (`[cuộc họp]`, `[Đại hội]`) opens a new
clause with a subject of its own, and breaks the chain.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from annotator.nlp.relations.layout import LabelledRange

# A link's object, then the comma that closes the link, then the next act.
_NEXT_LINK = re.compile(
    r"^[^,.;:!?\n\"“”()]{0,80},\s*(?:(?:và|rồi)\s+)?(?:(?:đã|sẽ|cũng|còn|lại)\s+)?"
    r"(?:(?:được|bị)\s+(?:[^\s,;:!?]+\s+){0,5})?$"
)
# Right after a person, the next link opens: he is the object of the link before him.
_LINK_AFTER_PERSON = re.compile(r"^\s*,\s*(?:(?:và|rồi)\s+)?(?:(?:đã|sẽ|cũng|còn|lại)\s+)?$")
# An event named by a noun (a classifier or a gathering's head), not by a verb.
_NOUN_HEADED = re.compile(
    r"(?:cuộc|buổi|phiên|chuyến|lễ|kỳ|vụ|đợt|hội nghị|đại hội|phiên tòa|phiên toà|"
    r"chiến dịch|chiến tranh|trận|tai nạn)\b",
    re.IGNORECASE,
)
# Words of a clause that are no act: titles of address and tense words.
_NO_ACT = re.compile(
    r"(?:ông|bà|anh|chị|đồng chí|ngài|các|và|đã|sẽ|cũng|vừa|mới|đang)$", re.IGNORECASE
)
_CLAUSE_MARKS = ",;:.!?\n("
_CLAUSE_LOOK = 400
_POSTS = ("ROLE", "ORG", "LOC")


def is_act(text: str, event: LabelledRange) -> bool:
    """An event written as a verb in lower case: `hội kiến`, `thăm`, not `[cuộc gặp]`."""
    words = text[event[0] : event[1]]
    return words[:1].islower() and not _NOUN_HEADED.match(words)


def next_link(text: str, previous: LabelledRange, following: LabelledRange) -> bool:
    """The following event is the next link of a chain after the previous one."""
    return bool(_NEXT_LINK.match(text[previous[1] : following[0]])) and is_act(text, following)


def link_of_object(
    text: str,
    spans: Sequence[LabelledRange],
    members: list[int],
    listed: list[int],
    nearest: int,
) -> int | None:
    """For a person (or the list he is in) right before the next link of a chain: the
    link he is the object of, -1 when it is not an event, None when he is no such object."""
    first, last = spans[listed[0]], spans[listed[-1]]
    event = spans[nearest]
    if event[0] < last[1] or not is_act(text, event):
        return None
    if not _LINK_AFTER_PERSON.match(text[last[1] : event[0]]):
        return None
    window = max(0, first[0] - _CLAUSE_LOOK)  # no clause runs on this long
    clause_start = max(window - 1, *(text.rfind(m, window, first[0]) for m in _CLAUSE_MARKS)) + 1
    inside = [m for m in members if clause_start <= spans[m][0] and spans[m][1] <= first[0]]
    words = text[clause_start : first[0]]
    for m in sorted(inside, key=lambda m: -spans[m][0]):
        a, b, label = spans[m]
        if label in _POSTS:
            words = words[: a - clause_start] + words[b - clause_start :]
    acts = [m for m in inside if spans[m][2] == "EVENT"]
    if acts:
        return acts[-1]  # ", [hội kiến] với Thủ tướng [B], [gặp gỡ]": B's link is hội kiến
    spoken = [w for w in words.split() if not _NO_ACT.match(w)]
    return -1 if spoken and spoken[-1][:1].islower() else None
