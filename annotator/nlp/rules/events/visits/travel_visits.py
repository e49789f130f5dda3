"""EVENT: a visit written as the bare verb `thăm` after a verb of travel, whoever travels.

`acts.visit_at` reads a bare `thăm` when its subject is a titled person or a
delegation standing right before it. At blind time the subject was often
farther off, and the visit was missed in five once-blind sets (news10 0276
`Ông X (giữa) [thăm] gian trưng bày`, news11 0053 `Hôm nay, tôi đã đến
[thăm] cơ quan tìm kiếm …`, news15 0259 `Sau khi rời Việt Nam sang [thăm]
Pakistan`, news15 0311 `Thủ tướng tới [thăm] nhà một Việt Kiều`, news20 0163
`…, [thăm] trường đại học danh tiếng Harvard`; news2 0313 `đến [thăm] CHLB
Đức`). A verb of travel right before it (`đến thăm`, `tới thăm`, `sang thăm`)
carries the visit without its subject when a body or a named place is visited
after it (`sang [thăm] Pakistan`, `đến [thăm] cơ quan …`, `tới [thăm] thủ đô
Washington`): with something visited after it, every such `thăm` of the gold
files is an EVENT (5 of 5; one is the Prime Minister's `tới thăm gia đình` of a
Việt Kiều, which this rule leaves, as a family visited is private elsewhere). A
home or a sight visited is left none (the contrast articles' `đến thăm nhà
Youtuber X`, `tới thăm khu rừng`), and so is
a named person's visit with no verb of travel (`Ông X thăm Pháp khi còn là sinh
viên`, left to `acts`, which asks for a post).

Left none, as the gold has them: the verb in other words (`thăm dò`, `thăm
hỏi`, `viếng thăm`, `lời thăm`), no one visited (`chưa đến thăm được`,
`thăm nhau`), private visits (`về thăm thân nhân`, `đến thăm gia đình`,
`thăm quê`), and a return home (`về thăm Việt Nam`: `về` is left to `acts`).
"""

from __future__ import annotations

from annotator.nlp.rules.events.visits.joined_acts import second_act
from annotator.nlp.rules.lines import Candidate, Line
from annotator.nlp.rules.places.listed import place_at

# Verbs of travel right before the visit.
_TRAVEL = ("đến", "tới", "sang")
# `thăm` in another word, or with no one visited after it.
_NOT_VISITED = ("dò", "hỏi", "nom", "khám", "nhau", "được", "thân", "quan")


def find_travel_visits(line: Line) -> list[Candidate]:
    """Bare visits after a verb of travel, of a body or a named place, on the line."""
    found = []
    for i in line.where("thăm"):
        end = _visit_end(line, i)
        if end > i:
            found.append(Candidate(i, end, "EVENT"))
    return found


def _visit_end(line: Line, i: int) -> int:
    """End of the visit at i (with a second act joined: `thăm, làm việc`), or -1."""
    if not line.lower(i) or not line.is_(i - 1, *_TRAVEL):
        return -1
    k = i + 1
    if (
        not line.word(k)
        or line.is_(k, *_NOT_VISITED)
        or line.longest(k, line.gaz.phrases("private_visits")) > k
    ):
        return -1
    if not (_official_host(line, k) or _named_place(line, k)):
        return -1
    return max(i + 1, second_act(line, i + 1))


def _official_host(line: Line, k: int) -> bool:
    """`CHLB Đức`, `cơ quan tìm kiếm …`, `bệnh viện` at k: a capitalised name or the head
    of a body; not a home or a sight (`nhà Youtuber X`, `khu rừng`, `cơ ngơi của …`:
    the visits of entertainment news)."""
    return line.cap(k) or line.match(k, "org_heads") > k


def _named_place(line: Line, k: int) -> bool:
    """`Pakistan`, `thủ đô Washington DC` at k: a capitalised place of the gazetteer."""
    head = line.longest(k, line.gaz.phrases("visited_place_heads"))
    at = head if head > k and line.cap(head) else k
    return place_at(line, at) > at
