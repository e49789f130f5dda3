"""EVENT: the steps of a deliberative body's own procedure, one particular step each.

A congress, a parliament or an assembly of states goes through votes, polls,
readings and credentials; the gold marks the step the article reports
(news12 at blind time: ten error lines of this kind, news4 … news11 twenty-two
more over seven sets): a vote by a named body (`Đại hội đồng Liên Hợp Quốc
[bỏ phiếu] thông qua nghị quyết`, `Đại hội sẽ [bỏ phiếu bầu ủy viên ban chấp
hành khóa X]`, `ông X [bỏ phiếu bầu] trong đại hội`), a poll whose result is
given or whose post is named (`kết quả [lấy phiếu tín nhiệm]`, `[lấy tín nhiệm]
chức danh Tổng Bí thư`, `Kết quả [xin ý kiến đại biểu Quốc hội]`), a reading
counted (`đây mới là [lần thảo luận đầu tiên]`, `trong [lần thảo luận] sau`,
`[lần đụng trận đầu tiên]` is the same `lần` + act + ordinal) and a deputy's
credentials refused (`bị [bác tư cách đại biểu]`).

The same words said of any such step stay unmarked (dev, news6, news11): a
right (`được bỏ phiếu bầu`), a rule (`trình tự lấy phiếu tín nhiệm đối với …`),
a proposal (`nên bỏ phiếu tín nhiệm định kỳ`), a count of many (`mỗi lần thảo
luận`), a vote of confidence in general (`việc bỏ phiếu tín nhiệm`).
"""

from __future__ import annotations

from annotator.nlp.rules.bodies.orgs import org
from annotator.nlp.rules.events.visits.act_subjects import named_person
from annotator.nlp.rules.events.votes.ballots import (
    counted_seats,
    find_elections_of_seats,
    named_seats,
)
from annotator.nlp.rules.events.votes.elections import reported
from annotator.nlp.rules.lines import Candidate, Line
from annotator.nlp.rules.posts.roles import role

# Adverbs and auxiliaries between a body and its step: "Đại hội sẽ tiến hành bỏ phiếu".
_ADVERBS = ("đã", "sẽ", "vừa", "đang", "cũng", "tiến hành", "chính thức", "lại")
_MAX_SUBJECT = 8
# Bodies that vote by their everyday names; the rules read `Đại hội` as an event.
_ASSEMBLIES = ("đại hội", "ĐH", "hội nghị", "kỳ họp", "phiên họp")
# A sitting named by its point in the body's term or as the preparatory one: "[kỳ họp
# đầu nhiệm kỳ QH]" (news13), "[phiên họp trù bị]",
# "[hội nghị giữa nhiệm kỳ]"; the term's body after it joins as after any sitting.
TERM_POINTS = ("đầu nhiệm kỳ", "giữa nhiệm kỳ", "cuối nhiệm kỳ", "trù bị")


def find_assembly_steps(line: Line) -> list[Candidate]:
    """Votes, polls, readings and credentials of the line (see the module's docstring)."""
    found = [Candidate(i, end, "EVENT") for i, end in _votes(line)]
    found += [Candidate(i, end, "EVENT") for i, end in _polls(line)]
    found += [Candidate(i, end, "EVENT") for i, end in _readings(line)]
    found += [Candidate(i, end, "EVENT") for i, end in _credentials(line)]
    return found + find_elections_of_seats(line)


def _votes(line: Line) -> list[tuple[int, int]]:
    """`bỏ phiếu` by a named body or person, with `bầu` + what it elects; a vote on a
    named post, on a deputy's credentials or of confidence in one office holder."""
    out = []
    for i in line.where("bỏ"):
        end = line.phrase(i, "bỏ phiếu")
        if end < 0 or not line.lower(i):
            continue
        step = max(_credentials_at(line, end), _confidence_in(line, end))
        if step > end and not line.is_(i - 1, *_A_RIGHT):
            out.append((i, step))  # "bỏ phiếu bãi nhiệm tư cách đại biểu QH"
            continue
        if line.is_(end, "tín", "trắng", "kín"):
            continue  # a vote of confidence or a secret ballot in general stays out
        ballot = line.is_(end, "bầu")
        seats = counted_seats(line, end + 1) if ballot else -1
        named = named_seats(line, end + 1, seats) and not line.is_(i - 1, *_A_RIGHT)
        end = max(end + 1, seats) if ballot else max(end, line.longest(end, _MOTIONS))
        if seats > 0 and _agenda_item(line, i) or named:
            out.append((i, end))  # "phần nhân sự: bỏ phiếu bầu tổng kiểm toán nhà nước"
        elif _body_before(line, subject_end(line, i)) or ballot and _person_before(line, i):
            out.append((i, end))
    return out


# The motion a vote decides, inside the vote as in `events.txt`: "[bỏ phiếu bất tín
# nhiệm] chính phủ", "[bỏ phiếu miễn nhiệm] Bộ trưởng X" (news2, news24: the rules
# stopped at `bỏ phiếu`).
_MOTIONS = ("bất tín nhiệm", "miễn nhiệm", "bãi nhiệm")
# Words that make a vote a right, a duty or a condition: "được bỏ phiếu bầu đại biểu".
_A_RIGHT = ("được", "quyền", "phải", "thể", "nên", "cần")
# What may open an item of a body's agenda before its vote: a mark, `và`, `rồi`.
_AGENDA_OPENERS = ("và", "rồi", "tiến", "hành")


def _agenda_item(line: Line, i: int) -> bool:
    """`nhân sự: bỏ phiếu bầu X và …`: the vote opens an item of a listed agenda."""
    return i == 0 or not line.word(i - 1) or line.is_(i - 1, *_AGENDA_OPENERS)


def _confidence_in(line: Line, end: int) -> int:
    """End of `tín nhiệm` at end when one office holder follows (`bỏ phiếu tín nhiệm
    đối với bộ trưởng bộ này`, `… đối với Bộ trưởng Bộ Y tế`), or -1; `bỏ phiếu tín
    nhiệm đối với các chức danh` is a rule for every post."""
    step = line.phrase(end, "tín nhiệm")
    towards = line.phrase(step, "đối với") if step > 0 else -1
    if towards < 0 or line.is_(towards, "các", "những", "mọi", "từng"):
        return -1
    post = role(line, towards)
    pointed = line.is_(post, *_THIS) or line.lower(post) and line.is_(post + 1, *_THIS)
    this = post > towards and (line.cap(towards) or pointed)  # "bộ trưởng bộ này"
    return step if this or named_person(line, towards) else -1


_THIS = ("này", "đó", "ấy")


def subject_end(line: Line, i: int, adverbs: tuple[str, ...] = _ADVERBS, steps: int = 3) -> int:
    """Where the subject of the act at i ends: before up to `steps` of `adverbs` (`đã sẽ`)."""
    j = i
    for _ in range(steps):
        step = next((a for a in adverbs if line.ending(j, (a,))), None)
        if step is None:
            break
        j -= len(step.split())
    return j


def _body_before(line: Line, j: int) -> bool:
    """A body or an assembly (`Quốc hội`, `Đại hội đồng Liên Hợp Quốc`, `Đại hội`) ends at j."""
    for k in range(max(0, j - _MAX_SUBJECT), j):
        if line.cap(k) and org(line, k, loose=False) == j:
            return True
        if line.cap(k) and any(line.phrase(k, a) == j for a in _ASSEMBLIES):
            return True
    return False


def body_subject(line: Line, i: int) -> bool:
    """A named body or assembly is the subject of the step at i, adverbs skipped
    (`Quốc hội đã | bỏ phiếu`, `ĐH đã | lấy biểu quyết`)."""
    return _body_before(line, subject_end(line, i))


def _person_before(line: Line, i: int) -> bool:
    """`ông Nông Đức Mạnh bỏ phiếu bầu`: a named person casts a vote."""
    return named_person(line, subject_end(line, i))


# What makes a poll one poll: its result, its post, or the body holding it.
_POLLS = ("lấy phiếu tín nhiệm", "lấy tín nhiệm", "xin ý kiến", "lấy ý kiến")
_HELD = ("tổ chức", "tiến hành")


def _polls(line: Line) -> list[tuple[int, int]]:
    """`kết quả lấy phiếu tín nhiệm`, `lấy tín nhiệm chức danh X`, `Kết quả xin ý kiến
    đại biểu Quốc hội`: a poll held, with the people asked (a post or a body) inside."""
    out = []
    for i in line.where("lấy") + line.where("xin"):
        end = max(line.phrase(i, p) for p in _POLLS)
        if end < 0 or not line.lower(i):
            continue
        confidence = line.phrase(i + 1, "ý kiến") < 0
        held = reported(line, i) or any(line.ending(i, (h,)) for h in _HELD)
        if not (held or confidence and line.phrase(end, "chức danh") > 0):
            continue
        if not confidence:
            asked = max(role(line, end), org(line, end, loose=False))
            if asked < 0:
                continue  # "kết quả lấy ý kiến" of anyone: no body asked
            end = asked
        out.append((i, end))
    return out


# Acts counted by `lần` (a reading, a vote, a clash) and the words that number one.
_COUNTED_ACTS = (
    "thảo luận",
    "bỏ phiếu",
    "biểu quyết",
    "xem xét",
    "cho ý kiến",
    "chất vấn",
    "đụng trận",
    "giao tranh",
    "đàm phán",
    "hội đàm",
)
_NUMBERS_IN = ("đầu tiên", "cuối cùng", "thứ hai", "thứ ba", "thứ tư", "thứ năm")
_NUMBERS_OUT = ("sau", "tới", "trước", "này")
_MANY = ("mỗi", "nhiều", "các", "những", "mấy", "vài", "từng", "mọi")


def _readings(line: Line) -> list[tuple[int, int]]:
    """`lần thảo luận đầu tiên`, `lần thảo luận [sau]`, `lần bỏ phiếu thứ hai`."""
    out = []
    for i in line.where("lần"):
        act = max(line.phrase(i + 1, a) for a in _COUNTED_ACTS)
        if act < 0 or not line.lower(i) or line.is_(i - 1, *_MANY):
            continue
        number = line.longest(act, _NUMBERS_IN)
        if number > act:
            out.append((i, number))
        elif line.is_(act, *_NUMBERS_OUT) and not line.word(act + 1) or _one_later(line, act):
            out.append((i, act))
    return out


def _one_later(line: Line, act: int) -> bool:
    """`trong lần thảo luận sau.`, `lần bỏ phiếu tới,`: the next one, not any later one."""
    return line.is_(act, "sau", "tới") and line.is_(act + 1, "của", "tại", "ở")


_REFUSED = (
    "bác tư cách đại biểu",
    "bác bỏ tư cách đại biểu",
    "tước tư cách đại biểu",
    "bãi nhiệm tư cách đại biểu",
    "bãi miễn tư cách đại biểu",
    "miễn nhiệm tư cách đại biểu",
    "chấm dứt tư cách đại biểu",
)


# Words before `bị` that make the step hypothetical: "có thể bị bãi nhiệm tư cách".
_HYPOTHETICAL = ("sẽ", "phải", "thể", "nếu", "đều", "không", "chưa")


def _credentials_at(line: Line, i: int) -> int:
    """End of `bác tư cách đại biểu`, `bãi nhiệm tư cách đại biểu QH` at i, or -1."""
    end = line.longest(i, _REFUSED)
    if end < 0 or not line.lower(i):
        return -1
    return max(end, org(line, end, loose=False))


# A body's consideration of the step, outside it: "Quốc hội sẽ xem xét việc [miễn nhiệm
# tư cách đại biểu] của ông X" (news16), as "xem xét [bãi nhiệm] đại biểu X" (news6).
_CONSIDERING = (*_ADVERBS, "xem xét", "việc")


def _credentials(line: Line) -> list[tuple[int, int]]:
    """`một trường hợp bị bác tư cách đại biểu`, `Quốc hội đã bãi nhiệm tư cách đại biểu
    của ông X`, `Quốc hội sẽ xem xét việc miễn nhiệm tư cách đại biểu của ông X`: a
    deputy's credentials refused or withdrawn by a body, or a body about to consider it."""
    out = []
    for first in ("bác", "tước", "bãi", "miễn", "chấm"):
        for i in line.where(first):
            end = _credentials_at(line, i)
            undergone = line.is_(i - 1, "bị") and not line.is_(i - 2, *_HYPOTHETICAL)
            by_body = _body_before(line, subject_end(line, i, _CONSIDERING, steps=4))
            if end > i and (undergone or by_body):
                out.append((i, end))
    return out


def asked_in_person(line: Line, end: int) -> bool:
    """`trả lời chất vấn | trực tiếp`: how a minister answers stays outside the answering
    (news8 0416 twice); `buổi chất vấn nảy lửa`, `đối thoại trực tiếp` keep theirs."""
    return line.ending(end, ("chất vấn",)) and line.phrase(end, "trực tiếp") > 0
