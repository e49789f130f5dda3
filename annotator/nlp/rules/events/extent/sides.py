"""EVENT: a war, exercise, strike or meeting up to its sides, its number and its agent.

Blind-time rules missed one construction in six of the eight once-blind sets
news3 … news10 (news3 0417 `[cuộc chiến Chechnya lần thứ hai]`, `[chiến dịch
quân sự của Nga]`, news3 0342 `[vụ tấn công bằng tên lửa của quân đội
Ukraine]`, news3 0023 `[hội nghị lần thứ 14 Diễn đàn …]`, news3 0134 `[buổi
họp mặt … lần thứ 30]`, news6 0385 `[cuộc xung đột Nga - Ukraine]`, news8
0339 `[Hội nghị cấp cao ASEAN + 3 lần thứ 9]`, news10 0406 `[cuộc xung đột
quân sự Nga-Gruzia]`), each time in another form. So the rule is the
construction, not the strings seen: a head of a closed class (wars,
operations, exercises, strikes, attacks; or any meeting the other rules
found) and what may follow it, in this order:

    head [quân sự | chung | đặc biệt | …] [Name] [- Name] [lần thứ N] [của agent]

The sides written with a hyphen are inside (`Tập trận Nga-Việt`, `Hội nghị
ASEAN - Mỹ`, as every gold file: news2 0049 `[Diễn đàn doanh nghiệp VN -
Canada]`); the sides after `giữa` are outside in every file (`[cuộc xung
đột] đang diễn ra giữa Nga và Ukraina`, `[cuộc hòa đàm] giữa Nga và
Ukraine`, `[vụ kiện] giữa Philippines và Trung Quốc`: no gold EVENT holds
`giữa`); the ordinal is inside (no file leaves it out); the agent after
`của` is inside when it is a body, a state or its forces (guidelines,
Extents), a person stays outside. A head alone is none: `Các cuộc tập trận
thường diễn ra vào mùa hè`, `chiến tranh là điều không ai muốn`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from itertools import takewhile

from annotator.nlp.rules.events.extent.manners import manners_after
from annotator.nlp.rules.lines import Candidate, Line
from annotator.nlp.rules.names import cap_run, is_stop
from annotator.nlp.rules.owners import owner_after

# Heads of an armed or industrial action (the closed class of the construction).
ARMED_HEADS = (
    "chiến tranh",
    "cuộc chiến tranh",
    "cuộc chiến",
    "xung đột",
    "xung đột vũ trang",
    "chiến dịch",
    "tập trận",
    "diễn tập",
    "không kích",
    "pháo kích",
    "tấn công",
    "phản công",
    "tổng tấn công",
    "giao tranh",
    "đình công",
    "bãi công",
    "hoạt động quân sự",
    "xâm lược",
)
_HEAD_FIRSTS = tuple({head.split()[0] for head in ARMED_HEADS})
# What kind of action it is, between the head and what names it.
_KINDS = (
    "quân sự",
    "chung",  # only before what names the action (whether a final `chung` is in is open)
    "đặc biệt",
    "phản công",
    "biên giới",
    "hải quân",
    "không quân",
    "trên biển",
    "chống khủng bố",
    "hỗn hợp",
    "đa quốc gia",
    "song phương",
    "vũ trang",
    "tổng lực",
    "quy mô lớn",
    "bằng tên lửa",
    "bằng máy bay không người lái",
    "xâm lược",  # "cuộc chiến tranh xâm lược Ukraine" (news12 0337)
    "nội bộ",  # "cuộc xung đột nội bộ Ukraine" (news12 0337)
)
_CLASSIFIERS = ("cuộc", "trận", "vụ", "đợt")
_DASHES = ("-", "–")
_NUMBER_WORDS = ("nhất", "hai", "ba", "tư", "năm", "sáu", "bảy", "tám", "chín", "mười")
_SIDE_WORDS = 3
# A state written by its one-syllable short form, as a side only (`Việt - Trung`).
_SHORT_STATES = (
    "Việt",
    "Trung",
    "Triều",
    "Hàn",
    "Nhật",
    "Ấn",
    "Úc",
    "Thái",
    "Xô",
    "Đức",
    "Anh",
    "Mỹ",
    "Nga",
    "Lào",
    "Pháp",
    "Miên",
    "Cu",
    "Ý",
)
_HOLD = ("tiến hành", "tổ chức", "mở")


def _side_at(line: Line, i: int) -> int:
    """End of one side (a place, a body, an acronym like `ASEAN`) at i, or -1."""
    if not line.cap(i) or line.digit(i) or _glued(line.surface[i]):
        return -1  # "MỹCũng": two words the source glued, no side
    if line.is_(i, *_SHORT_STATES) and not line.cap(i + 1):
        return i + 1
    listed = line.match(i, "places", "bodies", "media")
    if listed > i:
        return listed
    run = cap_run(line, i, _SIDE_WORDS)
    return run if run > i and (line.surface[i].isupper() or line.foreign(i)) else -1


def _glued(word: str) -> bool:
    """A capital right after a small letter: two words the source glued (`MỹCũng`)."""
    return any(a.islower() and b.isupper() for a, b in zip(word, word[1:], strict=False))


def sides_after(line: Line, i: int) -> int:
    """End of `Nga - Ukraine`, `ASEAN-Mỹ`, `Việt - Trung` at i (two sides joined by a
    dash), or of `- Gruzia` when the first side ends the span at i; else -1."""
    first = i if line.surface[i : i + 1] and line.surface[i] in _DASHES else _side_at(line, i)
    if first < 0 or not line.surface[first : first + 1] or line.surface[first] not in _DASHES:
        return -1
    second = _side_at(line, first + 1)
    if line.word(second) and not line.gap(second):
        return -1  # "Nga-ViệtNga và …": the source glued the next word on, no side ends
    return second if second > first + 1 else -1


def ordinal_after(line: Line, i: int) -> int:
    """End of `lần thứ 2`, `lần thứ hai`, `thứ IX`, `lần 3` at i, or -1."""
    j = i + 1 if line.is_(i, "lần") else i
    k = j + 1 if line.is_(j, "thứ") else j
    if k == i or line.is_(k + 1, "tháng", "năm", "ngày", "người"):
        return -1
    numbered = line.digit(k) and line.surface[k].isdigit() or line.roman(k)
    return k + 1 if numbered or k > j and line.is_(k, *_NUMBER_WORDS) else -1


def _kinds_after(line: Line, i: int) -> int:
    """End of the kinds and evaluations after a head (`quân sự`, `không thể tránh khỏi`)."""
    end = i
    step = max(line.longest(end, _KINDS), manners_after(line, end))
    while step > end:
        end = step
        step = max(line.longest(end, _KINDS), manners_after(line, end))
    return end


def _named_after(line: Line, i: int) -> int:
    """End of the name, sides and number after a head ending at i, or i."""
    end = i
    sides = sides_after(line, end)
    if sides < 0 and line.cap(end) and not line.digit(end):
        place = line.match(end, "places")  # "Chiến tranh vùng Vịnh", "chiến tranh Iraq"
        name = place if place > end else cap_run(line, end, _SIDE_WORDS)
        if place < 0 and name == end + 1 and line.lower(name) and not is_stop(line, name):
            return end  # "Chiến dịch Mùa hè xanh": a title in sentence case, its end unknown
        joined = sides_after(line, name)
        if joined < 0 and line.surface[name : name + 1] and line.surface[name] in _DASHES:
            return i  # "Pháp-ĐứcĐức": a first side whose partner is cut, the end unknown
        end = max(end, joined, name)
    end = max(end, sides)
    return max(end, ordinal_after(line, end))


def armed_event_at(line: Line, i: int) -> int:
    """End of an armed or industrial action whose head starts at i, or -1.

    Only with a classifier or a capital (`cuộc tập trận chung Nga - Trung`,
    `Chiến tranh vùng Vịnh lần thứ nhất`) and something that names it after the
    head: sides, a name, a number or an agent; a head alone is left to the
    other rules (`các cuộc tập trận`, `chiến tranh` in general).
    """
    head = line.longest(i, ARMED_HEADS)
    held = line.ending(i, _HOLD) or line.is_(i - 1, "việc")
    if head < 0 or not (line.cap(i) or line.is_(i - 1, *_CLASSIFIERS) or held):
        return -1
    if line.is_(i - 1, "các", "những", "nhiều", "mọi", "mỗi") or line.is_(i - 2, "các", "những"):
        return -1  # "các cuộc không kích của liên quân": many, no one action
    kinds = _kinds_after(line, head)
    named = _named_after(line, kinds)
    agent = owner_after(line, named)
    end = max(named, agent)
    if end == kinds and between_parties(line, kinds):
        return kinds  # "việc [tập trận] giữa Việt Nam và Nga": the parties stay outside
    if end == kinds > head and line.ending(i, _HOLD):
        return kinds  # "sẽ tiến hành [diễn tập quân sự chung]": one held, named by its kind
    return end if end > kinds else -1


def between_parties(line: Line, i: int) -> bool:
    """`giữa Việt Nam và Nga`, `giữa Mỹ - Trung` at i: the parties of one action."""
    return line.is_(i, "giữa") and _side_at(line, i + 1) > 0


def find_armed_events(line: Line) -> list[Candidate]:
    """Armed and industrial actions named by their sides, number or agent."""
    found = []
    starts = sorted({i for word in _HEAD_FIRSTS for i in line.where(word)})
    for i in starts:
        end = armed_event_at(line, i)
        if end > i:
            start = i - 1 if line.is_(i - 1, *_CLASSIFIERS) else i
            found.append(Candidate(start, end, "EVENT"))
    return found


def _cut_at_between(line: Line, c: Candidate) -> Candidate:
    """`[cuộc tập trận chung] giữa Mỹ và Hàn Quốc`: the parties after `giữa` stay out."""
    for k in range(c.start + 1, c.end):
        if line.is_(k, "giữa") and (line.cap(k + 1) or line.is_(k + 1, "hai", "các")):
            return Candidate(c.start, k, c.label, c.weak)
    return c


def event_sides(line: Line, spans: list[Candidate]) -> list[Candidate]:
    """Every EVENT grown over the sides and number that follow it, cut before `giữa`.

    `[Hội nghị] ASEAN-Mỹ` → `[Hội nghị ASEAN-Mỹ]`, `[Hội nghị thượng đỉnh] Mỹ -
    Triều lần thứ hai` → one span; spans the growth covers are dropped, and a span
    that runs past the new end stops the growth.
    """
    out: list[Candidate] = []
    for idx, c in enumerate(spans):
        if c.label != "EVENT":
            out.append(c)
            continue
        c = _cut_at_between(line, c)
        end = max(sides_after(line, c.end), c.end)
        end = max(end, ordinal_after(line, end))
        end = max(end, _agent_span(line, c, end, _following(spans, idx)))
        if end > c.end and all(s.end <= end for s in _starting_before(spans, idx, end)):
            c = Candidate(c.start, end, c.label, c.weak)
        out.append(c)
    return drop_covered(out)


def _following(spans: list[Candidate], idx: int) -> Iterator[Candidate]:
    """The spans after `idx`, in reading order (as the line's rules keep them), read
    lazily: a slice per EVENT would make a long line quadratic."""
    return (spans[j] for j in range(idx + 1, len(spans)))


def _starting_before(spans: list[Candidate], idx: int, end: int) -> Iterator[Candidate]:
    """The spans after `idx` that start before token `end`."""
    return takewhile(lambda s: s.start < end, _following(spans, idx))


def _agent_span(line: Line, c: Candidate, end: int, later: Iterable[Candidate]) -> int:
    """End of `của` + the ORG or LOC span right after an armed action (`[cuộc không
    kích] của [không quân Nga]`: the forces that wage it), or -1."""
    head = c.start + 1 if line.is_(c.start, *_CLASSIFIERS) else c.start
    if line.longest(head, ARMED_HEADS) < 0 or not line.is_(end, "của"):
        return -1
    nxt = next((s for s in later if s.start >= end), None)
    if nxt is None or nxt.start != end + 1 or nxt.label not in ("ORG", "LOC"):
        return -1
    return nxt.end


def drop_covered(spans: list[Candidate]) -> list[Candidate]:
    """Spans in reading order, each one dropped that starts inside the one kept before it.

    A widened event swallows the shorter one found at its head; both would
    otherwise reach the resolver as rivals.
    """
    out: list[Candidate] = []
    for c in spans:
        if out and c.start < out[-1].end:
            continue
        out.append(c)
    return out


def grow_events(spans: list[Candidate], end_of: Callable[[Candidate], int]) -> list[Candidate]:
    """Each EVENT of `spans` grown to `end_of(event)` where that lies past its end.

    The passes that grow an event over what follows its head (the crimes of a
    case, the count of parties at talks) share this loop; what a grown event
    then covers is dropped, and a line where nothing grew is returned as is.
    """
    out: list[Candidate] = []
    grown = False
    for c in spans:
        end = end_of(c) if c.label == "EVENT" else -1
        if end > c.end:
            c = Candidate(c.start, end, c.label, c.weak)
            grown = True
        out.append(c)
    return drop_covered(out) if grown else out
