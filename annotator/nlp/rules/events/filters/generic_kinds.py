"""Event words that name a kind of act, not one act: no EVENT.

False alarms on unseen text, counted at blind time over the twelve once-blind
sets (merged output, today's gold), in three constructions a particular event
does not take:

- the act as what a noun of work, procedure or authority is about: `công tác
  [xét xử]`, `lịch [xét xử]`, `Thẩm quyền [thi hành kỷ luật]`, `tiêu chuẩn
  [đặc xá]`, `quyền [khởi tố vụ án]`, `thời hạn [tạm giam]` (news3, news9, news14,
  news15, news21, news23; news7 `thời gian khởi tố`). No gold file
  marks an event after these nouns (`kết quả`, `chương trình`, `thời gian`,
  `hồ sơ` are left: the gold marks events after them);
- a plural with a word of kind after it: `các [cuộc tập trận] như vậy`, `các
  [cuộc chiến tranh] khác nhau` (news13, news14; the plural kind of false alarm
  was seen in seven sets, most with nothing after that a rule can read);
- ceremonies of works in general: listed as kinds (`tổ chức [lễ động thổ],
  khởi công, khánh thành các công trình`), or with an indefinite or plural
  object (`chi [khánh thành] một cây cầu`), news4, news6, news14.

A named, dated or placed one keeps its EVENT: a capitalised word in the span,
or a person, date, place or body in the same clause (`[quận 12] [khánh thành]
[Nhà Truyền thống …]`, `[Ngày 12/4], … [lễ khởi công cầu Rạch Miễu]`).
"""

from __future__ import annotations

from annotator.nlp.rules.lines import Candidate, Line

# Nouns of the work, procedure, authority or cost an act is the object of.
_WORK_NOUNS = (
    "công tác",
    "lịch",
    "thẩm quyền",
    "thủ tục",
    "quy trình",
    "trình tự",
    "cơ chế",
    "kinh phí",
    "chi phí",
    "tiêu chuẩn",
    "điều kiện",
    "nghiệp vụ",
    # Round 22: the quality of an act is the act in general (news18 0144 `Chất lượng
    # [xét xử] của tòa án cũng nâng cao`); no gold file marks an event after these.
    "chất lượng",
    "hiệu quả",
    "năng lực",
    # Round 25: a power to act and the legal time limit of an act are the act in general
    # (`quyền [khởi tố vụ án]`, `có quyền [bổ nhiệm]`, `thời hạn [tạm giam]`, `thời gian
    # chuẩn bị [xét xử]`): false alarms at blind time in news15, news21, news23, and no
    # gold file marks an event after them (22 such places unmarked).
    "quyền",
    "thời hạn",
    "thời hạn chuẩn bị",
    "thời gian chuẩn bị",
)
# Words before `quyền` that make it a body or a right of its own, which may act:
# "chính quyền [bắt giữ] …" (the authorities), "đảng cầm quyền", "chủ quyền", "nhân quyền".
# (The words of a delegation do not guard it: "về quyền [khởi tố vụ án]" is a power.)
_NOT_A_POWER = ("chính", "cầm", "chủ", "nhân")
# Words before `công tác` that make it a working trip or delegation: "đoàn công tác thăm".
_DELEGATION = ("đoàn", "chuyến", "đi", "đang", "về")
# Words of kind after a plural: "such", "various", "similar".
_KIND_WORDS = ("như vậy", "như thế", "khác nhau", "tương tự", "kiểu này", "loại này", "nói chung")
_PLURAL = ("các", "những", "nhiều")
# Ceremonies of building works.
_WORKS_ACTS = ("khánh thành", "động thổ", "khởi công", "khai trương", "cắt băng", "gắn biển")
_INDEFINITE = ("một", "các", "những", "nhiều", "mọi")
_CLAUSE_END = frozenset(".;:?!")
_ANCHORS = frozenset({"PER", "DATE", "LOC", "ORG"})
_DATED = frozenset({"DATE"})
# What makes the work one occasion's: another event named in capitals (a speaker or the
# day of the report does not: "Ông [Bình] cho biết, tòa niêm yết … lịch xét xử").
_OCCASIONS = frozenset({"EVENT"})


def drop_event_kinds(chosen: list[tuple[Line, list[Candidate]]]) -> None:
    """Remove, line by line, the EVENT spans that name a kind of act."""
    for index, (line, spans) in enumerate(chosen):
        if not any(c.label == "EVENT" for c in spans):
            continue
        kinds = {c for c in spans if c.label == "EVENT" and _a_kind(line, spans, c)}
        if kinds:
            chosen[index] = (line, [c for c in spans if c not in kinds])


def _a_kind(line: Line, spans: list[Candidate], c: Candidate) -> bool:
    if any(line.cap(k) for k in range(c.start, c.end)):
        return False  # "công tác tổ chức Đại hội XIII": a named event
    if _work_noun_before(line, c.start):
        return not _anchored(line, spans, c, _OCCASIONS, named=True)  # "… tại [Đại hội X]"
    if _kind_after(line, c):
        return not _anchored(line, spans, c, _DATED)
    return _works_in_general(line, c) and not _anchored(line, spans, c, _ANCHORS)


def _work_noun_before(line: Line, start: int) -> bool:
    """`công tác [xét xử]`, not `đoàn công tác [thăm]` (a working delegation visits)."""
    for noun in _WORK_NOUNS:
        first = start - len(noun.split())
        if line.phrase(first, noun) == start:
            guard = _NOT_A_POWER if noun == "quyền" else _DELEGATION
            return not line.is_(first - 1, *guard)
    return False


def _kind_after(line: Line, c: Candidate) -> bool:
    """`các [cuộc tập trận] như vậy`, `các [cuộc chiến tranh] khác nhau`."""
    return line.is_(c.start - 1, *_PLURAL) and line.longest(c.end, _KIND_WORDS) > 0


def _works_in_general(line: Line, c: Candidate) -> bool:
    """`[lễ động thổ], khởi công, khánh thành các công trình`, `chi [khánh thành] một
    cây cầu`: a works ceremony listed with another, or done to an indefinite object."""
    if not line.ending(c.end, _WORKS_ACTS):
        return False
    listed = _works_act_at(line, c.end + 1) and line.surface[c.end] in (",", "và")
    listed = listed or line.is_(c.end, "và") and _works_act_at(line, c.end + 1)
    before = c.start - 1
    listed = (
        listed or line.surface[before : before + 1] == [","] and line.ending(before, _WORKS_ACTS)
    )
    return listed or line.is_(c.end, *_INDEFINITE)


def _works_act_at(line: Line, i: int) -> bool:
    j = i + 1 if line.is_(i, "lễ") else i
    return line.longest(j, _WORKS_ACTS) > j


def _anchored(
    line: Line, spans: list[Candidate], c: Candidate, labels: frozenset[str], named: bool = False
) -> bool:
    """A span of `labels` (a person, date, place or body) in the clause of `c`; with
    `named`, an EVENT counts only when capitalised (`tại [Đại hội X]`, not `[khởi kiện]`)."""
    low = next((k for k in range(c.start - 1, -1, -1) if line.surface[k] in _CLAUSE_END), -1)
    high = next((k for k in range(c.end, line.n) if line.surface[k] in _CLAUSE_END), line.n)
    return any(
        s.label in labels
        and s != c
        and low < s.start
        and s.end <= high
        and not (named and s.label == "EVENT" and not line.cap(s.start))
        for s in spans
    )
