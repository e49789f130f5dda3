"""Not an EVENT: a court step for which there are no grounds, and the steps joined to it.

`không đủ cơ sở để [khởi tố] và [truy tố] ông X`, `Chưa đủ cơ sở [khởi tố] cán bộ
Y`, `không có căn cứ vững chắc để [khởi tố] Z`: the step did not happen and, on
the evidence, cannot; the guidelines make an EVENT of an act that took place or
is set to. The rules proposed such steps in news26 (five times in one article)
at blind time, where the gold marks none, as it marks no step after `không thể`
(news24) or `không bị` (news25) that `not_held` already leaves out; no gold file
marks a step after a negated ground. A step with its grounds stays (`căn cứ vào
chứng cứ gián tiếp để [khởi tố] Lan Anh`). What a step lacks is data
(`missing_grounds`).
"""

from __future__ import annotations

from annotator.nlp.rules.lines import Candidate, Line

_NEGATIONS = ("không", "chưa")
# Words between the negation and the ground: "không có đủ cơ sở", "chưa đủ căn cứ".
_HAVING = ("có", "đủ")
# Words between the ground and the step: "cơ sở vững chắc để", "căn cứ rõ ràng để".
_QUALITIES = ("vững chắc", "rõ ràng", "xác đáng")
_JOINTS = ("và", "hoặc")


def drop_without_grounds(line: Line, spans: list[Candidate]) -> set[Candidate]:
    """Lowercase EVENT spans after a negated ground, with the steps joined after them."""
    out: set[Candidate] = set()
    events = sorted((c for c in spans if c.label == "EVENT"), key=lambda c: c.start)
    last_end = -1
    for c in events:
        joined = last_end > 0 and _joined(line, last_end, c.start)
        if line.lower(c.start) and (joined or _after_missing_grounds(line, c.start)):
            out.add(c)
            last_end = c.end
        else:
            last_end = -1
    return out


def _joined(line: Line, end: int, start: int) -> bool:
    """`[khởi tố] và [truy tố]`, `[khởi tố], [truy tố]`: one joint between two steps."""
    return start == end + 1 and (line.surface[end] == "," or line.is_(end, *_JOINTS))


def _after_missing_grounds(line: Line, i: int) -> bool:
    """`không (có) (đủ) cơ sở (vững chắc) (để)` ends right before token i."""
    k = i - 1 if line.is_(i - 1, "để") else i
    k = next((k - len(q.split()) for q in _QUALITIES if line.ending(k, (q,))), k)
    grounds = line.gaz.phrases("missing_grounds")
    ground = next((g for g in grounds if line.ending(k, (g,))), None)
    if ground is None:
        return False
    k -= len(ground.split())
    while line.is_(k - 1, *_HAVING):
        k -= 1
    return line.is_(k - 1, *_NEGATIONS)
