"""Dates of a sentence that are not the time of its event: a document's, a cut-off, a goal.

- A document's date (`quyết định số 27/KSĐT [ngày 17-5-1995]`, `[nghị quyết]
  [ngày 5-3]`) dates the document, not an event near it;
- a cut-off (`tính đến hết [hôm qua]`) and a goal year (`đến [năm 2030]`)
  are not when anything happens;
- a bare day right after an anniversary (`[kỷ niệm ... Quốc tế lao động] [1-5]`)
  is the day it remembers;
- a date of another act, passive (`Tuyên bố ... được ký [tháng 6-2003]`), or
  of an offence a case is about (`bị khởi tố về hành vi ... xảy ra [năm
  1994]`), is that act's, not the event's.

And one it shares: a date joined to a timed one by `và`/`hoặc` times the same events.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from annotator.nlp.relations.dated_elsewhere import dated_elsewhere
from annotator.nlp.relations.event_times import AT_EVENT
from annotator.nlp.relations.layout import LabelledRange

# Right before a date: a document's number ("số 52/PC16-Đ4 ngày").
_NUMBERED = re.compile(r"\bsố\s+[\w./-]*\d[\w./-]*\s*(?:,\s*)?(?:ngày\s*)?$", re.IGNORECASE)
_AFTER_DOC = re.compile(r"^\s*(?:,\s*)?(?:(?:ký|ban hành)\s+)?(?:ngày\s*)?$", re.IGNORECASE)
_CUT_OFF = re.compile(r"\btính\s+(?:đến|tới)(?:\s+hết)?\s*$", re.IGNORECASE)
# A cut-off opening a clause (`Như vậy, cho đến [chiều 22-4], danh sách … gồm 327 người`,
# `Đến hết [ngày 24-1], công ty đã đưa ra …`: news3, news4, news14 unlinked), not a duration's
# end after its verb (`Hội nghị tiếp tục làm việc đến hết [ngày 10-1]`, linked in news3), nor
# a bare `Đến [19 giờ 30 phút], [cuộc khám xét] kết thúc` (the end of the event, news8).
_OPENING_CUT_OFF = re.compile(
    r"(?:^|[.,;:\n])\s*(?:Như vậy,?\s*)?(?:cho\s+(?:đến|tới)(?:\s+hết)?|(?:đến|tới)\s+hết)\s*$",
    re.IGNORECASE,
)
# An occasion, not a time: `Nhân dịp [đầu năm mới 2006], [chiều 25-1], … [buổi gặp mặt]`.
_OCCASION = re.compile(r"\bnhân(?:\s+dịp)?\s*$", re.IGNORECASE)
_GOAL = re.compile(r"\b(?:để|phấn đấu)?\s*(?:đến|tới)\s*$", re.IGNORECASE)
# A document is dated by its day, never by a time of day: "[dự luật X], [chiều 18/4]".
_TIME_OF_DAY = re.compile(r"(?:sáng|chiều|tối|trưa|đêm|khuya)\b", re.IGNORECASE)
_YEAR_ONLY = re.compile(r"^năm\s+\d{4}$", re.IGNORECASE)
_PASSIVE_ACT = re.compile(
    r"\bđược\s+(?:ký|ký kết|thông qua|ban hành|công bố|thành lập)\s*(?:vào\s*|từ\s*)?$",
    re.IGNORECASE,
)
# The case is about an offence that happened then: "[khởi tố] về hành vi ... xảy ra năm".
_OFFENCE = re.compile(
    r"[^.;!?\n]*\b(?:về|vì)\s+(?:hành vi|tội|việc|sai phạm|vi phạm)\b[^.;!?\n]*\bxảy ra\s*"
    r"(?:vào\s*|từ\s*)?$",
    re.IGNORECASE,
)
_REACH = 30


def another_date_nearer(
    text: str, spans: Sequence[LabelledRange], members: list[int], date: int, event: int
) -> bool:
    """`chiều 5/5 ... tổng kết ... và ngày 20/5 sẽ tổ chức [phiên họp]`: a date of its own
    stands between, outside brackets and not listed with this one (`14.4 và 15.4`), and not
    a year naming the topic of the event the date says takes place (`[phiên thảo luận] về
    ngân sách 2005 diễn ra [chiều 21]`)."""
    start = spans[date][0]
    took_place = spans[event][1] <= start and _TAKES_PLACE.search(text, max(0, start - 30), start)
    lo, hi = (
        sorted((spans[date][1], spans[event][0]))
        if spans[date][1] <= spans[event][0]
        else (
            spans[event][1],
            spans[date][0],
        )
    )
    for m in members:
        a, b, label = spans[m]
        if label != "DATE" or m == date or not (lo <= a and b <= hi):
            continue
        before = text[lo:a]
        if before.count("(") > before.count(")"):
            continue  # "(tức 15g30 chiều 27-6)": the same time again
        first, second = sorted((spans[m], spans[date]))
        if _LISTED_DATES.match(text[first[1] : second[0]]) or _of_document(text, spans, m):
            continue  # "14.4 và 15.4.2006", "khai mạc ngày 20/7 và bế mạc vào ngày 3/8"
        if _TERM.match(text, a, b):
            continue  # "[Đại hội …] nhiệm kỳ 2005-2010 đã khai mạc [ngày 10-11]": a term
        if took_place and _BARE_YEAR.match(text, a, b):
            continue
        return True
    return False


# A term of office names the event; it is no time of its own (`_NOT_EVENT_TIME`).
_TERM = re.compile(r"(?:nhiệm kỳ|khóa|khoá|giai đoạn)\b", re.IGNORECASE)
_BARE_YEAR = re.compile(r"(?:năm\s+)?\d{4}$", re.IGNORECASE)
_LISTED_DATES = re.compile(
    r"^\s*(?:,|-|–|\(\s*(?:tức|hay|hoặc)?|"
    r"(?:,\s*)?(?:và|đến|tới)(?:\s+[^\s,.;]+){0,2}?(?:\s+(?:vào|lúc))?)\s*$"
)


def _of_document(text: str, spans: Sequence[LabelledRange], date: int) -> bool:
    """A document's date (`quyết định số 27/KSĐT ngày ...`) times no event."""
    before = text[max(0, spans[date][0] - _REACH) : spans[date][0]]
    return bool(_NUMBERED.search(before))


def dated_otherwise(
    text: str, spans: Sequence[LabelledRange], members: list[int], date: int, event: int
) -> bool:
    """The date belongs to a document, a cut-off, a goal, another act or an offence."""
    start, end, _ = spans[date]
    before = text[max(0, start - _REACH) : start]
    passive = _PASSIVE_ACT.search(before) and not AT_EVENT.match(text, end, spans[event][0])
    if _NUMBERED.search(before) or _CUT_OFF.search(before) or passive:
        return True
    if _OCCASION.search(before) or (_OPENING_CUT_OFF.search(before) and text.startswith(",", end)):
        return True  # "Nhân dịp [đầu năm mới]", "Như vậy, cho đến [chiều 22-4], …"
    if _GOAL.search(before) and _YEAR_ONLY.match(text[start:end]):
        return True  # "tạo đà để đến [năm 2020] ...": a goal, not a time
    if not _TIME_OF_DAY.match(text, start) and any(
        spans[m][2] == "DOC"
        and spans[m][1] <= start
        and _AFTER_DOC.match(text[spans[m][1] : start])
        for m in members
    ):
        return True
    if dated_elsewhere(text, spans, members, date, event):
        return True
    after_event = spans[event][1] <= start
    if after_event and _commemorated(text, spans[event], spans[date]):
        return True
    return after_event and bool(_OFFENCE.match(text[spans[event][1] : start]))


_BARE_DAY = re.compile(r"^\d{1,2}\s*[-/.]\s*\d{1,2}$")


def _commemorated(text: str, event: LabelledRange, date: LabelledRange) -> bool:
    """`[mít tinh kỷ niệm ... ngày Quốc tế lao động] [1-5]`: the day the anniversary
    remembers, a bare day and month right after it, not when the meeting is held."""
    named = text[event[0] : event[1]].lower()
    return (
        "kỷ niệm" in named
        and not text[event[1] : date[0]].strip()
        and bool(_BARE_DAY.match(text[date[0] : date[1]]))
    )


# Between two events of one date: "[xét xử ...] và đã [tuyên phạt]", "[mít tinh
# kỷ niệm ...] (1.5.1886 - 1.5.2006); [kỷ niệm ...]", "lệnh [khởi tố] [bắt tạm giam]",
# "…; đồng thời tổ chức [liên hoan]". Another verb between starts another act (`[đại
# hội] họp [phiên bế mạc]`: the gold files split on it, see held_event).
_JOINED = re.compile(
    r"^\s*(?:(?:;|,|và|,\s*và)\s*(?:đồng thời\s+)?)?(?:(?:đã|sẽ)\s+)?(?:tổ chức\s+)?$"
)
_BRACKETED = re.compile(r"\([^()\n]*\)")


def joined_events(
    text: str, spans: Sequence[LabelledRange], members: list[int], date: int, nearest: int
) -> list[int]:
    """Events joined to the nearest one after the date, by a comma, `và` or `đồng thời` alone:
    one act told in parts, at one time, wherever the date stands (`…: [Hôm qua], cục đã ra
    quyết định [khởi tố bị can], [bắt tạm giam] …`; the gold times every such part, 12 of 12
    in 9 sets). Refuses an event with a verb or a name of its own between (`[E1] ông A, ra
    [E2]`) and an event written before the date."""
    if spans[nearest][0] < spans[date][1]:
        return []
    out: list[int] = []
    previous = spans[nearest][1]
    for e in members:
        if spans[e][2] != "EVENT" or spans[e][0] < previous:
            continue
        gap = _BRACKETED.sub("", text[previous : spans[e][0]])
        if not _JOINED.match(gap):
            break
        out.append(e)
        previous = spans[e][1]
    return out


# Right before the date, the verb of an event taking place: "[lễ đón] Thủ tướng X [thăm
# chính thức] Canada dự kiến diễn ra vào khoảng [4g30 ...]": the subject is the first event.
_TAKES_PLACE = re.compile(
    r"\b(?:diễn ra|được tổ chức|khai mạc|bế mạc|kết thúc|bắt đầu)\s*(?:vào\s*)?"
    r"(?:(?:lúc|khoảng|hồi)\s*)*$",
    re.IGNORECASE,
)


def subject_event(
    text: str, spans: Sequence[LabelledRange], members: list[int], date: int, nearest: int
) -> int:
    """The event whose taking place the date gives, when a phrase of events stands before
    `diễn ra vào`: its first event; else the nearest one."""
    start = spans[date][0]
    if not _TAKES_PLACE.search(text, max(0, start - 30), start):
        return nearest
    events = [e for e in members if spans[e][2] == "EVENT" and spans[e][1] <= start]
    if not events or events[-1] != nearest:
        return nearest
    k = len(events) - 1
    while k > 0 and not re.search(
        r"[,.;:!?()\n]", text[spans[events[k - 1]][1] : spans[events[k]][0]]
    ):
        k -= 1
    return events[k]


# The date bound to the event right before it: "[xét xử sơ thẩm] vào [ngày 28-9-1999] và
# [tuyên phạt] …", both timed (every such pair of the gold files is linked: news2, news5,
# news10, news11, news18, news19, news21).
_BOUND = re.compile(r"\s*(?:vào|hồi|lúc)\s*", re.IGNORECASE)
_AND_THEN = re.compile(r"\s*,?\s*và\s+(?:(?:đã|được|bị)\s+)?", re.IGNORECASE)


def bound_events(
    text: str, spans: Sequence[LabelledRange], members: list[int], date: int, nearest: int
) -> list[int]:
    """The event written right before `vào`/`hồi`/`lúc` and the date, with the act joined
    by `và` right after the date; else the nearest one alone."""
    start, end, _ = spans[date]
    before = [e for e in members if spans[e][1] <= start]
    if not before or spans[before[-1]][2] != "EVENT":
        return [nearest]
    bound = before[-1]
    if not _BOUND.fullmatch(text, spans[bound][1], start):
        return [nearest]
    if nearest != bound and _AND_THEN.fullmatch(text, end, spans[nearest][0]):
        return [bound, nearest]
    return [bound]


# Two dates joined by `và`/`hoặc` (`diễn ra [chiều 21] và [sáng 22/10]`, `bắt đầu vào [tuần
# tới] hoặc [giữa tháng giêng]`): wherever the gold times the first, it times the second with
# the same events (dev, news5, news12, news23 twice; never the first alone).
_OR_AND = re.compile(r"\s*(?:và|hoặc|hay)\s*(?:(?:vào|ngày)\s+)?", re.IGNORECASE)


def listed_dates(
    text: str, spans: Sequence[LabelledRange], members: list[int], timed: dict[int, list[int]]
) -> list[tuple[int, int]]:
    """(event, date) for each date listed right after a timed one and timed by nothing else:
    the first date's events. `timed` maps a date to the events the sentence gave it."""
    out = []
    for before, date in zip(members, members[1:], strict=False):
        if spans[date][2] != "DATE" or timed.get(date) or not timed.get(before):
            continue
        if spans[before][2] == "DATE" and _OR_AND.fullmatch(text, spans[before][1], spans[date][0]):
            out += [(event, date) for event in timed[before]]
    return out
