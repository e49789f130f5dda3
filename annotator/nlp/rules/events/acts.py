"""EVENT: one verb that a named subject performs, an event on its own.

The gold marks a bare verb as a particular event when someone named does it:
a resignation (`ông [Đào Đình Bình] [từ chức]`, `việc [từ chức] của Bộ
trưởng X`), a visit by an office holder to a named place (`[Thủ tướng]
[Phan Văn Khải] [thăm] [Mỹ]`), a leader's working session at a stated time
(`[Thủ tướng] X [làm việc] với lãnh đạo [Bộ GTVT] vào [chiều 5-4]`) and a
body's meeting (`[Ban Thường vụ Tỉnh ủy] đã [họp]`). Said in general the
verb is none: `Bộ trưởng từ chức ở nước ta rất hiếm`, `có thể xin từ chức`,
`đơn từ chức`, `Giám đốc đi thăm các phân xưởng`, `công chức làm việc tại UBND`,
`ông Hùng làm việc với công ty` (no title, no date), `tổ chức nhiều cuộc họp`.
A briefing is one when a body holds it (`tổ chức [báo cáo nhanh] kết quả Đại
hội`), not when a body reports (`LĐLĐ báo cáo nhanh ...`).
"""

from __future__ import annotations

from annotator.nlp.rules.bodies import role
from annotator.nlp.rules.date_forms import bare_day
from annotator.nlp.rules.events.joined_acts import second_act
from annotator.nlp.rules.events.periods import review_period
from annotator.nlp.rules.events.sessions import session_with_party
from annotator.nlp.rules.lines import Candidate, Line, keys_of
from annotator.nlp.rules.names import is_stop, is_surname, person_run, place_at
from annotator.nlp.rules.orgs import org

# Adverbs between a subject and its verb: "ông X đã từ chức", "Thủ tướng sẽ sang thăm".
_ADVERBS = ("đã", "vừa", "mới", "sẽ", "đang", "cũng", "chính", "thức", "bất", "ngờ")
# Verbs of motion before a visit: "đến thăm", "sang thăm", "lên đường thăm".
_MOTION = ("đến", "sang", "tới", "về", "đi", "tiếp", "tục", "bắt", "đầu")
_RESIGN = ("từ chức", "từ nhiệm")
_MAX_SUBJECT = 8
_CLAUSE_END = frozenset(".;?!")


def _subject_end(line: Line, i: int, skipped: tuple[str, ...]) -> int:
    """Index right after the subject of the verb at i, adverbs skipped."""
    j = i
    while j > 0 and line.lower(j - 1) and line.is_(j - 1, *skipped):
        j -= 1
    return j


def _name_ends(line: Line, j: int) -> int:
    """Start of a Vietnamese full name ending right before j, or -1."""
    for k in range(max(0, j - 4), j - 1):
        if is_surname(line, k) and person_run(line, k) == j:
            return k
    return -1


def _title_ends(line: Line, j: int) -> int:
    """Start of a title (with its body) ending right before j, or -1."""
    for k in range(max(0, j - _MAX_SUBJECT), j):
        if line.word(k) and role(line, k) == j:
            return k
    return -1


def _foreign_name_ends(line: Line, j: int) -> int:
    """Start of `Putin`, `George Bush` after a title, ending right before j, or -1."""
    k = j
    while k > 0 and line.cap(k - 1) and line.word(k - 1) and j - k < 3:
        k -= 1
    return k if k < j and _title_ends(line, k) >= 0 else -1


def _name_after_titled_state(line: Line, j: int) -> bool:
    """`Tổng thống Nga | Putin` ending at j: a one- or two-word name after a title that
    ends with its state (`_foreign_name_ends` reads `Nga Putin` as the name)."""
    for k in (j - 1, j - 2):
        if not all(line.cap(m) and line.word(m) for m in range(k, j)):
            return False
        if _title_ends(line, k) >= 0:
            return True
    return False


def named_person(line: Line, j: int) -> bool:
    return _name_ends(line, j) >= 0 or _foreign_name_ends(line, j) >= 0


def _addressed_title(line: Line, j: int) -> bool:
    """`Đồng chí bộ trưởng`, `ông Bộ trưởng`: one office holder addressed, no post in general."""
    k = _title_ends(line, j)
    return k > 0 and any(line.match(m, "honorifics") == k for m in range(max(0, k - 3), k))


def resignation_at(line: Line, i: int) -> int:
    """End of `từ chức` at i when a named person resigns, or -1."""
    end = max(line.phrase(i, verb) for verb in _RESIGN)
    if end < 0 or not line.lower(i):
        return -1
    j = _subject_end(line, i, _ADVERBS)
    if named_person(line, j) or _addressed_title(line, j):
        return end
    if line.is_(i - 1, "việc") and line.is_(end, "của"):
        k = end + 1
        owner = line.match(k, "honorifics") > k or role(line, k) > k
        return end if owner or is_surname(line, k) and person_run(line, k) > k + 1 else -1
    return -1


def visit_at(line: Line, i: int) -> int:
    """End of a bare `thăm` at i when an office holder or a delegation visits, or -1.

    Every bare visit in the gold files is an EVENT (17 of 17), of a place, a body or
    a workshop: an office holder's to a named place, a delegation's to anything
    (`đoàn đi [thăm] các phân xưởng`, `Thủ tướng và đoàn [thăm] Vườn Hồng`), and
    one paid `ở` a place (`đang ở [thăm] Việt Nam`); greetings, private visits and
    polls are none (`lời thăm hỏi`, `thăm thân nhân`, `thăm dò`, `về thăm mẹ`).
    """
    if not line.is_(i, "thăm") or not line.lower(i) or line.match(i, "events") > i + 1:
        return -1
    if line.is_(i + 1, *_NOT_VISITS) or any(line.phrase(i + 1, p) > 0 for p in _PRIVATE):
        return -1
    j = _aside_skipped(line, _subject_end(line, i, _ADVERBS + _MOTION))
    titled = _title_ends(line, j) >= 0
    if not titled:
        k = _name_ends(line, j)
        titled = k > 0 and _title_ends(line, k) >= 0 or _foreign_name_ends(line, j) >= 0
    end = max(i + 1, second_act(line, i + 1))  # "thăm, làm việc với ...": one span
    obj = end + 1 if end > i + 1 and line.is_(end, "với", "tại") else end
    place = place_at(line, obj) > obj or org(line, obj, loose=False) > obj
    if (titled or line.is_(i - 1, "ở")) and line.cap(obj) and place:
        return end  # "Thủ tướng X thăm Mỹ", "... dẫn đầu, đang ở thăm Việt Nam"
    # A delegation's visit is one whatever it visits (news3, news7, news10 at blind
    # time); a post alone visiting workshops is routine work, a person named without
    # a post may travel privately (`Ông X thăm Nhật Bản khi còn trẻ`).
    return end if _delegation_near(line, i) and line.word(obj) else -1


# `thăm` as part of another verb, and what a private visit is paid to.
_NOT_VISITS = ("dò", "hỏi", "thân", "quan", "nom", "khám")
_PRIVATE = ("người thân", "gia đình", "mẹ", "bố", "cha", "con", "vợ", "chồng", "quê", "mộ")
_DELEGATION_REACH = 30


def _aside_skipped(line: Line, j: int) -> int:
    """Start of a bracketed aside ending right before j (`Ông X (giữa) | thăm`), or j."""
    if line.surface[j - 1 : j] != [")"]:
        return j
    for k in range(j - 2, max(-1, j - 6), -1):
        if line.surface[k] == "(":
            return k
    return j


def _delegation_near(line: Line, i: int) -> bool:
    """A lowercase `đoàn` (a delegation) in the sentence of the visit at i."""
    start, end = i, i
    while (
        start > 0 and i - start < _DELEGATION_REACH and line.surface[start - 1] not in _CLAUSE_END
    ):
        start -= 1
    while end < line.n and end - i < _DELEGATION_REACH and line.surface[end] not in _CLAUSE_END:
        end += 1
    return any(_delegation_at(line, k) for k in range(start, end))


# What follows `đoàn` when it is a delegation: "đoàn đại biểu", "đoàn công tác", or
# the noun alone ("đoàn đã chúc Tết"); not "đoàn kết", "đoàn viên", "Đoàn Thanh niên".
_DELEGATIONS: tuple[str, ...] = (
    "đại biểu",
    "công tác",
    "cán bộ",
    "lãnh đạo",
    "khách",
    "chuyên gia",
    "kiểm tra",
)
_DELEGATIONS += ("giám sát", "thanh tra", "đã", "sẽ", "đang", "cũng", "vừa", "do", "gồm")


def _delegation_at(line: Line, k: int) -> bool:
    if not line.is_(k, "đoàn"):
        return False
    return line.surface[k + 1 : k + 2] == [","] or any(
        line.phrase(k + 1, d) > 0 for d in _DELEGATIONS
    )


def working_session_at(line: Line, i: int) -> int:
    """End of `làm việc` at i: an office holder's session `với` someone on a stated day,
    a named body's with another named body (`UBND huyện X sẽ [làm việc] với Sở Y`), or a
    delegation's gone to a place (`đoàn công tác ... ra đảo X [làm việc].`)."""
    end = line.phrase(i, "làm việc")
    if end > 0 and session_with_party(line, i, end):
        return end  # "Đoàn kiểm tra số 12 làm việc với UBND huyện …" (events.sessions)
    if end < 0 or not line.lower(i):
        return -1
    if not line.is_(end, "với"):
        return end if _delegation_gone(line, i, end) else -1
    j = _subject_end(line, i, _ADVERBS)
    k = _name_ends(line, j)
    titled = _title_ends(line, j) >= 0 or k > 0 and _title_ends(line, k) >= 0
    if titled and _dated_clause(line, end):
        return end
    bodies = _body_before(line, i) and line.cap(end + 1) and org(line, end + 1, loose=False) > 0
    return end if bodies else -1


def _delegation_gone(line: Line, i: int, end: int) -> bool:
    """`đoàn ... ra đảo Cát Bà | làm việc.`: a delegation's work where it went, the clause
    ending right after."""
    k = i - 1
    while k > 0 and line.cap(k) and line.word(k):
        k -= 1
    gone = k < i - 1 and line.match(k, "place_units") >= 0 or line.match(k + 1, "places") == i
    ends = end >= line.n or line.surface[end] in _CLAUSE_END
    return gone and ends and _delegation_near(line, i)


def _dated_clause(line: Line, k: int) -> bool:
    """A day (`chiều 5-4`, `ngày 3/2`) written after k before the clause ends."""
    while k < line.n and line.surface[k] not in _CLAUSE_END:
        if bare_day(line, k) and line.match(k - 1, "time_words") == k or line.is_(k - 1, "ngày"):
            return bare_day(line, k) or line.digit(k)
        k += 1
    return False


def meeting_at(line: Line, i: int) -> int:
    """End of a bare `họp` at i whose subject is a named body, or -1.

    A meeting named after it (`họp Hội nghị lần thứ 15`, `họp phiên bế mạc`,
    `họp báo`, `họp kiểm điểm`) is its own event, so the verb is none there.
    """
    if not line.is_(i, "họp") or not line.lower(i) or line.match(i, "events") > i + 1:
        return -1
    review = _review_at(line, i + 1)
    if review < 0 and (line.is_(i + 1, "phiên") or line.match(i + 1, "events", "actions") > 0):
        return -1
    if line.cap(i + 1) or not _body_before(line, i):
        return -1
    return max(review, i + 1)


def _body_before(line: Line, i: int) -> bool:
    """A named body is the subject of the verb at i (`[Ban Thường vụ Tỉnh ủy] đã | họp`)."""
    j = _subject_end(line, i, _ADVERBS)
    if _event_before(line, j):
        return False
    return any(
        line.cap(k) and org(line, k, loose=False) == j for k in range(max(0, j - _MAX_BODY), j)
    )


# A body's name may run longer than a title: "Ban Chỉ đạo cải cách tư pháp Trung ương"
# (nine syllables, news18 0144 `… [họp] mới đề ra …`, missed at eight).
_MAX_BODY = 14


_REVIEWS = ("tổng kết", "sơ kết", "kiểm điểm")
_MAX_TOPIC = 2


def _review_at(line: Line, i: int) -> int:
    """End of `tổng kết công tác bầu cử`, `kiểm điểm công tác năm 2005` at i, or -1.

    A review keeps the work it reviews (`công tác` and its field) and the period."""
    verb = max(line.phrase(i, r) for r in _REVIEWS)
    if verb < 0 or line.phrase(verb, "công tác") < 0:
        return -1
    period = review_period(line, verb)
    if period > 0:
        return period
    k = verb + 2
    while k < line.n and k - verb - 2 < _MAX_TOPIC and line.lower(k) and line.word(k):
        if line.key(k) in _TOPIC_ENDS or is_stop(line, k):
            break
        k += 1
    return k


_TOPIC_ENDS = frozenset(keys_of("và của với cho tại ở trong để nhằm đã sẽ là thì năm"))


def review_at(line: Line, i: int) -> int:
    """End of a review (`tổng kết công tác bầu cử`) that a named body holds, or -1."""
    if not line.lower(i) or not line.is_(i, "tổng", "sơ"):
        return -1
    end = _review_at(line, i)
    return end if end > 0 and _body_before(line, i) else -1


_EVENT_REACH = 14


def _event_before(line: Line, j: int) -> bool:
    """`Hội nghị lần thứ I Ban Chấp hành Trung ương | họp`: the body names a meeting,
    which is the subject; the meeting is the event, not the verb."""
    for m in range(j - 1, max(-1, j - _EVENT_REACH), -1):
        if not line.word(m):
            return False  # "Sau hội nghị, Ban Thường vụ đã họp": the event is no subject
        if line.cap(m) and line.match(m, "events") > m:
            return True  # a named meeting ("Hội nghị", "Đại hội"), not "Hội đồng bầu cử"
    return False


# Briefings a body holds on a congress or a plenum: "tổ chức báo cáo nhanh kết quả ...".
_BRIEFINGS = ("báo cáo nhanh", "thông báo nhanh", "báo cáo chuyên đề")
_HOLD = ("tổ chức", "tiến hành")


def briefing_at(line: Line, i: int) -> int:
    """End of `báo cáo nhanh` at i when held (`tổ chức báo cáo nhanh ...`), or -1; a body
    that reports (`LĐLĐ báo cáo nhanh ...`) uses the verb, no event."""
    end = max(line.phrase(i, b) for b in _BRIEFINGS)
    held = any(line.phrase(i - 2, h) == i for h in _HOLD)
    return end if end > 0 and held and line.lower(i) else -1


# Verbs of an official meeting or reception (conventions round 14, decision 10).
_MEETS = ("gặp gỡ", "gặp mặt", "gặp", "đón tiếp", "tiếp đón")
# A meeting asked for or wished, none held: "đòi gặp lãnh đạo", "muốn gặp Bộ trưởng X".
_WISHED = ("đòi", "muốn", "xin", "mong")
# `gặp` in another sense: "gặp khó khăn", "gặp nạn", "gặp phải", "gặp nhau".
_NOT_MEETS = ("khó", "nạn", "phải", "nhau", "sự", "trở", "rủi", "lại", "may", "vấn")


def meeting_verb_at(line: Line, i: int) -> int:
    """End of `gặp`, `đón tiếp` at i when a titled person or a named body meets a titled
    person, a body or a delegation (`[Uông Chu Lưu] gặp [Bộ trưởng] …`), or -1; a
    private or criminal meeting (`Dũng gặp bà Triệu`, `đòi gặp lãnh đạo`) is none."""
    end = line.longest(i, _MEETS)
    if end < 0 or not line.lower(i) or line.is_(end, *_NOT_MEETS) or line.is_(i - 1, *_WISHED):
        return -1
    j = _aside_skipped(line, _subject_end(line, i, _ADVERBS + _MOTION + _WARMLY))
    k = _name_ends(line, j)
    titled = _title_ends(line, j) >= 0 or k > 0 and _title_ends(line, k) >= 0
    titled = titled or _foreign_name_ends(line, j) >= 0 or _body_before(line, j)
    titled = titled or _name_after_titled_state(line, j)
    guest = role(line, end) > end or line.match(end, "honorifics") > end or _group_at(line, end)
    guest = guest or line.cap(end) and org(line, end, loose=False) > end
    # "ông Mansfield gặp Phó Chủ tịch …": an addressed person meeting an office holder.
    addressed = _addressed_name(line, j) and role(line, end) > end
    return end if titled and guest or addressed or _titled_guest_named(line, end) else -1


def _titled_guest_named(line: Line, end: int) -> bool:
    """`…, [gặp] Tổng thống Bush`, `như dự kiến [gặp gỡ] Tổng thống Mỹ Bush`: an office
    holder met, his name written after his title, whoever the subject (often the one of
    a list of a leader's acts); once-blind news9 and news20 mark it, the rules wanted a
    titled subject and found none. The title is capitalised, as a leader's is."""
    post = role(line, end) if line.cap(end) else -1
    return post > end and line.cap(post) and line.word(post)


# How warmly a guest is met, between the host and the verb: "đã vui mừng đón tiếp".
_WARMLY = ("vui", "mừng", "thân", "mật", "nồng", "nhiệt", "trọng")
# Guests met as a group: "các đoàn đại biểu", "chính giới, doanh nghiệp Mỹ".
_GROUPS: tuple[str, ...] = ("đoàn", "các đoàn", "chính giới", "giới", "cộng đồng", "đại diện")
_GROUPS += ("kiều bào", "người đồng cấp")  # "Putin gặp người đồng cấp Belarus" (news12 0308)


def _group_at(line: Line, k: int) -> bool:
    return line.longest(k, _GROUPS) > k


def _addressed_name(line: Line, j: int) -> bool:
    """`ông Mansfield`, `bà Nguyễn Thị Bình` ending right before j."""
    k = j
    while k > 0 and line.cap(k - 1) and line.word(k - 1) and j - k < 4:
        k -= 1
    return k < j and line.is_(k - 1, "ông", "bà") and line.lower(k - 1)


def find_acts(line: Line) -> list[Candidate]:
    """Resignations, visits, working sessions and meetings of a named subject."""
    found = []
    for word, rule in (
        ("từ", resignation_at),
        ("thăm", visit_at),
        ("làm", working_session_at),
        ("họp", meeting_at),
        ("tổng", review_at),
        ("sơ", review_at),
        ("báo", briefing_at),
        ("gặp", meeting_verb_at),
        ("đón", meeting_verb_at),
        ("thông", briefing_at),
    ):
        for i in line.where(word):
            end = rule(line, i)
            if end > i:
                found.append(Candidate(i, end, "EVENT"))
    return found
