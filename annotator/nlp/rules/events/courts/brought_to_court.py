"""Not an EVENT: `ra tòa` as where someone or something is brought, the act another's.

`Đội dẫn giải 9 bị cáo [ra tòa]`, `ông Dũng kiện ông Đức [ra tòa]`, `bị dân kiện
[ra tòa]`, `có 4 bị can bị truy tố [ra tòa]`, `đưa vụ kiện [ra tòa]`: after a verb
of bringing, suing or summoning, `ra tòa` says where to, and the act is that verb's.
At blind time the rules marked it so in four once-blind sets (news6, news22, news23,
news25), all unmarked in the gold, as are news8's `kiện UBND huyện ... ra tòa` and
news12's `đòi một ông phó thủ tướng ra tòa`. Going to court oneself keeps its EVENT
(`Bộ trưởng X phải [ra toà]`, `Cùng [ra tòa] với Hùng`, `sắp [ra tòa]`). The verbs
are data (`court_bringers`).
"""

from __future__ import annotations

from annotator.nlp.rules.lines import Candidate, Line

_TO_COURT = ("ra tòa", "ra toà")
_CLAUSE_END = frozenset(".;:?!,()")
# How far before `ra tòa` the verb may stand: "dẫn giải | 9 bị cáo | ra tòa",
# "kiện | UBND huyện Cai Lậy | ra tòa".
_REACH = 7


def drop_brought_to_court(line: Line, spans: list[Candidate]) -> set[Candidate]:
    """Bare `ra tòa` EVENT spans after a verb of bringing in their clause."""
    return {
        c
        for c in spans
        if c.label == "EVENT" and line.longest(c.start, _TO_COURT) == c.end and _brought(line, c)
    }


def _brought(line: Line, c: Candidate) -> bool:
    bringers = line.gaz.phrases("court_bringers")
    for k in range(c.start - 1, max(-1, c.start - 1 - _REACH), -1):
        if line.surface[k] in _CLAUSE_END:
            return False
        if line.lower(k) and line.longest(k, bringers) > k:
            return True
    return False
