"""EVENT: elections as a whole, their kinds and what they elect.

`bầu Ban Chấp hành Trung ương khóa X`, `kết quả bầu ủy viên dự khuyết`: electing
a body, or the posts of an election held (after `kết quả`, `tổ chức`,
`việc` ...), is an event; someone's vote (`các đại biểu đã bầu Ban Chấp
hành`, `bầu ông X làm`) is not. A kind of election (`bầu lại`, `bầu cử bổ
sung`, `bầu thêm`) is a specific one wherever it is written, with the seats
it fills (`bầu lại đại biểu HĐND cấp xã`, `bầu cử thêm 5 đại biểu HĐND 3
cấp`); a person elected again (`được bầu lại làm Chủ tịch`, `bầu lại Tổng
bí thư Nông Đức Mạnh`) is not. A bare `kết quả bầu cử` stays unmarked: the
development gold reads it as elections in general (`công bố kết quả bầu cử`).
"""

from __future__ import annotations

from annotator.nlp.rules.bodies.orgs import org
from annotator.nlp.rules.lines import Line
from annotator.nlp.rules.names import is_surname, person_run
from annotator.nlp.rules.particular import in_general
from annotator.nlp.rules.posts.roles import role
from annotator.nlp.rules.unit_phrases import level_suffix

# Words before `bầu` that make it the election as a whole (`kết quả bầu`, `tổ
# chức bầu`, `danh sách bầu BCH T.Ư khóa X`), not someone's vote (`các đại biểu
# đã bầu Ban Chấp hành`).
_ELECTION_OF = ("quả", "việc", "cuộc", "đợt", "ngày", "chức", "hành", "lần", "sách")
_KINDS = ("lại", "bổ sung", "thêm")
# A person elected, not an election: "được bầu lại", "trúng cử bổ sung".
_PERSONAL_BEFORE = ("được", "trúng", "tái")
# "bầu lại làm Chủ tịch", "bầu bổ sung ông X": a seat for someone.
_PERSONAL_AFTER = ("làm", "giữ", "ông", "bà")
# Words that open a clause after a body: the body is its subject, not another one elected.
_CLAUSE_VERBS = ("sẽ", "đã", "đang", "vừa", "cũng", "bầu", "họp", "được", "thì", "là")


def elected(line: Line, i: int) -> int:
    """`đại biểu Quốc hội khóa XV và đại biểu HĐND` after bầu cử."""
    end = role(line, i)
    if end < 0:
        end = org(line, i, loose=False)
    while end > 0 and (line.is_(end, "và") or line.surface[end : end + 1] == [","]):
        # After a comma only another council ("Quốc hội, HĐND các cấp"), not a title.
        comma = not line.is_(end, "và")
        more = org(line, end + 1, loose=False)
        if not comma:
            more = max(more, role(line, end + 1))
        if more <= end + 1 and not (more == end + 2 and line.surface[end + 1].isupper()):
            break
        if comma and line.is_(more, *_CLAUSE_VERBS):
            break  # "kết quả bầu Bộ Chính trị, | BCH T.Ư khóa X sẽ bầu": the next subject
        end = more
    # The elections of all councils at once: "bầu cử HĐND các cấp".
    return max(end, level_suffix(line, end)) if end > 0 else end


def reported(line: Line, i: int) -> bool:
    """`kết quả` before i: the result of what took place (`kết quả bầu ủy viên`)."""
    return line.phrase(i - 2, "kết quả") == i


def election_at(line: Line, i: int) -> int:
    """End of an election that starts with `bầu` at i, or -1."""
    if not line.lower(i) or not line.is_(i, "bầu"):
        return -1
    return max(_vote(line, i), _kind(line, i))


def _vote(line: Line, i: int) -> int:
    """End of `bầu Ban Chấp hành Trung ương khóa X`, `kết quả bầu ủy viên dự khuyết`, or -1."""
    if not line.is_(i - 1, *_ELECTION_OF):
        return -1
    body = line.match(i + 1, "bodies") > i + 1
    if not body and not (reported(line, i) and role(line, i + 1) > i + 1):
        return -1
    return elected(line, i + 1)


def _for_someone(line: Line, end: int) -> bool:
    """`bầu lại làm Chủ tịch`, `bầu bổ sung vào Ban Chấp hành`: someone's seat."""
    into_body = line.is_(end, "vào") and org(line, end + 1, loose=False) > end + 1
    return line.is_(end, *_PERSONAL_AFTER) or into_body


def _members(line: Line, i: int) -> int:
    """End of `thành viên HĐQT` at i: members of a body, named or abbreviated, or -1."""
    j = line.phrase(i, "thành viên")
    if j < 0:
        return -1
    word = line.surface[j] if j < line.n else ""
    abbreviation = len(word) >= 2 and word.isalpha() and word.isupper()
    return max(org(line, j, loose=False), j + 1 if abbreviation else -1)


def _kind(line: Line, i: int) -> int:
    """End of `bầu lại`, `bầu cử bổ sung`, `bầu thêm 5 đại biểu HĐND 3 cấp` at i, or -1."""
    j = i + 2 if line.is_(i + 1, "cử") else i + 1
    end = max(line.phrase(j, kind) for kind in _KINDS)
    if end < 0 or line.is_(i - 1, *_PERSONAL_BEFORE) or _for_someone(line, end):
        return -1
    if in_general(line, i, end):
        return -1  # "không cần tiến hành bầu thêm": no election held
    seats = end + 1 if line.digit(end) and line.surface[end].isdigit() else end
    filled = max(elected(line, seats), _members(line, seats))
    if filled > seats and is_surname(line, filled) and person_run(line, filled) > filled + 1:
        return -1  # "bầu lại Tổng bí thư Nông Đức Mạnh": someone re-elected
    return max(end, filled)


# A result announced in general, by law: "cho tới khi công bố kết quả bầu cử" (dev).
_WHENEVER = ("khi", "tới", "đến", "trước", "sau", "hạn", "định", "luật")


def election_result(line: Line, i: int) -> bool:
    """`Kết quả [bầu cử]`, `bị huỷ kết quả [bầu cử]`, `báo cáo kết quả [bầu cử]`: the result
    of the election the article reports makes it one (conventions round 14, decision 3:
    news4 0204, news11 0038); `khi công bố kết quả bầu cử` is a rule, no one election,
    and an announcement of results is left as the earlier rounds judged it."""
    if not (line.is_(i, "bầu") and line.phrase(i - 2, "kết quả") == i):
        return False
    if line.phrase(i - 4, "công bố") == i - 2:
        return False  # "công bố kết quả bầu cử": announcing results, in general (dev, tests)
    return not any(line.is_(k, *_WHENEVER) for k in range(max(0, i - 5), i - 2))


# Words that time something by the election the article reports: "trước bầu cử", "sau
# bầu cử" (`đến khi bầu cử` is left to the guards of events said with `khi`); that count
# down to it or take part in it: "chỉ còn 3 tuần nữa là [bầu cử]" (news24), "cử tri tham
# gia [bầu cử] hôm qua" (news31), missed at blind time and marked wherever the tuning
# gold writes them.
_TIMED_BY = ("trước", "sau", "nữa là", "tham gia")
# Words before the timing word that make it a deadline counted by law, any election's.
_DEADLINE = ("ngày", "tháng", "tuần", "chậm nhất", "hạn")


def reported_election(line: Line, i: int) -> bool:
    """A bare `bầu cử` at i that names the election the article reports: its result
    (`election_result`) or a time set by it, the noun closing its phrase (`giải tán
    chính phủ trước [bầu cử].`, `sau [bầu cử],`). Once-blind news22 and news24 mark
    all three so written; the rules missed them at blind time. A deadline counted by
    law (`30 ngày trước bầu cử`) is any election's."""
    if election_result(line, i):
        return True
    if line.phrase(i, "bầu cử") != i + 2 or line.word(i + 2) and not _day_after(line, i + 2):
        return False
    timing = next((t for t in _TIMED_BY if line.ending(i, (t,))), "")
    if not line.lower(i) or not timing:
        return False
    if timing == "nữa là":
        return True  # "3 tuần nữa là bầu cử": counting down to the one election
    start = i - len(timing.split())
    return not any(line.ending(start - k, _DEADLINE) for k in (0, 1))


def _day_after(line: Line, k: int) -> bool:
    """`hôm qua`, `sáng nay` at k: the day the election was held closes its phrase too."""
    return line.is_(k + 1, "qua", "nay") and (line.is_(k, "hôm") or line.match(k, "time_words") > k)
