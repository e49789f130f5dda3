"""A programme or visit framing a sentence hands its date to the act told in it.

`[Chiều qua], trong khuôn khổ [chuyến thăm …], X đã có [cuộc hội đàm]` dates the talks,
not the visit of several days (news27); `Tại [buổi thảo luận tổ], trong chương trình
[kỳ họp …], [chiều 20/12], …` dates the group discussion, not the session (news28). The
frame keeps the date when it is the sentence's only event.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from annotator.nlp.relations.layout import LabelledRange
from annotator.nlp.relations.suggestion import distance

# The words that make an event the frame of what the sentence tells.
_FRAME = re.compile(r"\b(?:trong khuôn khổ|trong chương trình)\s+$", re.IGNORECASE)
_FRAME_REACH = 25


def act_in_frame(
    text: str, spans: Sequence[LabelledRange], members: list[int], date: int, event: int
) -> int:
    """The event nearest the date but the frame, when `event` is a programme's or visit's
    frame (`trong khuôn khổ [E]`); else `event`."""
    start = spans[event][0]
    if not _FRAME.search(text, max(0, start - _FRAME_REACH), start):
        return event
    others = [m for m in members if spans[m][2] == "EVENT" and m != event]
    if not others:
        return event
    return min(others, key=lambda m: distance(spans[m], spans[date]))
