"""What the words around a date and an event say about WHEN.

The nearest-event pattern of `when_pairs.py` dates the closest event of the
sentence. These functions correct it where the wording says otherwise: a
deadline, a starting point or a law's entry into force is no time the event
happens at, nor is the date of a statement about it, of a request for it or of a linked article;
and a date opening the sentence belongs to the event it says is held
(`[Hôm nay], đại hội họp [phiên bế mạc]`), not to a nearer one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from annotator.nlp.relations.layout import LabelledRange

# A deadline or a starting point is no time the event happens at:
# "báo cáo trước [ngày 15-4]", "kể từ [18-11-2005]".
_DEADLINE = re.compile(r"\b(?:trước|kể từ|chậm nhất|hạn)\s*$", re.IGNORECASE)
# From a date on, what will be done: a regime that starts then, no act at it (`Từ [hôm nay]
# đến [ngày 2/2], các trại giam sẽ triển khai [đặc xá]`, `từ [18/10] nếu …, sẽ [kỷ luật]`:
# news3, news4); a law's entry into force (`có hiệu lực từ [1/1/2006]`, news16).
_FROM_ON = re.compile(r"\btừ\s+(?:[^,.;:!?\n]{1,25}?\s+(?:đến|tới)\s+)?$", re.IGNORECASE)
_WILL = re.compile(r"\bsẽ\b", re.IGNORECASE)
_IN_FORCE = re.compile(r"\bhiệu lực(?:\s+thi hành)?\s+(?:(?:kể\s+)?từ\s+)?$", re.IGNORECASE)
_FROM_REACH = 40
# A date in brackets closing a line is a linked article's ("... bầu bổ sung(29/04/2004)").
_TRAILER = re.compile(r"\)[^\S\n]*(?:\n|\Z)")
# A reported statement's date: "[Hôm 3/3], Tổng thống X tuyên bố [chiến dịch] ...". A news
# report is a statement too: "[ngày 3/5], nhiều cơ quan truyền thông đưa tin tướng X bị
# [bắt giữ]" dates the report, not the arrest (news19 ×3; news6 likewise unrelated); so is
# an explanation: "[hôm qua], Tổng thống X đã lý giải việc [cách chức] …" (news24); so is a
# request: "[Ngày 23-3], công ty … có công điện đề nghị xí nghiệp [đình chỉ công tác] …",
# "[Chiều 11/4], VKS đã đề nghị HĐXX hủy bản án [vụ tai nạn …]" (news30: the step asked for
# is not yet taken; no pair of the gold files dates a requested step by the request's date).
_SAID = re.compile(
    r"\b(?:cho biết|thông báo|tuyên bố|trả lời|khẳng định|đăng tải|nói|cáo buộc|"
    r"đưa tin|loan tin|đăng tin|lý giải|giải thích|đề nghị|kiến nghị)\b",
    re.IGNORECASE,
)


def not_event_time(text: str, date: LabelledRange, event: LabelledRange) -> bool:
    """A deadline, a starting point, a linked article's date, or the date of a statement
    about the event."""
    before = text[max(0, date[0] - 12) : date[0]]
    if _DEADLINE.search(before) or _from_on(text, date, event):
        return True
    floor = event[1] if event[1] <= date[0] else 0  # not across the event itself
    at_event = date[1] <= event[0] and AT_EVENT.match(text, date[1], event[0])
    said = _SAID_AT.search(text[max(0, date[0] - _SAID_REACH, floor) : date[0]])
    told = date[1] <= event[0] and _FUTURE.search(text, date[1], event[0])
    if said and not at_event and not told:
        return True  # "thông báo trên Twitter hôm 7/3", "đăng tải lên Internet tối 4/3"
    if before.endswith("(") and _TRAILER.match(text, date[1]):  # the line ends with ")"
        return True
    return date[1] <= event[0] and bool(_SAID.search(text[date[1] : event[0]]))


def _from_on(text: str, date: LabelledRange, event: LabelledRange) -> bool:
    """`có hiệu lực từ [ngày …]`, or `từ [ngày …] … sẽ [E]`: a starting point, no time of E."""
    if _IN_FORCE.search(text, max(0, date[0] - _FROM_REACH), date[0]):
        return True
    opens = _FROM_ON.search(text, max(0, date[0] - _FROM_REACH), date[0])
    return bool(opens and date[1] <= event[0] and _WILL.search(text, date[1], event[0]))


# A statement's own date, right after its verb: "thông báo trên Twitter [hôm 7/3]".
_SAID_AT = re.compile(
    r"\b(?:thông báo|tuyên bố|đăng tải|trả lời|cho biết|phát biểu)\b[^,.;:\n]*$", re.IGNORECASE
)
_SAID_REACH = 30
# "cho biết [ngày 22-4] ban giám đốc sẽ [họp]": the date of a coming act, told.
_FUTURE = re.compile(r"\b(?:sẽ|dự kiến)\s+(?:\S+\s+){0,2}$", re.IGNORECASE)
# "tuyên bố hôm 3/3 [tại] cuộc họp ...": said at the event, so its date is the event's;
# "được thông qua vào [sáng 21/2] tại [cuộc thảo luận]": the act at the event, its date.
AT_EVENT = re.compile(r"\s*,?\s*tại\s*$", re.IGNORECASE)
# A meeting held: "[Hôm nay], đại hội họp [phiên bế mạc]", "sẽ tổ chức [phiên họp] ...".
_HOLDS = re.compile(r"\b(?:họp|tổ chức|tiến hành|khai mạc|bế mạc)\s*$", re.IGNORECASE)
# A congress's long opening (`vào [16 giờ 30 …], tại …, ngày làm việc thứ 6, dưới sự điều
# khiển của …, 1.176 đại biểu tham dự ĐH đã tiến hành [bầu cử]`) runs past 120 characters.
_HELD_REACH = 200


def held_event(
    text: str, spans: Sequence[LabelledRange], members: list[int], date: int, nearest: int
) -> int:
    """The event the sentence says is held, when the date opens it, else the nearest one.

    `[Hôm nay (25-4)], đại hội họp [phiên bế mạc]`: the subject (`đại hội`) is
    nearer, but the date is the session's.
    """
    start, end, _ = spans[date]
    if spans[nearest][1] <= start and not text[spans[nearest][1] : start].strip():
        return nearest  # "tại [cuộc họp bất thường] [hôm 20/2], … tiến hành [chiến dịch]"
    if _HOLDS.search(text[max(end, spans[nearest][0] - 12) : spans[nearest][0]]):
        return nearest  # "[Sáng 1-2], … đã khai mạc [phòng trưng bày]": held itself
    for e in members:
        event = spans[e]
        if event[2] != "EVENT" or e == nearest or event[0] < end:
            continue
        if event[0] - end > _HELD_REACH or _other_date_between(text, spans, members, end, event[0]):
            break  # "chiều 5/5 ... tổng kết ... và [ngày 20/5] sẽ tổ chức [phiên họp]"
        if _HOLDS.search(text[max(end, event[0] - 12) : event[0]]):
            return e
    return nearest


def _other_date_between(
    text: str, spans: Sequence[LabelledRange], members: list[int], start: int, stop: int
) -> bool:
    """A date of its own between `start` and `stop`; one listed right after (`14.4 và
    15.4.2006`) is the same time."""
    last = start
    for d in members:
        if spans[d][2] != "DATE" or not start <= spans[d][0] < stop:
            continue
        if text[last : spans[d][0]].strip() not in ("và", ",", "-", "–", "đến"):
            return True
        last = spans[d][1]
    return False
