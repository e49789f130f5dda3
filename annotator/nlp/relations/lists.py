"""PARTICIPATES for people listed as attending: `Đến dự có A; B; C`, `21 bị cáo hầu tòa gồm: A, B`.

A report lists who attended after a cue, often in the sentence after the
event's (`[Đại hội ...] đã khai mạc tại Pleiku. Đến dự có Chủ tịch nước A;
... B; ... C`), and the list runs far past the reach of the nearest-event
pattern. Every person of the list, up to the end of the cue's sentence, takes
part in the event the cue names (`Tham dự [buổi lễ] có ...`), the one right
before `gồm` (`[hầu tòa] gồm: ...`), or else the last event before the cue on
its line. `với sự tham dự / chứng kiến / có mặt của` is such a cue too, for the
last event before it (news14, news22). Across lines nothing is linked, as the guidelines ask. A person
named in the bracket that describes a listed one is no member of the list.

The list may also come first, as the subject of the attendance verb, joined
to a crowd by `cùng` (`Chủ tịch nước A; Bí thư B cùng nhiều vị lãnh đạo …
đã tham dự [phiên khai mạc]`, news5, news17): every person of that list,
posts and `;` between names, attends the event right after the verb, or,
with none (`… đã tham dự.`), the last event before the list on its line.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence

from annotator.nlp.relations.cues import ATTENDS
from annotator.nlp.relations.layout import LabelledRange, Layout

# "Đến dự có", "Tới dự có", "Tham dự buổi lễ có", "Về dự có", "Cùng dự có" (any letter case),
# and a sentence opened by a bare `Dự` (`Dự [mít tinh] có A; B; C`, news2), not `Dự kiến`.
_ATTENDED = re.compile(
    rf"(?:\b(?:tới|đến|về|tham|cùng)\s+dự|(?:^|(?<=[.!?\n]\s)|(?<=\n))(?-i:D){ATTENDS[1:]})\b"
    r"(?P<named>[^.;:!?\n]{0,80}?)\s+có\b",
    re.I | re.M,
)
# "[Đại hội …] đã khai mạc … với sự tham dự của …, ông X", "[khám xét …] được tiến hành với
# sự chứng kiến của A, B" (news14, news22): those present at the event told before the cue.
_PRESENCE_OF = re.compile(
    r"\b(?:với|dưới) sự (?:tham dự|chứng kiến|có mặt|tham gia|hiện diện|góp mặt)(?:\s+của)?\b",
    re.I,
)
# "[hầu tòa] gồm:", "[phiên tòa] gồm các bị cáo": the event right before the list; a
# short qualifier may stand between (`Đoàn Chủ tịch của [Đại hội] lần này gồm 24 người:`,
# `Những người phải [kiểm điểm] bao gồm A, B`).
_MADE_OF = re.compile(r"(?:\s+(?:lần này|kỳ này|đợt này|này))?\s*(?:bao\s+)?gồm\b\s*:?", re.I)
_GAP_TO_LIST = 3
# Absent from the event: "không tham dự [ĐH]", "vắng mặt dự".
NOT_ATTENDING = re.compile(r"\b(?:không|chưa|vắng mặt)\s+(?:(?:tham|về|đến|tới)\s+)?dự\s*$", re.I)
# The list an event is drawn from, not its attendance: "danh sách [bầu cử BCH T.Ư] gồm: A,
# B" names candidates (news24); no one on such a list is linked in the gold files (news8,
# news14, news24).
_LIST_FOR = re.compile(r"\bdanh sách\s*$", re.I)


def listed_attendance(
    text: str, spans: Sequence[LabelledRange], sentence: Sequence[int], layout: Layout
) -> list[tuple[int, int]]:
    """(person, event) index pairs for the people of attendance lists in the text."""
    out: list[tuple[int, int]] = []
    for cue_end, event in _cues(text, spans, layout):
        here = sentence[min(cue_end, len(text))]
        for i in layout.starting_from(cue_end):
            if sentence[spans[i][0]] != here:
                break
            if spans[i][2] == "PER" and not in_brackets(text, cue_end, spans[i][0]):
                out.append((i, event))
    return out + _attending_with_others(text, spans, layout, sentence)


# After the last name of the list: `cùng nhiều vị lãnh đạo …`, `và hàng trăm đại biểu`,
# `cùng 500 đại biểu`, then the verb (`đã tham dự`, `tới dự`).
_WITH_OTHERS = re.compile(
    r"\s*(?:cùng|và)\s+(?:với\s+)?(?:nhiều|các|đông đảo|những|hàng\s+\w+|(?:hơn\s+)?\d[\d.]*)\s"
    rf"[^.;:!?\n]{{0,160}}?\b(?:(?:đã|cũng|đều)\s+)*(?:(?:tới|đến|về|tham)\s+)?{ATTENDS}\b",
    re.I,
)
_EVENT_NEXT = 3
_SENTENCE_CLOSES = re.compile(r"\s*(?:[.!?…]|$)")
# Between two names of the list, posts taken out: `,` or `;`, `và`, an honorific.
_LIST_LINK = re.compile(r"^[\s,;]*(?:và\s+)?(?:(?:ông|bà|đồng chí)\s+)?$", re.I)
_POSTS = ("ROLE", "ORG", "LOC")
_CLOSING_COMMA = re.compile(r"\s*,")


def _attending_with_others(
    text: str, spans: Sequence[LabelledRange], layout: Layout, sentence: Sequence[int]
) -> list[tuple[int, int]]:
    """(person, event) for the people of a list joined to a crowd that attends."""
    order = layout.order
    out: list[tuple[int, int]] = []
    for k, last in enumerate(order):
        if spans[last][2] != "PER":
            continue
        cue = _WITH_OTHERS.match(text, _past_posts(text, spans, order, k))
        if cue is None or any(spans[m][2] == "PER" for m in layout.between(cue.start(), cue.end())):
            continue  # another person inside: `A và các bạn của B đã dự`
        listed = _list_ending(text, spans, order, k, sentence)
        event = _attended(text, spans, layout, cue.end(), spans[listed[0]][0])
        out += [(person, event) for person in listed if event is not None]
    return out


def _past_posts(text: str, spans: Sequence[LabelledRange], order: list[int], k: int) -> int:
    """Where the words after order[k] start, past its posts in commas (`ông A, Bí thư …,`)."""
    end = spans[order[k]][1]
    for m in (order[r] for r in range(k + 1, len(order))):
        if spans[m][2] not in _POSTS or text[end : spans[m][0]].strip(" ,"):
            break
        end = spans[m][1]
    if end == spans[order[k]][1]:
        return end
    comma = _CLOSING_COMMA.match(text, end)
    return comma.end() if comma else end


def _list_ending(
    text: str, spans: Sequence[LabelledRange], order: list[int], k: int, sentence: Sequence[int]
) -> list[int]:
    """The people of the list that ends with order[k], posts and `;` between names."""
    listed = [order[k]]
    j = k - 1
    while j >= 0 and spans[order[j]][2] in _POSTS + ("PER",):
        if spans[order[j]][2] == "PER":
            gap = text[spans[order[j]][1] : spans[listed[0]][0]]
            for m in order[j + 1 : k]:
                gap = gap.replace(text[spans[m][0] : spans[m][1]], " ", 1)
            same = sentence[spans[order[j]][0]] == sentence[spans[order[k]][0]]
            if not same or not _LIST_LINK.match(gap):
                break
            listed.insert(0, order[j])
        j -= 1
    return listed


def _attended(
    text: str, spans: Sequence[LabelledRange], layout: Layout, verb_end: int, list_start: int
) -> int | None:
    """The event right after the verb, or the last one before the list on its line when the
    sentence closes at the verb."""
    following = layout.first_event_from(verb_end)
    if following is not None and spans[following][0] - verb_end <= _EVENT_NEXT:
        return following
    if not _SENTENCE_CLOSES.match(text, verb_end):
        return None
    return _last_ending_before(spans, layout, list_start)


def _cues(text: str, spans: Sequence[LabelledRange], layout: Layout) -> list[tuple[int, int]]:
    """(end of the cue, the event the list attends) for every cue with an event."""
    found = []
    for m in _ATTENDED.finditer(text):
        named = layout.first_event_from(m.start("named"))
        if named is None or spans[named][0] >= m.end("named"):
            named = _last_ending_before(spans, layout, m.start())
        if named is not None:
            found.append((m.end(), named))
    for m in _PRESENCE_OF.finditer(text):
        told = _last_ending_before(spans, layout, m.start())
        if told is not None:
            found.append((m.end(), told))
    for e in layout.events:
        listing = _MADE_OF.match(text, spans[e][1])
        before = max(0, spans[e][0] - 24)
        if NOT_ATTENDING.search(text, before, spans[e][0]):
            continue  # "không tham dự [ĐH] gồm …": the list of those absent
        if _LIST_FOR.search(text, before, spans[e][0]):
            continue  # "danh sách [bầu cử …] gồm: …": the candidates
        if listing and listing.start() - spans[e][1] <= _GAP_TO_LIST:
            found.append((listing.end(), e))
    return found


def _last_ending_before(
    spans: Sequence[LabelledRange], layout: Layout, position: int
) -> int | None:
    """The last event that ends by `position` on its line, or None."""
    k = bisect_left(layout.event_starts, position) - 1
    while k >= 0 and spans[layout.events[k]][1] > position:
        k -= 1
    if k < 0 or spans[layout.events[k]][1] < layout.line_start(position):
        return None
    return layout.events[k]


def in_brackets(text: str, start: int, position: int) -> bool:
    """In a bracket that describes a listed person: `Tỷ Em (em trai Lâm Văn Tỷ)`."""
    between = text[start:position]
    return between.count("(") > between.count(")")
