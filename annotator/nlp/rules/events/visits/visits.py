"""EVENT: visits and official meetings, verbs an office holder or a delegation performs.

A bare `thăm` is a visit when an office holder visits a named place or a
delegation visits anything (`Thủ tướng X [thăm] Mỹ`, `đoàn [thăm] các phân
xưởng`); `gặp`, `đón tiếp` are a meeting when a titled person or a named body
meets a titled person, a body or a group (`[Uông Chu Lưu] [gặp] [Bộ trưởng] …`).
Greetings, private visits and wished meetings stay none (`thăm hỏi`, `về thăm
mẹ`, `đòi gặp lãnh đạo`).
"""

from __future__ import annotations

from annotator.nlp.rules.bodies.orgs import org
from annotator.nlp.rules.events.visits.act_subjects import (
    ADVERBS,
    CLAUSE_END,
    MOTION,
    addressed_name,
    aside_skipped,
    body_before,
    foreign_name_ends,
    name_after_titled_state,
    name_ends,
    subject_end,
    title_ends,
)
from annotator.nlp.rules.events.visits.joined_acts import second_act
from annotator.nlp.rules.events.visits.met_guests import (
    counterpart_met,
    foreign_leader_sought,
    grouped_officials,
)
from annotator.nlp.rules.lines import Line
from annotator.nlp.rules.places.listed import place_at
from annotator.nlp.rules.posts.roles import role


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
    if line.is_(i + 1, *_NOT_VISITS) or line.longest(i + 1, line.gaz.phrases("private_visits")) > 0:
        return -1
    j = aside_skipped(line, subject_end(line, i, ADVERBS + MOTION))
    titled = title_ends(line, j) >= 0
    if not titled:
        k = name_ends(line, j)
        titled = k > 0 and title_ends(line, k) >= 0 or foreign_name_ends(line, j) >= 0
    end = max(i + 1, second_act(line, i + 1))  # "thăm, làm việc với ...": one span
    obj = end + 1 if end > i + 1 and line.is_(end, "với", "tại") else end
    place = place_at(line, obj) > obj or org(line, obj, loose=False) > obj
    if (titled or line.is_(i - 1, "ở")) and line.cap(obj) and place:
        return end  # "Thủ tướng X thăm Mỹ", "... dẫn đầu, đang ở thăm Việt Nam"
    # A delegation's visit is one whatever it visits (news3, news7, news10 at blind
    # time); a post alone visiting workshops is routine work, a person named without
    # a post may travel privately (`Ông X thăm Nhật Bản khi còn trẻ`).
    return end if delegation_near(line, i) and line.word(obj) else -1


# `thăm` as part of another verb (what a private visit is paid to is data, `private_visits`).
_NOT_VISITS = ("dò", "hỏi", "thân", "quan", "nom", "khám")
_DELEGATION_REACH = 30


def delegation_near(line: Line, i: int) -> bool:
    """A lowercase `đoàn` (a delegation) in the sentence of the visit at i."""
    start, end = i, i
    while start > 0 and i - start < _DELEGATION_REACH and line.surface[start - 1] not in CLAUSE_END:
        start -= 1
    while end < line.n and end - i < _DELEGATION_REACH and line.surface[end] not in CLAUSE_END:
        end += 1
    return any(_delegation_at(line, k) for k in range(start, end))


def _delegation_at(line: Line, k: int) -> bool:
    if not line.is_(k, "đoàn"):
        return False
    # What follows `đoàn` when it is a delegation is data (`delegations`): "đoàn đại
    # biểu", "đoàn đã chúc Tết"; not "đoàn kết", "đoàn viên", "Đoàn Thanh niên".
    return (
        line.surface[k + 1 : k + 2] == [","]
        or line.longest(k + 1, line.gaz.phrases("delegations")) > 0
    )


# Verbs of an official meeting or reception (conventions round 14, decision 10).
_MEETS = ("gặp gỡ", "gặp mặt", "gặp", "đón tiếp", "tiếp đón")
# A meeting asked for or wished, none held: "đòi gặp lãnh đạo", "muốn gặp Bộ trưởng X".
# "yêu cầu gặp Thủ tướng Tony Blair" (news27, unmarked three times): asked for, not held.
_WISHED = ("đòi", "muốn", "xin", "mong", "cầu")
# `gặp` in another sense: "gặp khó khăn", "gặp nạn", "gặp phải", "gặp nhau".
_NOT_MEETS = ("khó", "nạn", "phải", "nhau", "sự", "trở", "rủi", "lại", "may", "vấn")


def meeting_verb_at(line: Line, i: int) -> int:
    """End of `gặp`, `đón tiếp` at i when a titled person or a named body meets a titled
    person, a body or a delegation (`[Uông Chu Lưu] gặp [Bộ trưởng] …`), or -1; a
    private or criminal meeting (`Dũng gặp bà Triệu`, `đòi gặp lãnh đạo`) is none."""
    end = line.longest(i, _MEETS)
    if end < 0 or not line.lower(i) or line.is_(end, *_NOT_MEETS) or line.is_(i - 1, *_WISHED):
        return -1
    j = aside_skipped(line, subject_end(line, i, ADVERBS + MOTION + _WARMLY + _AGREED))
    k = name_ends(line, j)
    titled = title_ends(line, j) >= 0 or k > 0 and title_ends(line, k) >= 0
    titled = titled or foreign_name_ends(line, j) >= 0 or body_before(line, j)
    titled = titled or name_after_titled_state(line, j)
    guest = role(line, end) > end or line.match(end, "honorifics") > end or _group_at(line, end)
    guest = guest or line.cap(end) and org(line, end, loose=False) > end
    guest = guest or grouped_officials(line, end)
    if counterpart_met(line, end) or foreign_leader_sought(line, i, end):
        return end  # events.visits.met_guests: the guest alone makes it official
    # "ông Mansfield gặp Phó Chủ tịch …": an addressed person meeting an office holder.
    addressed = addressed_name(line, j) and (role(line, end) > end or grouped_officials(line, end))
    return end if titled and guest or addressed or _titled_guest_named(line, end) else -1


def _titled_guest_named(line: Line, end: int) -> bool:
    """`…, [gặp] Tổng thống Bush`, `như dự kiến [gặp gỡ] Tổng thống Mỹ Bush`: an office
    holder met, his name written after his title, whoever the subject (often the one of
    a list of a leader's acts); once-blind news9 and news20 mark it, the rules wanted a
    titled subject and found none. The title is capitalised, as a leader's is."""
    post = role(line, end) if line.cap(end) else -1
    return post > end and line.cap(post) and line.word(post)


# A meeting agreed to, held as one: "Chủ tịch Trung Quốc đồng ý gặp Thủ tướng Nhật" (news27).
_AGREED = ("đồng", "ý")
# How warmly a guest is met, between the host and the verb: "đã vui mừng đón tiếp".
_WARMLY = ("vui", "mừng", "thân", "mật", "nồng", "nhiệt", "trọng")


def _group_at(line: Line, k: int) -> bool:
    return line.longest(k, line.gaz.phrases("met_groups")) > k
