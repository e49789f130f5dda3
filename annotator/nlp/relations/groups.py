"""PARTICIPATES for the people of a counted group: `khởi tố bốn bị can. Đó là: A, B, C`.

Reports of a criminal case often name a group by its count before or after
the step it went through, then list its members: `[khởi tố] tiếp ba bị can
... Đó là các bị can A, B và C`, `hai bị cáo bị [tạm giam] là A và B`,
`Cả bốn đối tượng ... gồm: A, B, C, D. ..., bốn đối tượng bị [bắt] vì ...`.
Every member of the list takes part in the step the group is bound to: the
event right before or after the group's mention, or, when it has none, the
event bound to the same group (its count and noun) in the next sentence.
Discipline names its group so too: `[kỷ luật] các lãnh đạo UBND tỉnh. Đó là ông A -
…; ông B - …` (news25).

People in brackets inside a list (`Mười (chồng của Trâm)`) describe a member
and are not members themselves.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from annotator.nlp.relations.layout import LabelledRange, Layout
from annotator.nlp.relations.lists import in_brackets
from annotator.nlp.relations.sentence_cuts import sentence_starts

_COUNT = (
    r"(?:\d+|(?:một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|mươi|mốt|tư|lăm)"
    r"(?:\s+(?:mươi|mốt|một|hai|ba|bốn|tư|năm|lăm|sáu|bảy|tám|chín))*)"
)
_NOUN = (
    r"(?:bị can|bị cáo|đối tượng|nghi phạm|nghi can|phạm nhân|người|cán bộ|đảng viên|sĩ quan|lãnh đạo|"
    r"trường hợp)"
)
# "bốn bị can", "cả 21 bị cáo", "các bị can": a group named by its count.
_GROUP = re.compile(
    rf"\b(?:(?:cả|tất cả)\s+)?(?:(?P<count>{_COUNT})|các|những)\s+(?P<noun>{_NOUN})\b", re.I
)
# Between an event and the group it acts on: "[khởi tố] tiếp bốn bị can".
_EVENT_GROUP = re.compile(r"\s*(?:(?:tiếp|thêm|đối với|với)\s+)*", re.I)
# Between a group and what it goes through: "hai bị cáo bị [tạm giam]", "đều bị [bắt]",
# "6 bị can khác cũng bị [đề nghị truy tố]".
_GROUP_EVENT = re.compile(
    r"\s*(?:(?:khác|còn lại)\s+)?(?:(?:đã|đều|cùng|cũng|vừa|mới|lại)\s+)*"
    r"(?:(?:bị|được)\s+(?:đưa ra\s+)?)?",
    re.I,
)
# The list of the group: "... gồm:", "... là", or a next sentence opening "Đó là:".
_LIST_AFTER = re.compile(r"\b(?:gồm có|gồm|là)\b\s*:?|:", re.I)
_LIST_OPENS = re.compile(
    rf"\s*(?:Đó là|Họ là|Gồm có|Gồm|Cụ thể là)(?:\s+(?:các|những)\s+{_NOUN})?\s*:?", re.I
)
# How far after the group its list may open: a charge can run long before `bao gồm:`.
_REACH = 220
# From the cue to the first name: "Đó là các bị can ", an honorific.
_LIST_GAP = 16


def listed_group_members(
    text: str, spans: Sequence[LabelledRange], sentence: Sequence[int], layout: Layout
) -> list[tuple[int, int]]:
    """(person, event) index pairs for the members listed of counted groups."""
    out: list[tuple[int, int]] = []
    starts = sentence_starts(sentence)
    for group in _GROUP.finditer(text):
        here = sentence[group.start()]
        next_end = starts[here + 2] if here + 2 < len(starts) else len(text)
        event = _bound_event(text, spans, layout, sentence, group, next_end)
        start = _list_start(text, spans, layout, sentence, group)
        if event is None or start is None:
            continue
        members = []
        for p in layout.starting_from(start):
            if sentence[spans[p][0]] != sentence[start]:
                break
            if spans[p][2] == "PER" and not in_brackets(text, start, spans[p][0]):
                members.append(p)
        out += [(p, event) for p in members]
    return out


def _bound_event(
    text: str,
    spans: Sequence[LabelledRange],
    layout: Layout,
    sentence: Sequence[int],
    group: re.Match[str],
    next_end: int,
) -> int | None:
    """The event right before or after the group, else the same group's in the next sentence
    (which ends at `next_end`)."""
    adjacent = _adjacent_event(text, spans, layout, group)
    if adjacent is not None or not group.group("count"):
        return adjacent
    here = sentence[group.start()]
    same = re.compile(
        rf"\b{re.escape(group.group('count'))}\s+{re.escape(group.group('noun'))}\b", re.I
    )
    for later in same.finditer(text, group.end(), next_end):
        if sentence[later.start()] > here + 1:
            break
        found = _adjacent_event(text, spans, layout, later)
        if found is not None and sentence[later.start()] == here + 1:
            return found
    return None


def _adjacent_event(
    text: str, spans: Sequence[LabelledRange], layout: Layout, group: re.Match[str]
) -> int | None:
    """The event right before the group (`[khởi tố] tiếp bốn bị can`), else right after it
    (`hai bị cáo bị [tạm giam]`): only the nearest one either side can be that close."""
    before = layout.last_event_between(0, group.start())
    end = spans[before][1] if before is not None else group.start() + 1
    if end <= group.start() and _EVENT_GROUP.fullmatch(text, end, group.start()):
        return before
    after = layout.first_event_from(group.end())
    if after is not None and _GROUP_EVENT.fullmatch(text, group.end(), spans[after][0]):
        return after
    return None


def _list_start(
    text: str,
    spans: Sequence[LabelledRange],
    layout: Layout,
    sentence: Sequence[int],
    group: re.Match[str],
) -> int | None:
    """Where the group's list begins: after `gồm:` or `là` in its sentence, or after
    `Đó là:` opening the next one."""
    here = sentence[group.start()]
    for cue in _LIST_AFTER.finditer(text, group.end(), min(len(text), group.end() + _REACH)):
        if sentence[cue.start()] != here or any(c in text[group.end() : cue.start()] for c in ",;"):
            break  # "hai bị cáo ..., chủ tọa là X": another clause's list
        if _names_follow(spans, layout, group.end(), cue.end()):
            return cue.end()
    nxt = group.end()
    while nxt < len(text) and sentence[nxt] == here:
        nxt += 1
    opening = _LIST_OPENS.match(text, nxt)
    if nxt < len(text) and sentence[nxt] == here + 1 and opening:
        return opening.end() if _names_follow(spans, layout, nxt, opening.end()) else None
    return None


def _names_follow(spans: Sequence[LabelledRange], layout: Layout, start: int, cue_end: int) -> bool:
    """No one named between the group and its cue, and a name right after the cue."""
    if any(spans[m][2] == "PER" for m in layout.between(start, cue_end)):
        return False
    first = next(layout.starting_from(cue_end), None)
    if first is None:
        return False
    a = spans[first][0]
    return any(
        spans[m][2] in ("PER", "ROLE") and a - cue_end <= _LIST_GAP
        for m in layout.between(a, a + 1)
    )
