"""Where a person named near an event takes no part in it: an aside, a comment on a topic.

- A person named in a bracket that describes someone else takes no part in
  an event outside the bracket: `[Long] (cháu ruột bị can [Tiến]) đã bị
  [khởi tố]`, `sáu bị can (nhẹ hơn ông [Long]) bị [truy tố]`. A bracket that
  lists members of a group (`bốn bị can (trong đó có [Hưng])`) does not
  count as an aside.
- An event told in a bracket is no part of a person named after the bracket
  closes: `từ ngày 27/9 đến ngày 13/12 (ngày [Hưng] bị [bắt]), [Dũng] đã …`,
  `(những cán bộ này vừa qua đã bị [khởi tố]), trong đó có … [Nhưng]`; the gold
  leaves all three unlinked (news22, news26, news29). The name the bracket
  follows keeps it (`bị can [Dũng] (bị [khởi tố] về tội …)`: news8, news27).
- A speaker after a phrase that names the event as a topic comments on it:
  `Liên quan đến [vụ kiện] ..., Tổng thống [Putin] khẳng định ...`. Where
  the phrase says he was there (`Phát biểu tại [buổi lễ], ...`) he takes part.
- A person named as a topic after the event (`[phiên họp] ... mọi việc liên
  quan tới ông [X]`) takes no part in it, nor does one who speaks of the
  event as his topic (`X trả lời phỏng vấn … về [cuộc chiến]`).
- A person who names an era (`dưới thời tổng thống [Bill Clinton]`, `các [phiên
  toà] xét xử những quan chức dưới thời [Saddam]`) takes no part in what is
  told of it: news7, news9, news22, news23 leave all four unlinked; nor one
  named as a case (`Riêng trường hợp ĐBQH [X], đoàn … đã tổ chức [cuộc họp]`:
  of fifteen such names in the gold files none is linked to an event near it).
- A person after the comma of a clause of time that has a subject of its own
  (`Đến ngày [Quốc] bị [bắt], bà [Nam] …`) takes no part in its event (news22).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from annotator.nlp.relations.cues import ATTENDS
from annotator.nlp.relations.layout import LabelledRange, line_start_within

_MEMBERS = re.compile(r"\(\s*(?:trong đó|trong số đó|gồm|là|tức)\b", re.IGNORECASE)
# A phrase that names a topic; all but `liên quan đến` only where a clause opens.
_TOPIC = re.compile(
    r"\b(?P<anywhere>liên quan (?:đến|tới)|đề cập (?:đến|tới)|trả lời (?:câu hỏi )?về)\b|"
    r"\b(?:về|đối với|bàn về|thảo luận về|nói về|chốt lại)\b",
    re.IGNORECASE,
)
_CLAUSE_OPENS = re.compile(r"(?:^|[,.;:(\n])\s*$")
_PRESENT = re.compile(rf"\b(?:tại|{ATTENDS}|tham dự|chủ trì|phát biểu|trong)\b", re.IGNORECASE)
_SPEAKS = re.compile(
    r"\s*(?:đã\s+)?(?:khẳng định|cho biết|nói|nhấn mạnh|cho rằng|tuyên bố|bày tỏ|đánh giá|"
    r"nhận định|lưu ý)\b",
    re.IGNORECASE,
)
_TOPIC_REACH = 120
# How far back a bracket around a span may open: far beyond any aside, and a bound on
# the look, so one very long line costs no more than its paragraphs.
BRACKET_REACH = 400


def bracket_around(text: str, span: LabelledRange) -> tuple[int, int] | None:
    """Where the bracket a span stands in opens and closes (-1: never closed), or None.

    Only a bracket opened on the span's own line, within `BRACKET_REACH`
    characters, counts: an aside does not run across lines, and an unmatched `(`
    further up would take in everything.
    """
    line_start = line_start_within(text, span[0], BRACKET_REACH)
    opened = text.rfind("(", line_start, span[0])
    if opened < 0 or text.find(")", opened, span[0]) >= 0:
        return None
    return opened, text.find(")", span[1])


def in_aside(text: str, person: LabelledRange, event: LabelledRange) -> bool:
    """The person is named in a bracket about someone else, the event outside it."""
    bracket = bracket_around(text, person)
    if bracket is None:
        return False
    opened, closed = bracket
    inside = opened < event[0] and (closed < 0 or event[1] <= closed)
    return not inside and not _MEMBERS.match(text, opened)


def event_in_aside_before(text: str, person: LabelledRange, event: LabelledRange) -> bool:
    """The event is in a bracket that closes before the person is named."""
    bracket = bracket_around(text, event)
    return bracket is not None and 0 <= bracket[1] < person[0]


# A person named as the topic of what is said or done: "mọi việc liên quan tới ông [X]".
_ABOUT_PERSON = re.compile(
    r"\b(?:liên quan (?:đến|tới)|về trường hợp(?: của)?|đối với trường hợp(?: của)?)\s+"
    r"(?:(?:ông|bà|anh|chị)\s+)?$",
    re.IGNORECASE,
)


# The event as the topic of what the person says or does, in his clause: "X, trả lời phỏng
# vấn … về [cuộc chiến]"; never linked in the gold files (news2, news4, news7, news14, news17,
# news19: seven persons).
_ABOUT_EVENT = re.compile(r"\bvề\s+(?:(?:các|những|một)\s+)?$", re.IGNORECASE)


def spoken_of(text: str, person: LabelledRange, event: LabelledRange) -> bool:
    """`[phiên họp] ... liên quan tới ông [X]`: the person is a topic, not a participant;
    `X trả lời phỏng vấn … về [cuộc chiến]`: the event is his topic."""
    if person[1] <= event[0]:
        gap = text[person[1] : event[0]]
        return not re.search(r"[.;!?\n]", gap) and bool(_ABOUT_EVENT.search(gap))
    return bool(_ABOUT_PERSON.search(text, max(0, person[0] - 30), person[0]))


def comments_on(text: str, person: LabelledRange, event: LabelledRange) -> bool:
    """`Liên quan đến [E], X khẳng định`: a speaker after the event named as a topic."""
    if event[1] > person[0] or not _SPEAKS.match(text, person[1]):
        return False
    lo = max(0, event[0] - _TOPIC_REACH)
    for topic in _TOPIC.finditer(text, lo, event[0]):
        between = text[topic.start() : event[0]]
        opens = topic.group("anywhere") or _CLAUSE_OPENS.search(text[lo : topic.start()])
        if opens and not re.search(r"[.;!?\n]", between) and not _PRESENT.search(between):
            return True
    return False


# An era named by a person: "dưới thời (tổng thống) X", "trong nhiệm kỳ của ông X".
_ERA = re.compile(
    r"\b(?:dưới|trong|vào)\s+(?:thời|thời kỳ|nhiệm kỳ|chính quyền)\s+(?:của\s+)?"
    r"(?:(?:cựu\s+)?(?:tổng thống|TT|thủ tướng|ông|bà|cố)\s+)?$",
    re.IGNORECASE,
)
_ERA_REACH = 45
# A person named as a case: "trường hợp (của) (ĐBQH) X", a post or two between.
_CASE_OF = re.compile(r"\btrường hợp\s+(?:của\s+)?(?:\S+\s+){0,3}$", re.IGNORECASE)


def named_as_era_or_case(text: str, person: LabelledRange) -> bool:
    """The person's name marks a time (`dưới thời X`) or a case (`trường hợp X`), not one
    who acts."""
    before = max(0, person[0] - _ERA_REACH)
    return bool(_ERA.search(text, before, person[0]) or _CASE_OF.search(text, before, person[0]))


# A clause of time opening the sentence: "Khi …, ", "Đến ngày …, ", "Sau khi …, ".
_TIME_CLAUSE = re.compile(
    r"(?:^|[.!?:\n]\s*)[\"“]?\s*(?:Khi|Đến ngày|Đến khi|Sau khi|Trước khi|Ngay khi)\s+$"
)
_TIME_CLAUSE_REACH = 80


def in_clause_of_other(
    text: str, spans: Sequence[LabelledRange], members: list[int], person: int, event: int
) -> bool:
    """`Khi [Quốc] bị [bắt quả tang], … [Quốc]`, `Đến ngày [Quốc] bị [bắt], bà [Nam] …`:
    the event is told in a clause of time with a subject of its own, the person after
    the comma is the main clause's (news22 twice; where the clause has no subject, `Sau
    khi rời Việt Nam sang [thăm] Pakistan, X`, he is its subject and takes part)."""
    (start, _, _), (e_start, e_end, _) = spans[person], spans[event]
    if e_end > start or "," not in text[e_end:start]:
        return False
    own = [m for m in members if spans[m][2] == "PER" and spans[m][1] <= e_start]
    if not own or e_start - spans[own[-1]][0] > _TIME_CLAUSE_REACH:
        return False
    opener = spans[own[-1]][0]
    return bool(_TIME_CLAUSE.search(text, max(0, opener - 20), opener))
