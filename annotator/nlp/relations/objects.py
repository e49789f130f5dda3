"""PARTICIPATES and WHEN read from how a sentence binds a person or a date to an event.

- A person named right after an action taken about them takes part in it,
  the post between included: `xem xét [bãi nhiệm] [đại biểu] [X]`,
  `quyết định [điều động], [bổ nhiệm] ông [X]` (both actions);
- the subject of a sentence who `đã có` an event, or speaks `trong` or
  `tại` one, takes part in it, a post in commas between included: `ông
  [X], [đại biểu ...], đã có [buổi chất vấn]`, `bà [X], ..., nói trong một
  [cuộc họp báo]`;
- the one who invites takes no part in the visit (`[thăm] ... theo lời mời
  của Thủ tướng [X]`), nor one who recalls an event (`[X] đã ôn lại ...
  trong [cuộc tổng tiến công]`);
- a subject takes part in the events joined right after his (`tham gia
  [E1] và [E2]`, `bị [truy tố] và đưa ra [xét xử]`; news3, news8, news9), and
  the object of adjacent steps in both (`lệnh [khởi tố] [bắt tạm giam] đối với X`);
- a person who chairs, speaks or reads, in a sentence with no event, takes
  part in the last event before him on the same line (`... đã họp [Hội
  nghị lần thứ 15]. Đồng chí [X] chủ trì, phát biểu ...`);
- a date is not the time of an event when it dates a report (`Reuters đưa
  tin [ngày 8/3]`), when it comes before `sau khi` / `trước khi` and the
  event (`bay huấn luyện [ngày 28/2] ngay sau khi [cuộc xung đột] nổ ra`),
  or when it spans the years an anniversary counts (`(30.4.1975 - 30.4.2006)`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from annotator.nlp.relations.chains import next_link
from annotator.nlp.relations.layout import LabelledRange, Layout
from annotator.nlp.relations.lists import NOT_ATTENDING

# Actions taken about a person, who takes part in them as their object: the steps of
# party and state discipline, of a criminal case, and of a change of post.
_ACTIONS = re.compile(
    r"(?:bãi nhiệm|miễn nhiệm|cách chức|giáng chức|kỷ luật|khai trừ|buộc thôi việc|bổ nhiệm|"
    r"điều động|luân chuyển|khởi tố|truy tố|tạm giam|tạm giữ|giam giữ|bắt|khám xét|khám nhà|"
    r"truy nã|truy tìm|đình chỉ|tạm hoãn xuất cảnh|cấm xuất cảnh|cấm đi khỏi nơi cư trú|"
    r"di lý|áp giải|"
    r"tạm đình chỉ|cảnh cáo|khiển trách|xét xử|tuyên phạt|tuyên án|kết án|xử phạt|phạt tù|"
    r"trục xuất|dẫn độ|đặc xá|ân xá|"
    # A court's verdict and a suit name their party right after them: "[tuyên] X 13 tháng
    # tù treo", "[tuyên]: chị X không phạm tội", "ông Trai [kiện] X" (news22, news24).
    r"tuyên(?!\s+(?:bố|truyền|dương|thệ|ngôn|chiến))|(?:khởi\s+)?kiện|"
    r"xử(?=\s+(?:sơ thẩm|phúc thẩm|giám đốc thẩm|lại)))\b",
    re.IGNORECASE,
)
# Between the action and the post or name: spaces, `đối với`, an honorific or the
# person's standing in the case ("tuyên phạt bị cáo X"), a former post ("[bắt tạm giam]
# nguyên [Thứ trưởng] X", news8, news22); after a search, the places searched
# ("[bắt], [khám xét] nơi ở, nơi làm việc đối với bị can X", "[khám xét] nơi ở của X":
# news15, news21).
_SEARCHED = r"(?:nơi ở|nơi làm việc|nhà riêng|nhà ở|chỗ ở)"
_OBJECT_GAP = re.compile(
    rf"^\s*:?\s*(?:chức vụ\s+|{_SEARCHED}(?:\s*(?:,|và)\s*{_SEARCHED})*\s+(?:của|đối với)\s+|đối với\s+)?"
    r"(?:(?:ông|bà|anh|chị|đồng chí|ngài|bị cáo|bị can|đối tượng)\s+)?(?:(?:nguyên|cựu)\s+)?$",
    re.IGNORECASE,
)
# Between two actions of one decision: "điều động, bổ nhiệm", "xét xử ... và đã tuyên phạt".
_ACTION_LIST = re.compile(r"^\s*(?:(?:,|và|,\s*và)\s*)?(?:(?:đã|sẽ)\s+)?$")
# Right before the event: the subject has it or speaks at it.
_HAS = re.compile(
    r"\b(?:đã có|vừa có|sẽ có|nói trong|nói tại|phát biểu trong|phát biểu tại)\s*(?:một\s+)?$",
    re.IGNORECASE,
)
_HAS_REACH = 24
_SUBJECT_REACH = 120
# What may stand between a post and its place in an aside: "đại biểu Quốc hội tỉnh Kon Tum".
_ASIDE_WORDS = re.compile(r"[\s,]|\b(?:của|ở|tại|tỉnh|thành phố|TP|huyện|quận|xã|nước)\b")
# The same words, read from the start and stopping at the first other word (linear).
_ONLY_ASIDE_WORDS = re.compile(rf"(?:{_ASIDE_WORDS.pattern})*")
_COMMA_ASIDE = re.compile(r"^\s*,[^,.;:!?\n\"“”()]{1,80},\s*$")
_INVITED = re.compile(r"\blời mời của\s*(?:\S+\s*){0,6}$", re.IGNORECASE)
# A case, not an incident named by its act: "[vụ án]", "[vụ việc …]", "[vụ 22 chiến sĩ …]";
# a civil or administrative case is a suit and has parties (`[vụ án dân sự] của bà X`,
# linked in news22 and news25's `[vụ tranh chấp]`).
_CIVIL = r"dân sự|hành chính|lao động"
_CASE = re.compile(rf"[Vv]ụ\s+(?:án(?!\s+(?:{_CIVIL}))|việc|\d)")
_CIVIL_CASE = re.compile(rf"[Vv]ụ\s+án\s+(?:{_CIVIL})")
# One who sends another to the event (an invitation, a choice, an order): news9, news10,
# news11 each linked the sender ("chuyển lời X mời Y [thăm]", "X ra lệnh cho Vệ binh
# đang tham gia [chiến dịch]").
_CAUSES = re.compile(r"\b(?:mời|chọn|cử|ra lệnh(?: cho)?|giao cho|kêu gọi)\s+\S", re.IGNORECASE)
_ON_CASE = re.compile(r"\bvụ án\b", re.IGNORECASE)
_RECALLS = re.compile(r"\b(?:ôn lại|nhắc lại|nhớ lại|kể lại)\b", re.IGNORECASE)
# A report's or an issue's date: "Reuters đưa tin [ngày 8/3]", "báo … số ra [ngày 20-6]".
_REPORTED = re.compile(
    r"\b(?:đưa tin|dẫn nguồn|trích dẫn|đăng tin|số ra)\s*(?:vào\s+)?$", re.IGNORECASE
)
_RELATIVE = re.compile(
    r"^[\s,]*(?:ngay\s+)?(?:sau khi|trước khi|trước thềm|sau|trước)\s*$", re.IGNORECASE
)
# An era, not a time an event is held at: "trong [thế kỷ XXI]", "hồi [thập kỷ 80]" (three in
# the gold files, none linked).
_ERA = re.compile(r"(?:.*\s)?(?:thế kỷ|thế kỉ|thập niên|thập kỷ|thập kỉ)\b", re.IGNORECASE)
# A span measured from the event to the date: "từ [kỳ họp thứ 6] đến [tháng 5/2005]".
_FROM_EVENT = re.compile(r"\btừ\s*$", re.IGNORECASE)
_UNTIL = re.compile(r"\s*(?:đến|tới)\s*(?:hết\s*)?", re.IGNORECASE)
# Either way of writing a day (`30.4.1975 - 30.4.2006`, `19-4-1946 - 19-4-2006`).
_SPAN_OF_YEARS = re.compile(
    r"^\d{1,2}([./-])\d{1,2}\1(\d{4})\s*[-–]\s*\d{1,2}([./-])\d{1,2}\3(\d{4})$"
)
# A run of whole years (`năm năm 2001-2005`, `nhiệm kỳ VIII (2006 - 2010)`) is a plan's, a
# term's or a career stage's period: of some 55 in the gold files one is linked, to a war.
_RUN_OF_YEARS = re.compile(r"(?<!\d)\d{4}\s*[-–]\s*\d{4}(?!\d)")
# Events that last for years and may be timed by them: wars, campaigns, conflicts.
_LASTING = re.compile(r"(?:cuộc\s+)?(?:chiến tranh|chiến dịch|xung đột|kháng chiến|chiến)\b", re.I)


def acted_on(
    text: str, spans: Sequence[LabelledRange], members: list[int], person: int
) -> list[int]:
    """Actions right before the person (posts between) that are about them, or []."""
    before = [m for m in members if spans[m][1] <= spans[person][0]]
    k = len(before) - 1
    while k >= 0 and spans[before[k]][2] == "ROLE":
        k -= 1
    if k < 0 or spans[before[k]][2] != "EVENT":
        return []
    ends = [spans[m][0] for m in before[k + 1 :]] + [spans[person][0]]
    event = spans[before[k]]
    if not _OBJECT_GAP.match(text[event[1] : ends[0]]) or not _ACTIONS.match(text[event[0] :]):
        return []
    found = [before[k]]
    while k > 0 and spans[before[k - 1]][2] == "EVENT":
        earlier = spans[before[k - 1]]
        gap = text[earlier[1] : spans[before[k]][0]]
        if not (_ACTION_LIST.match(gap) and _ACTIONS.match(text[earlier[0] :])):
            break
        if _ON_CASE.search(text, earlier[0], earlier[1]):
            break  # "[đình chỉ vụ án] và [đình chỉ bị can] X": the case, not the person
        k -= 1
        found.append(before[k])
    return found


# After the object of a step, a further step the same body takes about him: "có lệnh
# [bắt khẩn] X, đồng thời ra quyết định [khởi tố bị can]" (news24), "[khởi tố] ông X, …,
# áp dụng lệnh [cấm đi khỏi nơi cư trú]" (news9).
_FURTHER_STEP = re.compile(
    r"^\s*,\s*(?:đồng thời\s+)?(?:(?:ra|có)\s+(?:quyết định|lệnh)|áp dụng(?:\s+lệnh)?)\s+$",
    re.IGNORECASE,
)


def further_acts(
    text: str, spans: Sequence[LabelledRange], members: list[int], person: int
) -> list[int]:
    """The step right after the object of earlier ones, his posts in commas passed over."""
    end = spans[person][1]
    for m in members:
        a, b, label = spans[m]
        if a < end:
            continue
        if label in ("ROLE", "ORG", "LOC") and _ONLY_ASIDE_WORDS.fullmatch(text, end, a):
            end = b
            continue
        if label == "EVENT" and _ACTIONS.match(text, a) and _FURTHER_STEP.match(text[end:a]):
            return [m]
        return []
    return []


def had_event(
    text: str, spans: Sequence[LabelledRange], members: list[int], person: int
) -> int | None:
    """The event the person, as the sentence's subject, has or speaks at, or None."""
    end = spans[person][1]
    for e in members:
        event = spans[e]
        if event[2] != "EVENT" or event[0] < end:
            continue
        if event[0] - end > _SUBJECT_REACH:
            return None
        cue_start = max(end, event[0] - _HAS_REACH)
        cue = _HAS.search(text[cue_start : event[0]])
        if cue and _only_asides(text, spans, members, end, cue_start + cue.start()):
            return e
    return None


def _only_asides(
    text: str, spans: Sequence[LabelledRange], members: list[int], start: int, stop: int
) -> bool:
    """Between the person and the cue: nothing, or posts and bodies between commas, or one
    short aside in commas whose post may not be suggested (`X, quan chức … của WHO ở châu
    Âu, nói trong [E]`)."""
    gap = text[start:stop]
    inside = [spans[m][2] for m in members if start <= spans[m][0] < stop]
    if _COMMA_ASIDE.match(gap) and "PER" not in inside:
        return True  # not "Vợ ông X, bà Y, đã có [cuộc gặp]": Y's
    for m in members:
        a, b, label = spans[m]
        if start <= a and b <= stop and label in ("ROLE", "ORG", "LOC"):
            gap = gap.replace(text[a:b], "")
    return not _ASIDE_WORDS.sub("", gap)


def no_part(text: str, person: LabelledRange, event: LabelledRange) -> bool:
    """The host who invited, one who sends another, a speaker recalling the event, one
    absent from it, or a case.

    A case named with `vụ` (`vụ án`, `vụ việc`, `vụ 22 chiến sĩ …`) has no
    participants in the gold: its defendants take part in its steps (`khởi
    tố`, `xét xử`). An incident named by its act (`vụ ám sát`, `vụ tham nhũng
    lớn`, `vụ sát hại`, `vụ nhận hối lộ`) has: from news20 on the gold links
    those who did or suffered it (12 links in news20..news24, the sets read
    least when these patterns were written); a lawsuit (`vụ kiện`, a civil `vụ án dân
    sự`) has parties.
    """
    if _CASE.match(text, event[0], event[1]):
        return True
    if person[1] <= event[0] and _CIVIL_CASE.match(text, event[0], event[1]):
        return True  # "X báo cho Y biết là [vụ án dân sự] của bà Z": its parties come after it
    if NOT_ATTENDING.search(text, max(0, event[0] - 24), event[0]):
        return True  # "không tham dự [ĐH] gồm ông X": absent
    if _INVITED.search(text[max(0, person[0] - 60) : person[0]]):
        return True
    sends = _CAUSES.search(text, person[1], event[0]) if person[1] <= event[0] else None
    if sends and "được" not in text[person[1] : sends.start()]:
        return True  # "X mời Y [thăm] …", not "X, người được … cử làm đại diện dự [E]"
    return person[1] <= event[0] and bool(_RECALLS.search(text[person[1] : event[0]]))


def not_when(text: str, date: LabelledRange, event: LabelledRange) -> bool:
    """A report's date, a date before `sau khi` + the event, an era, the end of a span
    measured from the event, an anniversary's years, or a run of years (a period) for an
    event that does not last for years."""
    if _REPORTED.search(text[max(0, date[0] - 20) : date[0]]):
        return True
    if date[1] <= event[0] and _RELATIVE.match(text[date[1] : event[0]]):
        return True
    if _ERA.match(text, date[0], date[1]) or _measured_from(text, date, event):
        return True  # "trong [thế kỷ XXI]", "từ [kỳ họp thứ 6] đến [tháng 5/2005]"
    if _RUN_OF_YEARS.search(text, date[0], date[1]) and not _LASTING.match(
        text, event[0], event[1]
    ):
        return True  # "[Đại hội] sẽ kiểm điểm … nhiệm vụ … năm năm [2001-2005]"
    years = _SPAN_OF_YEARS.match(text[date[0] : date[1]])
    return years is not None and years.group(2) != years.group(4)


def _measured_from(text: str, date: LabelledRange, event: LabelledRange) -> bool:
    """`từ [E] đến [date]`: the date ends a span that starts at the event."""
    if event[1] > date[0] or not _UNTIL.fullmatch(text, event[1], date[0]):
        return False
    return bool(_FROM_EVENT.search(text, max(0, event[0] - 8), event[0]))


# Right after a person (and a post in commas): the person chairs, speaks or reads.
_ACTS_AT = re.compile(
    r"\s*(?:đã\s+|sẽ\s+)?(?:làm\s+(?=chủ))?(?:chủ trì|chủ tọa|chủ toạ|phát biểu|trình bày|đọc|điều hành|"
    r"báo cáo|khai mạc|bế mạc)\b",
    re.IGNORECASE,
)
_EARLIER_REACH = 400
# An event told in a clause of what comes later (`[Hội nghị] … trước khi bản dự toán được
# trình ra QH tại [kỳ họp thứ 8]. Bộ trưởng X báo cáo`): not the scene he acts at.
_LATER_IN_CLAUSE = re.compile(r"\btrước khi\b[^,.;:!?\n]*$", re.IGNORECASE)
_CLAUSE_LOOK = 400


def earlier_event(
    text: str, spans: Sequence[LabelledRange], layout: Layout, person: int
) -> int | None:
    """The last event before the person on the same line, when he acts at one.

    For a person whose sentence names no event: `Đồng chí [X] chủ trì`,
    `Ông [X], [Bí thư Tỉnh ủy], đọc lại thư ...`.
    """
    start, end, _ = spans[person]
    after = _past_posts(text, spans, layout, end)
    while after < len(text) and text[after] in " ,":
        after += 1
    if not _ACTS_AT.match(text, after):
        return None
    line_start = layout.line_start(start)
    for m in reversed(layout.between(line_start, start)):
        if start - spans[m][1] > _EARLIER_REACH:
            return None
        if spans[m][2] == "EVENT" and not _in_later_clause(text, line_start, spans[m][0]):
            return m
    return None


def _past_posts(text: str, spans: Sequence[LabelledRange], layout: Layout, end: int) -> int:
    """Where the words after a name start, past its posts, bodies and places in commas: the
    spans after it with only aside words (`,`, `của`, `tỉnh` ...) between."""
    after = end
    for m in layout.starting_from(end):
        a, b, label = spans[m]
        if a < after:
            continue
        if label not in ("ROLE", "ORG", "LOC") or not _ONLY_ASIDE_WORDS.fullmatch(text, after, a):
            break  # a word of its own between: no later span is in the aside either
        after = b
    return after


def _in_later_clause(text: str, line_start: int, event_start: int) -> bool:
    """`trước khi …` opens the event's clause: it is told as coming later."""
    window = max(line_start, event_start - _CLAUSE_LOOK)  # no clause runs on this long
    clause_start = max(text.rfind(mark, window, event_start) for mark in ",.;:!?")
    return bool(_LATER_IN_CLAUSE.search(text, max(window, clause_start + 1), event_start))


# After a subject's event, another joined to it: "tham gia [E1] và [E2]", "bị [truy tố] và
# đưa ra [xét xử]".
_JOINED_ACT = re.compile(r"^\s*(?:,\s*)?(?:và|rồi)\s+(?:(?:đã|bị|được|sẽ)\s+)?(?:đưa ra\s+)?$")


def joined_acts(
    text: str, spans: Sequence[LabelledRange], members: list[int], pairs: set[tuple[int, int]]
) -> list[tuple[int, int]]:
    """(person, event) for events joined right after an event its subject takes part in."""
    events = [m for m in members if spans[m][2] == "EVENT"]
    out = []
    for person, event in sorted(pairs):
        if spans[person][1] > spans[event][0] or event not in events:
            continue
        k = events.index(event)
        while k + 1 < len(events):
            gap = text[spans[events[k]][1] : spans[events[k + 1]][0]]
            if not (
                _JOINED_ACT.match(gap) or next_link(text, spans[events[k]], spans[events[k + 1]])
            ):
                break  # neither "[E1] và [E2]" nor a chain "[E1] với A, [E2]"
            k += 1
            if (person, events[k]) not in pairs:
                out.append((person, events[k]))
    return out
