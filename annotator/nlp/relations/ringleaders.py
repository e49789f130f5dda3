"""The one who heads a case or a scheme takes part in it: `[vụ cá độ] do [X] cầm đầu`.

`[vụ cá độ bóng đá] do [Bùi Quang Hưng] cầm đầu` (news26, twice), `[vụ án lừa đảo] do
cựu luật sư [Nguyễn Trọng Quý] cầm đầu` (news27): the name after `do`, a post or an
honorific between, and `cầm đầu` or `chủ mưu` right after him is the ringleader of the
event before `do`; the gold files link him every time. Not read here: `dẫn đầu`
(`[đón tiếp] đoàn … do Chủ tịch X dẫn đầu`: the delegation, not the event, is what he
leads), and a name not right after `do` and its post.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from annotator.nlp.relations.layout import LabelledRange

# `do`, then up to four words of post or honorific, right before the name.
_BY = re.compile(r"^\s*do\s+(?:[^\s,.;:!?()]+\s+){0,4}$", re.IGNORECASE)
_HEADS = re.compile(r"\s*(?:cầm đầu|chủ mưu)\b", re.IGNORECASE)


def headed_event(
    text: str, spans: Sequence[LabelledRange], members: list[int], person: int
) -> int | None:
    """The event right before `do [person] cầm đầu`, or None."""
    if not _HEADS.match(text, spans[person][1]):
        return None
    before = [m for m in members if spans[m][1] <= spans[person][0]]
    while before and spans[before[-1]][2] == "ROLE":
        before.pop()
    if not before or spans[before[-1]][2] != "EVENT":
        return None
    event = before[-1]
    return event if _BY.match(text[spans[event][1] : spans[person][0]]) else None
