"""Dates a sentence gives to something other than its event, for WHEN (false alarms).

Kinds counted on the tune sets before writing (dev, news3 … news11):

- a date that belongs to a noun of a period of work, a plan or a budget
  (`chương trình hành động [năm 2006]`, `ngân sách [2004]`, `ngân sách nhà
  nước [6 tháng đầu năm]`, `hoạt động của báo chí [năm 2004]`): 4 sets;
- a date of a source or a publication (`trên [Báo Lao Động] [ngày 14/3]`,
  `tờ [Monitor] ra [ngày 22/6]`, `nguồn tin từ [Cơ quan CSĐT] [ngày 28-3]`):
  3 sets;
- a case, a lawsuit or a crime named with `vụ` (`[vụ án]`, `[Vụ kiện]`,
  `[vụ tham ô X]`): the gold dates the steps of a case, never the case; an
  incident (`[vụ tấn công]`) keeps its date: 4 sets;
  a case brought to trial (`đưa [vụ án …] ra [xét xử]`) hands its date to
  the trial (`trial_of_case`; news25, news27);
- an event inside a bracket that describes someone (`bị can X (bị [khởi tố]
  về tội …)`, `(bị cáo cùng [vụ án] này)`) and a date outside it: 3 sets;
- a date alone in a bracket after an event and its places (`[cuộc họp …] ở
  thủ đô [Santiago] của [Chile] ([20-21/11]), ông X sẽ [gặp] …`) is that
  event's, not the next one's (news22);
- a date inside a bracket that names a person, the event outside it
  (`[thăm] CHLB Đức (trước đó là Thủ tướng [X] [năm 1993], …)`, `([X] - Sinh
  năm 1957)`): seven such dates in five gold files, none linked out (round 23);
  so is one in the bracket that opens right after a name and describes him (`Peter
  Mueller ([1937], quốc tịch Áo) đã bị … [bắt giữ]`, news24; nine dates in brackets
  right after a name in the gold files, none linked).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from annotator.nlp.relations.asides import BRACKET_REACH, bracket_around
from annotator.nlp.relations.layout import LabelledRange, line_start_within

_PERIOD_NOUN = re.compile(
    r"\b(?:công tác|chương trình(?: hành động| công tác| làm việc)?|kế hoạch|"
    r"ngân sách(?: nhà nước)?|dự toán(?: ngân sách)?|nhiệm vụ|kinh tế - xã hội|báo chí|"
    r"tình hình|số liệu|chỉ tiêu|tăng trưởng|quyết toán|thu chi|tài khóa)\s*$",
    re.IGNORECASE,
)
_SOURCE_BEFORE = re.compile(r"\b(?:trên|tờ|nguồn tin(?:\s+(?:từ|của))?|theo)\s*$", re.IGNORECASE)
_SOURCE_AFTER = re.compile(r"^\s*(?:(?:số\s+)?ra|phát hành|đăng|số)?\s*(?:ngày\s*)?$", re.I)
_CASE = re.compile(
    r"[Vv]ụ\s+(?:án|trọng án|kiện|tham ô|tham nhũng|hối lộ|nhận hối lộ|đưa hối lộ|buôn lậu|"
    r"lừa đảo|cá độ|gian lận|sai phạm)\b"
)
# A case brought to trial: "đưa [vụ án …] do X cầm đầu ra [xét xử]", "[vụ trọng án …],
# [hôm nay] bị TAND … đưa ra [xét xử]" (news25, news27: both dates are the trial's); the
# case may name its defendants and their offences at length before `ra` (news30).
_BROUGHT_TO = re.compile(r"\bđưa\b[^.;:!?()\n]{0,160}?\bra\s*$", re.IGNORECASE)
_TRIAL = re.compile(r"(?:xét xử|xử)\b", re.IGNORECASE)
_BROUGHT_REACH = 40


def dated_elsewhere(
    text: str, spans: Sequence[LabelledRange], members: list[int], date: int, event: int
) -> bool:
    """The date is a period's, a source's, or the event is a case or in an aside."""
    start = spans[date][0]
    if _PERIOD_NOUN.search(text, max(0, start - 30), start):
        return True
    if _CASE.match(text, spans[event][0], spans[event][1]):
        return True
    if _date_in_aside_of_person(text, spans, members, date, event):
        return True  # "[thăm] CHLB Đức (trước đó là Thủ tướng [X] [năm 1993], …)"
    return _of_source(text, spans, members, start) or _event_in_aside(
        text, spans[event], spans[date]
    )


def _date_in_aside_of_person(
    text: str, spans: Sequence[LabelledRange], members: list[int], date: int, event: int
) -> bool:
    """The date in a bracket that names a person, the event outside it: the date of
    someone's other occasion or of his birth."""
    bracket = bracket_around(text, spans[date])
    if bracket is None or bracket[1] < 0:
        return False
    opened, closed = bracket
    if opened < spans[event][0] < closed:
        return False
    return any(
        spans[m][2] == "PER"
        and (opened < spans[m][0] and spans[m][1] <= closed or _describes(text, spans[m], opened))
        for m in members
    )


def _describes(text: str, person: LabelledRange, opened: int) -> bool:
    """The bracket opens right after the name: it describes him (`X (1937, quốc tịch Áo)`)."""
    return person[1] <= opened and not text[person[1] : opened].strip()


def _of_source(text: str, spans: Sequence[LabelledRange], members: list[int], start: int) -> bool:
    """`trên [Báo X] [ngày 14/3]`: a body right before the date, named as a source."""
    for m in members:
        a, b, label = spans[m]
        if label != "ORG" or b > start or start - b > 12:
            continue
        if _SOURCE_AFTER.match(text[b:start]) and _SOURCE_BEFORE.search(text, max(0, a - 20), a):
            return True
    return False


def _event_in_aside(text: str, event: LabelledRange, date: LabelledRange) -> bool:
    """The event in a bracket the date stands outside of."""
    bracket = bracket_around(text, event)
    if bracket is None:
        return False
    opened, closed = bracket
    return closed >= 0 and not opened < date[0] < closed


def bracket_event(
    text: str, spans: Sequence[LabelledRange], members: list[int], date: int, nearest: int
) -> int:
    """A date in a bracket goes to the event in the same bracket, when there is one
    (`(Cuộc “[Chiến tranh 5 ngày]” giữa Nga và Gruzia [tháng 8/2008]); trong [Thế vận
    hội]`), else to the nearest event."""
    start = spans[date][0]
    line_start = line_start_within(text, start, BRACKET_REACH)
    opened = text.rfind("(", line_start, start)
    if opened < 0 or text.find(")", opened, start) >= 0:
        return nearest
    closed = text.find(")", spans[date][1])
    if closed < 0 or opened < spans[nearest][0] < closed:
        return nearest
    if not (text[opened + 1 : start].strip() or text[spans[date][1] : closed].strip()):
        placed = _event_at_place(text, spans, members, opened)
        if placed is not None:
            return placed  # "Tại [cuộc họp …] ở thủ đô [Santiago] của [Chile] ([20-21/11]), …"
    inside = [
        m
        for m in members
        if spans[m][2] == "EVENT" and opened < spans[m][0] and spans[m][1] <= closed
    ]
    return inside[-1] if inside else nearest


# Between an event and its place, or a place and the next: `ở thủ đô`, `tại`, `của`, a comma.
_PLACE_GAP = re.compile(
    r"[\s,]*(?:(?:ở|tại|của)\s+)?(?:(?:thủ đô|thành phố|TP|tỉnh|nước|bang)\s+)?", re.IGNORECASE
)
_PLACES = ("LOC", "ORG")


def _event_at_place(
    text: str, spans: Sequence[LabelledRange], members: list[int], opened: int
) -> int | None:
    """The event right before a bracket holding a date alone, past the places of the event."""
    before = [m for m in members if spans[m][1] <= opened]
    k, end = len(before) - 1, opened
    while k >= 0 and _PLACE_GAP.fullmatch(text, spans[before[k]][1], end):
        if spans[before[k]][2] == "EVENT":
            return before[k]
        if spans[before[k]][2] not in _PLACES:
            return None
        end = spans[before[k]][0]
        k -= 1
    return None


def trial_of_case(
    text: str, spans: Sequence[LabelledRange], members: list[int], nearest: int
) -> int:
    """When the nearest event is a case that the sentence brings to trial (`đưa [vụ án …]
    ra [xét xử]`), the trial right after it, which the date times; else the nearest event.
    Refuses a case followed by anything but `đưa … ra` and a trial (`[vụ án] …, cơ quan
    điều tra đã tách …`): a case itself is never dated (see `dated_elsewhere`)."""
    start, end, _ = spans[nearest]
    if not _CASE.match(text, start, end):
        return nearest
    after = [m for m in members if spans[m][2] == "EVENT" and spans[m][0] >= end]
    if not after:
        return nearest
    trial = min(after, key=lambda m: spans[m][0])
    if not _TRIAL.match(text, spans[trial][0], spans[trial][1]):
        return nearest
    opening = max(0, start - _BROUGHT_REACH)
    brought = _BROUGHT_TO.search(text, opening, spans[trial][0])
    return trial if brought else nearest
