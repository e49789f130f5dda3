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
hội`), not when a body reports (`LĐLĐ báo cáo nhanh ...`). Visits and official
meetings live in `visits.py`, the subjects all of them look for in `act_subjects.py`.
"""

from __future__ import annotations

from annotator.nlp.rules.bodies.orgs import org
from annotator.nlp.rules.dates.forms import bare_day
from annotator.nlp.rules.events.ceremonies.periods import review_period
from annotator.nlp.rules.events.visits.act_subjects import (
    ADVERBS,
    CLAUSE_END,
    addressed_title,
    body_before,
    name_ends,
    named_person,
    subject_end,
    title_ends,
)
from annotator.nlp.rules.events.visits.sessions import session_with_party
from annotator.nlp.rules.events.visits.visits import delegation_near, meeting_verb_at, visit_at
from annotator.nlp.rules.lines import Candidate, Line, keys_of
from annotator.nlp.rules.names import is_stop, is_surname, person_run
from annotator.nlp.rules.posts.roles import role


def resignation_at(line: Line, i: int) -> int:
    """End of `từ chức` at i when a named person resigns, or -1."""
    end = line.longest(i, line.gaz.phrases("resignations"))
    if end < 0 or not line.lower(i):
        return -1
    j = subject_end(line, i, ADVERBS)
    if named_person(line, j) or addressed_title(line, j) or _post_of_one(line, j):
        return end
    if line.is_(i - 1, "việc") and line.is_(end, "của"):
        k = end + 1
        owner = line.match(k, "honorifics") > k or role(line, k) > k
        return end if owner or is_surname(line, k) and person_run(line, k) > k + 1 else -1
    return -1


def _post_of_one(line: Line, j: int) -> bool:
    """`Bộ trưởng Israel`, `Bộ trưởng Nội vụ Đài Loan` ending at j: a post held by one
    person, its state or body capitalised after the title (news26 and news30 headlines
    `[Bộ trưởng Israel] [từ chức]`, missed at blind time); a bare title is any holder
    (`Bộ trưởng từ chức ở nước ta rất hiếm`)."""
    k = title_ends(line, j)
    return k >= 0 and any(line.cap(m) for m in range(k + 2, j))


def working_session_at(line: Line, i: int) -> int:
    """End of `làm việc` at i: an office holder's session `với` someone on a stated day,
    a named body's with another named body (`UBND huyện X sẽ [làm việc] với Sở Y`), or a
    delegation's gone to a place (`đoàn công tác ... ra đảo X [làm việc].`)."""
    end = line.phrase(i, "làm việc")
    if end > 0 and session_with_party(line, i, end):
        return end  # "Đoàn kiểm tra số 12 làm việc với UBND huyện …" (events.visits.sessions)
    if end < 0 or not line.lower(i):
        return -1
    if not line.is_(end, "với"):
        return end if _delegation_gone(line, i, end) else -1
    j = subject_end(line, i, ADVERBS)
    k = name_ends(line, j)
    titled = title_ends(line, j) >= 0 or k > 0 and title_ends(line, k) >= 0
    if titled and _dated_clause(line, end):
        return end
    bodies = body_before(line, i) and line.cap(end + 1) and org(line, end + 1, loose=False) > 0
    return end if bodies else -1


def _delegation_gone(line: Line, i: int, end: int) -> bool:
    """`đoàn ... ra đảo Cát Bà | làm việc.`: a delegation's work where it went, the clause
    ending right after."""
    k = i - 1
    while k > 0 and line.cap(k) and line.word(k):
        k -= 1
    gone = k < i - 1 and line.match(k, "place_units") >= 0 or line.match(k + 1, "places") == i
    ends = end >= line.n or line.surface[end] in CLAUSE_END
    return gone and ends and delegation_near(line, i)


def _dated_clause(line: Line, k: int) -> bool:
    """A day (`chiều 5-4`, `ngày 3/2`) written after k before the clause ends."""
    while k < line.n and line.surface[k] not in CLAUSE_END:
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
    if line.cap(i + 1) or not body_before(line, i):
        return -1
    return max(review, i + 1)


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
    return end if end > 0 and body_before(line, i) else -1


# Briefings a body holds on a congress or a plenum: "tổ chức báo cáo nhanh kết quả ...".
_HOLD = ("tổ chức", "tiến hành")


def briefing_at(line: Line, i: int) -> int:
    """End of `báo cáo nhanh` at i when held (`tổ chức báo cáo nhanh ...`), or -1; a body
    that reports (`LĐLĐ báo cáo nhanh ...`) uses the verb, no event."""
    end = line.longest(i, line.gaz.phrases("briefings"))
    held = any(line.phrase(i - 2, h) == i for h in _HOLD)
    return end if end > 0 and held and line.lower(i) else -1


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
