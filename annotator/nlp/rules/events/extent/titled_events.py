"""EVENT: events known by a title that holds their season, host or length.

Titled events were missed at blind time in six of the ten sets (news4 `Thế
Chiến II`, `Thảm sát Bucha`; news6 `chiến dịch Hồ Chí Minh`; news8 `APEC-13`;
news9 `Chiến tranh Donbass`; news10 `Hội Báo Xuân Ất Dậu 2005`; news12 three).
Two forms no rule read: games named by season and host city (`[Thế vận hội
Mùa hè Bắc Kinh] năm 2008`, `[Thế vận hội Mùa đông Sochi]`, news12 0337) and a
war named by how long it lasted (`Cuộc “[Chiến tranh 5 ngày]”`, news12 0337;
`Chiến tranh 30 năm`). The year after the host stays outside, a DATE of its
own; the games in general (`Thế vận hội Olympic`, `các kỳ Thế vận hội`) and a
war's length said of any war (`chiến tranh kéo dài 5 năm`) are none. A forum
of the closed list `forums` with its session's number glued by a hyphen is
that session (news8 `dự [APEC-13]`, news3 `(APPF-14)`); `APEC 21 nền kinh tế`
or the forum alone is none.
"""

from __future__ import annotations

from annotator.nlp.rules.lines import Candidate, Line
from annotator.nlp.rules.names import cap_run
from annotator.nlp.rules.places.listed import place_at

_SEASONS = ("Mùa hè", "Mùa đông", "mùa hè", "mùa đông")
_LENGTHS = ("ngày", "tháng", "năm")
_HOST_WORDS = 2


def find_titled_events(line: Line) -> list[Candidate]:
    """Games named by season and host, wars named by their length."""
    found = []
    for i in line.where("thế") + line.where("Paralympic"):
        end = _games_at(line, i)
        if end > i:
            found.append(Candidate(i, end, "EVENT"))
    for i in line.where("chiến"):
        end = _war_by_length(line, i)
        if end > i:
            found.append(Candidate(i, end, "EVENT"))
    for i in line.listed():
        if line.match(i, "forums") == i + 1 and _session_glued(line, i + 1):
            found.append(Candidate(i, i + 3, "EVENT"))
    return found


def _session_glued(line: Line, k: int) -> bool:
    """`-13` glued to the forum at k: a hyphen and a number of one to three digits."""
    if k + 1 >= line.n or line.surface[k] != "-" or line.gap(k) or line.gap(k + 1):
        return False
    number = line.surface[k + 1]
    return number.isdigit() and len(number) <= 3


def _games_at(line: Line, i: int) -> int:
    """End of `Thế vận hội Mùa hè Bắc Kinh` at i (season, then the host city), or -1."""
    head = line.longest(i, line.gaz.phrases("games"))
    if head < 0 or not line.cap(i) or line.is_(i - 1, "các", "những", "mỗi", "kỳ"):
        return -1
    season = max(head, line.longest(head, _SEASONS))
    host = place_at(line, season) if line.cap(season) else -1
    if host < 0 and season > head and line.cap(season) and line.word(season):
        host = cap_run(line, season, _HOST_WORDS)  # "Mùa đông Sochi": a city not listed
    return host if host > season else -1


def _war_by_length(line: Line, i: int) -> int:
    """End of `Chiến tranh 5 ngày` at i: a capitalised war and its length, or -1."""
    if not line.cap(i) or line.phrase(i, "chiến tranh") < 0:
        return -1
    k = i + 2
    counted = line.digit(k) and line.surface[k].isdigit()
    return k + 2 if counted and line.is_(k + 1, *_LENGTHS) else -1
