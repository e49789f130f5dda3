"""EVENT: a ballot for named seats, its count and its subject whoever casts it.

The gold marks `bỏ phiếu bầu` with everything it elects in every tuning file
(news12 `[bỏ phiếu bầu ủy viên ban chấp hành khóa X]`, news13, news16, news22
`Cử tri Ukraine … đã đi [bỏ phiếu bầu Quốc hội]`, news24 `[bỏ phiếu bầu 160 ủy
viên chính thức BCH T.Ư khóa X]`, news25 `1.176 đại biểu đã [bỏ phiếu bầu BCH T.Ư
khóa X]`, news29 `Các đại biểu [bỏ phiếu bầu Ban Chấp hành Đảng bộ …]`). At
blind time the rules cut the count off (`bỏ phiếu bầu | 160 ủy viên`) or wanted a
body as the subject, where delegates and voters cast it: news22, news24, news25
and news29 each lost one. The seats named, capitalised, make the ballot one
particular ballot whoever casts it; a ballot as a right (`được bỏ phiếu bầu`)
stays out (`assembly_steps`).

An election of a capitalised post after `việc` is one too (news25 `quyết định
việc [bầu Tổng bí thư]` three times, as the guidelines' `xem xét việc [bầu chức
danh Tổng kiểm toán]`); lowercase, a post in general (news2 `cho việc bầu tổng bí
thư` a ROLE only). So is the next election of a congress's list after `;`, a ballot
cast before it (news24 `[bỏ phiếu bầu 160 ủy viên …]; [bầu 25 ủy viên dự khuyết BCH
T.Ư khóa X]`); a list of an assembly's powers has none (dev `…; bầu [Chủ tịch Quốc
hội], các Phó Chủ tịch …` a ROLE).
"""

from __future__ import annotations

from annotator.nlp.rules.events.votes.elections import elected
from annotator.nlp.rules.lines import Candidate, Line
from annotator.nlp.rules.names import is_stop


def counted_seats(line: Line, k: int) -> int:
    """End of the seats elected at k, a count before them skipped (`160 ủy viên …`), or -1."""
    if line.digit(k) and line.surface[k][:1].isdigit():
        k += 1
    return elected(line, k)


# Words after the seats that leave their name whole: "bầu Quốc hội mới", "… khóa X".
_AFTER_SEATS = ("mới", "khóa", "khoá", "nhiệm", "lần")


def named_seats(line: Line, k: int, seats: int) -> bool:
    """The seats from k to `seats` hold a capital: a named body or post is elected; a
    lowercase word going on after them leaves where the name ends unknown (news29
    `Ban Chấp hành Đảng bộ | cơ quan LĐLĐ TPHCM`)."""
    going_on = line.lower(seats) and line.word(seats) and not is_stop(line, seats)
    going_on = going_on and not line.is_(seats, *_AFTER_SEATS)
    return seats > k and any(line.cap(m) for m in range(k, seats)) and not going_on


def find_elections_of_seats(line: Line) -> list[Candidate]:
    """`việc [bầu Tổng bí thư]`, `…; [bầu 25 ủy viên dự khuyết BCH T.Ư khóa X]`."""
    found = []
    for i in line.where("bầu"):
        listed = line.surface[i - 1 : i] == [";"] and _ballot_before(line, i)
        if not line.lower(i) or not (line.is_(i - 1, "việc") or listed):
            continue
        seats = counted_seats(line, i + 1)
        if named_seats(line, i + 1, seats):
            found.append(Candidate(i, seats, "EVENT"))
    return found


_REACH = 30


def _ballot_before(line: Line, i: int) -> bool:
    """A ballot (`bỏ phiếu`) is cast in the words before `bầu` at i."""
    return any(line.phrase(k, "bỏ phiếu") > k for k in range(max(0, i - _REACH), i))
