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
  [đại hội]`), and so does one framing the sentence before its subject
  (`Phát biểu tại [buổi lễ], X ...`);
- the event right before a person, only posts between, is a reception of
  which he is the object (`[hội đàm] với [Chủ tịch] [X]`).

The cues of WHEN are in `event_times.py`.
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
# More words than this between a verb of saying and a cue of presence make a clause of
# their own: `cho biết có 10 người không phải là đại biểu dự …` (not `cho biết hôm qua tại`).
_SAID_CLAUSE_WORDS = 3
# A verb of saying that opens a clause: what follows is what is said.
_OPENS_CLAUSE = re.compile(r"(?:cho rằng|nói rằng|\w+(?: \w+)?\s*(?:,|:|rằng))", re.IGNORECASE)


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
        return _said_before_present(gap, said) or bool(source and gap.lstrip().startswith(","))
    return bool(said or source)


def _said_before_present(gap: str, said: re.Match[str] | None) -> bool:
    """The cue of presence stands in what the person says, not in his own clause: after the
    verb of saying and a comma, or another's attendance in a clause of its own (`X cho biết
    có 10 người không phải là đại biểu dự [E]`; not `X tuyên bố … tại [E]`, where he said
    it); or every cue before a verb that opens a clause (`X phát biểu cho rằng một [phiên
    lấy lời khai] …`: the event is what he speaks of; not `phát biểu nhấn mạnh … của [E]`)."""
    if said is None:
        return False
    cues_after = list(_PRESENT.finditer(gap, said.end()))
    if not cues_after:
        return bool(_OPENS_CLAUSE.match(gap, said.start()))
    said_to_cue = gap[said.end() : cues_after[0].start()]
    if "," in said_to_cue:
        return True
    others = len(said_to_cue.split()) > _SAID_CLAUSE_WORDS
    return others and cues_after[0].group(0).lower() != "tại"


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
# The time a sentence opens with before its frame: "Ngày 30/3, trong [phiên họp …], Thủ
# tướng X" (news29), "Chiều qua, trong khuôn khổ [chuyến thăm …], X" (news27), "Cũng ngay
# trong sáng cùng ngày, bên hành lang [Hội nghị …], X" (news25).
_TIME_OPENER = (
    r"(?:Cũng\s+)?(?:ngay\s+)?(?:trong\s+)?(?:ngày|sáng|chiều|tối|trưa|đêm|hôm|tuần|tháng|năm)"
    r"\b[^,.!?:\n]{0,25}"
)
_SPEECH_KIND = (
    r"(?:\s+ý kiến)?(?:\s+(?:chỉ đạo|kết luận|tổng kết|khai mạc|bế mạc|chào mừng|đáp từ))?"
)
_PREPOSED = re.compile(
    r"(?:^|[.!?:]\s+|\n)\s*(?:(?:Cụ thể|Theo đó|Trong khi đó|Đặc biệt|Sau đó|"
    rf"(?:Vẫn\s+)?[Tt]heo [^,.!?:\n]{{1,20}}|{_TIME_OPENER}),\s*)?"
    rf"(?:Cũng\s+)?(?:(?:Phát biểu{_SPEECH_KIND}|Chủ trì|Dự|Tham dự|Có mặt|"
    r"Trả lời phỏng vấn)(?:\s+(?:tại|trong))?|Tại|Trong(?: khuôn khổ)?|Bên (?:lề|hành lang)|"
    r"Đầu|Cuối|Mở đầu|Kết thúc|(?:Ngay\s+)?từ)\s*$",
    re.IGNORECASE,
)
# Between that event and the subject: a comma, then posts and an honorific; or a longer
# frame, its date, place, body or topic, up to one more comma (`Tại [buổi họp báo]
# [ngày 21-4], trước câu hỏi về …, bà X`, `Trong [chuyến thăm] [Hoa Kỳ], [ngày …], X`).
# A counted group the subject opens: "Trong [chiến dịch tranh cử], cả hai ứng viên [A] và [B]"
# (news31).
_GROUP_OF = (
    r"(?:(?:cả\s+)?(?:hai|ba|các|những)\s+"
    r"(?:ứng viên|ứng cử viên|nhà lãnh đạo|bị cáo|bị can|đại biểu|bộ trưởng)\s+)?"
)
_TO_SUBJECT = re.compile(
    rf"[^,]{{0,60}},\s*{_GROUP_OF}(?:(?:ông|bà|anh|chị|đồng chí)\s+)?$", re.IGNORECASE
)
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
