"""What the words around a person and an event say about PARTICIPATES.

The nearest-event pattern of `relations.py` links a person to the closest
event of the sentence when a cue of taking part stands near. These
functions correct it where the wording says otherwise:

- a speaker reporting on an event takes no part in it through the report
  (`X cho biết, kỳ họp này ...`, `Theo Thiếu tướng X, chiến dịch ...`);
- the object of a request takes no part in what is asked (`đề nghị bắt tạm
  giam ông X`), nor does the one who asks (`X đề nghị ... khởi tố`), as the
  gold's conventions say;
- an event a person is said to attend (`dự`, `tham dự`, `chủ trì`, `tại`)
  wins over a nearer one (`[Đại hội ...] Chủ tịch nước X và các đại biểu dự
  [đại hội]`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from annotator.nlp.relations.layout import LabelledRange

_REPORTS = re.compile(
    r"\b(?:cho biết|khẳng định|nhấn mạnh|tuyên bố|thông báo|cho rằng|nói|lưu ý|cáo buộc|"
    r"nhận xét|nhận định|đánh giá|bình luận|nhìn nhận)\b",
    re.IGNORECASE,
)
# "Theo ông X", "Theo Thiếu tướng X, người phát ngôn ...": a source, up to its comma.
_THEO = re.compile(r"\b[Tt]heo\s+[^,.;:!?\n]{0,50}$")
# A speaker named after the quote: "... cuộc bầu cử ..." - bà X [nói].
_SPEAKS = re.compile(r"\s*(?:nói|cho biết|khẳng định|chia sẻ|nhấn mạnh)\b", re.IGNORECASE)
# `dự` of attending, not the first syllable of `dự báo`, `dự kiến`, `dự chi`, `dự thảo` …
# ("Theo chuyên gia X, tung ra dự báo …" is no presence): shared by the cue patterns.
ATTENDS = (
    r"dự(?! (?:báo|kiến|chi|thảo|toán|án|định|luật|trữ|phòng|khuyết|thính|đoán|tính|trù|"
    r"phần|liệu|bị))"
)
_PRESENT = re.compile(rf"\b(?:tại|{ATTENDS}|tham dự|chủ trì|phát biểu)\b", re.IGNORECASE)
_REQUESTS = re.compile(r"\b(?:đề nghị|kiến nghị|yêu cầu|đề xuất)\b", re.IGNORECASE)
# One who asks another body to act: a chair's `yêu cầu` to those present is no request.
_ASKS = re.compile(r"\b(?:đề nghị|kiến nghị|đề xuất)\b", re.IGNORECASE)
# How far before an event a request may stand: "đề nghị cho phép [bắt tạm giam]".
_REQUEST_REACH = 30
# A request for permission further back in the same clause: "đề nghị [Ủy ban] cho phép [Cơ quan điều
# tra] thực hiện việc [khởi tố bị can], [khám xét] và [bắt tạm giam] đối với ông X".
_ASKED_IN_CLAUSE = re.compile(
    r"\b(?:xin phép|(?:đề nghị|kiến nghị|đề xuất|xin)\b[^,.;:!?\n]*\bcho phép)\b[^,.;:!?\n]*$", re.I
)
_CLAUSE_REACH = 150
# A request granted is an act done: "Quốc hội phê chuẩn đề nghị của Thủ tướng [miễn nhiệm]
# … đối với ông X", "phê chuẩn đề nghị … về việc [bổ nhiệm] ông X" (news18, news24).
_APPROVED = re.compile(
    r"\b(?:phê chuẩn|chấp thuận|chấp nhận)\s+(?:các\s+)?(?:đề nghị|kiến nghị|đề xuất)\b"
    r"[^.;:!?\n]*$",
    re.IGNORECASE,
)
# The owner of the act right after it: "[kháng cáo] của ông X".
_OWNER = re.compile(r"\s*của\s+(?:(?:ông|bà|anh|chị|bị cáo|bị can)\s+)?$", re.IGNORECASE)
# Right before an event: the person attends it ("dự [đại hội]", "chủ trì [cuộc họp]").
_ATTENDS = re.compile(r"\b(?:dự|tham dự|chủ trì|phát biểu tại|có mặt tại)\s*$", re.IGNORECASE)
_ATTENDS_REACH = 16


def reports_on(text: str, person: LabelledRange, event: LabelledRange) -> bool:
    """`X cho biết, kỳ họp này ...`, `Theo ông X, ...`, `"... cuộc bầu cử ..." - bà X nói`:
    the person speaks of the event."""
    if person[0] > event[0]:
        quoted = any(q in text[event[1] : person[0]] for q in ('"', "”"))
        return quoted and bool(_SPEAKS.match(text, person[1]))
    gap = text[person[1] : event[0]]
    present, said = _PRESENT.search(gap), _REPORTS.search(gap)
    source = _THEO.search(text[max(0, person[0] - 60) : person[0]])
    if present:  # "X cho biết, tại [kỳ họp] …", "Theo ông X, tại [kỳ họp] trước": what is said
        # ("X cho biết tại [cuộc họp báo]", no comma: said there)
        said_first = said is not None and "," in gap[said.end() : present.start()]
        return said_first or bool(source and gap.lstrip().startswith(","))
    return bool(said or source)


def requested(text: str, person: LabelledRange, event: LabelledRange) -> bool:
    """`đề nghị bắt tạm giam ông X`, `X đề nghị ... xem xét khởi tố`: a request, no part."""
    if person[0] > event[0]:
        if _OWNER.match(text, event[1], person[0]):
            return False  # "bác [kháng cáo] của A, B": their own act, not what is asked
        before = text[max(0, event[0] - _CLAUSE_REACH) : event[0]]
        asked = _REQUESTS.search(before[-_REQUEST_REACH:]) or _ASKED_IN_CLAUSE.search(before)
        return bool(asked) and not _APPROVED.search(before)
    return bool(_ASKS.search(text[person[1] : event[0]]))


# A clause opening the sentence says the subject was at the event: "Phát biểu tại [buổi
# lễ], Tổng Bí thư X ...", "Cũng tại [hội nghị], ông X ...", "Cụ thể, trong [đợt bầu cử], X";
# at its start or end, or from its time: "Đầu [buổi làm việc] …, ông X" (news8), "Kết thúc
# [chuyến thăm], X", "Ngay từ [chiến dịch tranh cử] …, X" (news13).
# A speech is named by its kind (`Phát biểu chỉ đạo [hội nghị]`, `Phát biểu ý kiến kết luận
# [phiên họp]`), the clause after a source at most (`Theo TTXVN, phát biểu …`: news22, dev).
_SPEECH_KIND = (
    r"(?:\s+ý kiến)?(?:\s+(?:chỉ đạo|kết luận|tổng kết|khai mạc|bế mạc|chào mừng|đáp từ))?"
)
_PREPOSED = re.compile(
    r"(?:^|[.!?:]\s+|\n)\s*(?:(?:Cụ thể|Theo đó|Trong khi đó|Đặc biệt|Sau đó|"
    r"Theo [^,.!?:\n]{1,20}),\s*)?"
    rf"(?:Cũng\s+)?(?:(?:Phát biểu{_SPEECH_KIND}|Chủ trì|Dự|Tham dự|Có mặt|"
    r"Trả lời phỏng vấn)(?:\s+(?:tại|trong))?|Tại|Trong|Đầu|Cuối|Mở đầu|"
    r"Kết thúc|(?:Ngay\s+)?từ)\s*$",
    re.IGNORECASE,
)
# Between that event and the subject: a comma, then posts and an honorific; or a longer
# frame, its date, place, body or topic, up to one more comma (`Tại [buổi họp báo]
# [ngày 21-4], trước câu hỏi về …, bà X`, `Trong [chuyến thăm] [Hoa Kỳ], [ngày …], X`).
_TO_SUBJECT = re.compile(r"[^,]{0,60},\s*(?:(?:ông|bà|anh|chị|đồng chí)\s+)?$", re.IGNORECASE)
_FRAME_TO_SUBJECT = re.compile(
    r"^[^,.;:!?\n]{0,100}(?:,[^,.;:!?\n]{0,100})?,\s*(?:(?:ông|bà|anh|chị|đồng chí)\s+)?$",
    re.IGNORECASE,
)
_FRAME_FILLERS = ("DATE", "LOC", "ORG")


def preposed_event(
    text: str, spans: Sequence[LabelledRange], members: list[int], person: int
) -> int | None:
    """The event of an opening clause of attendance when the person is its subject, or
    the subject of a later clause after `;` (`trong [đợt bầu cử], A ứng cử ở X; B ...`)."""
    start = spans[person][0]
    before = [m for m in members if spans[m][1] <= start]
    k = len(before) - 1
    while k >= 0 and spans[before[k]][2] == "ROLE":
        k -= 1
    framed = _framing_event(text, spans, before, k, start)
    if framed is not None:
        return framed
    if k >= 0 and spans[before[k]][2] != "EVENT":
        first_subject = _after_semicolon(text, spans, before, k, start)
        return (
            None if first_subject is None else preposed_event(text, spans, members, first_subject)
        )
    if k < 0:
        return None
    event = spans[before[k]]
    first_after = spans[before[k + 1]][0] if k + 1 < len(before) else start
    if not _opens_frame(text, event) or not _TO_SUBJECT.match(text[event[1] : first_after]):
        return None
    return before[k]


# An act of the subject opening the sentence as a clause: "[Trả lời chất vấn] về …, ông X".
_ACT_OPENS = re.compile(
    r"(?:Trả lời|Phát biểu|Tiếp|Hội đàm|Hội kiến|Thăm|Làm việc|Gặp|Chủ trì|Dự|Tham dự)\b"
)
_SENTENCE_OPENS = re.compile(r"(?:^|[.!?:]\s+|\n)\s*$")


def _opens_frame(text: str, event: LabelledRange) -> bool:
    """An opening clause of attendance before the event, or the event itself an act opening
    the sentence."""
    if _PREPOSED.search(text, max(0, event[0] - 60), event[0]):
        return True
    opens = _SENTENCE_OPENS.search(text, max(0, event[0] - 4), event[0])
    return bool(opens and _ACT_OPENS.match(text, event[0], event[1]))


def _framing_event(
    text: str, spans: Sequence[LabelledRange], before: list[int], k: int, start: int
) -> int | None:
    """The event of an opening frame whose date, place or topic runs on to the subject."""
    j = k
    while j >= 0 and spans[before[j]][2] in _FRAME_FILLERS:
        j -= 1
    if j < 0 or j == k or spans[before[j]][2] != "EVENT":
        return None
    event = spans[before[j]]
    subject = spans[before[k + 1]][0] if k + 1 < len(before) else start
    if not _opens_frame(text, event):
        return None
    posts = [spans[m] for m in before[k + 1 :]] + [(start, start, "PER")]
    if any(text[a[1] : b[0]].strip(" ,") for a, b in zip(posts, posts[1:], strict=False)):
        return None  # "[Chủ tịch] đòi [Tổng thống] X": the post is another subject's
    gap = text[event[1] : subject]
    for m in before[j + 1 : k + 1]:
        gap = gap.replace(text[spans[m][0] : spans[m][1]], " ", 1)
    return before[j] if _FRAME_TO_SUBJECT.match(gap) else None


def _after_semicolon(
    text: str, spans: Sequence[LabelledRange], before: list[int], k: int, start: int
) -> int | None:
    """The first person of the sentence's list of clauses, when this one opens after `;`."""
    opens = spans[before[k + 1]][0] if k + 1 < len(before) else start
    if not text[spans[before[k]][1] : opens].rstrip().endswith(";"):
        return None
    people = [m for m in before if spans[m][2] == "PER"]
    return people[0] if people else None


def attended_event(
    text: str,
    spans: Sequence[LabelledRange],
    members: list[int],
    person: int,
    nearest: int,
    reach: int,
) -> int:
    """The event the person is said to attend within reach, else the nearest one."""
    start, end, _ = spans[person]
    for e in members:
        event = spans[e]
        if event[2] != "EVENT" or e == nearest or event[0] < end:
            continue
        if event[0] - end > reach:
            break
        cue = text[max(end, event[0] - _ATTENDS_REACH) : event[0]]
        if _ATTENDS.search(cue) and "," not in text[end : event[0]]:
            return e
    return nearest


# Between an event and its object: "hội đàm [với] Chủ tịch X", "[chiêu đãi] trọng thể
# Chủ tịch X", "[tiệc chiêu đãi] Tổng bí thư X", "[tiệc tối chiêu đãi] Thủ tướng X" (news8,
# news12, news15: a banquet's guest).
_RECEPTIONS = re.compile(
    r"(?:tiếp|đón|lễ đón|gặp|hội kiến|hội đàm|thăm|(?:tiệc |buổi )?(?:(?:tối|trưa) )?chiêu đãi|"
    r"(?:lễ )?tiễn)\b",
    re.IGNORECASE,
)
# "[Đại hội] đã nghe [Ủy viên Bộ Chính trị] [X] trình bày": the meeting hears a speaker.
_OBJECT_GAP = re.compile(
    r"^\s*(?:(?:trọng thể|thân mật|long trọng|nồng nhiệt)\s+)?"
    r"(?:với\s+|(?:đã\s+|sẽ\s+)?nghe\s+)?(?:(?:ông|bà|ngài|Ngài|đồng chí)\s+)?$"
)


def received_by(
    text: str, spans: Sequence[LabelledRange], members: list[int], person: int
) -> int | None:
    """`[tiếp thân mật] [Chủ tịch Quốc hội Hàn Quốc] [X]`, `[hội đàm] với [Chủ tịch] [X]`:
    the event right before the person, only roles between, has the person as its object."""
    before = [m for m in members if spans[m][1] <= spans[person][0]]
    k = len(before) - 1
    while k >= 0 and spans[before[k]][2] == "ROLE":
        k -= 1
    if k < 0 or spans[before[k]][2] != "EVENT":
        return None
    gap_start = spans[before[k]][1]
    roles = [spans[m] for m in before[k + 1 :]]
    gap = text[gap_start : roles[0][0] if roles else spans[person][0]]
    between_roles = all(
        not text[a[1] : b[0]].strip()
        for a, b in zip(roles, [*roles[1:], spans[person]], strict=False)
    )
    event = spans[before[k]]
    # Right after the event, only a reception has the person as its object
    # ("[tiếp] Chủ tịch X"); a case or an incident before a name does not
    # ("[vụ nước bẩn] Bí thư X" of a caption), nor does a funeral's deceased.
    received = _RECEPTIONS.match(text, event[0], event[1]) or gap.strip()
    return before[k] if _OBJECT_GAP.match(gap) and between_roles and received else None


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
# [bắt giữ]" dates the report, not the arrest (news19 ×3; news6 likewise unrelated).
_SAID = re.compile(
    r"\b(?:cho biết|thông báo|tuyên bố|trả lời|khẳng định|đăng tải|nói|cáo buộc|"
    r"đưa tin|loan tin|đăng tin)\b",
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
