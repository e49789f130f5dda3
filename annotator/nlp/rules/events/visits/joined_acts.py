"""EVENT: official acts joined by `và` or a comma are one span.

The guidelines (round 11) make coordinated verbs of one occasion one EVENT
(`[thăm và làm việc]`, `[thăm, làm việc] với …`), and the once-blind sets
kept bringing new pairs, each added as a string: news3 0018 `[thăm và chúc
tết]`, news5 0031 `[thăm và làm việc]`, news10 0364 `[tiếp và nói chuyện thân
mật]`, news2 0175 `[thăm, làm việc]`. The construction is a closed class of
official acts, two of them joined, when either one is already an EVENT of
the line (a visit, a reception, a working session of named people): the
pair grows to cover both. Two acts of no EVENT stay none (`đi thăm, làm
việc ở nhiều nơi` of no one named).
"""

from __future__ import annotations

from annotator.nlp.rules.lines import Candidate, Line

OFFICIAL_ACTS = (
    "thăm",
    "làm việc",
    "tiếp",
    "hội đàm",
    "hội kiến",
    "điện đàm",
    "chúc Tết",
    "chúc mừng",
    "dâng hương",
    "dâng hoa",
    "viếng",
    "nói chuyện",
    "tặng quà",
    "khảo sát",
    "kiểm tra",
    "tiếp xúc",
    "trao đổi",
    "động viên",
)
_MANNERS = ("thân mật", "xã giao", "chính thức", "hữu nghị", "cấp nhà nước")
_JOINS = (",", "và")


def _act_at(line: Line, i: int) -> int:
    """End of an official act at i (lowercase, with its manner), or -1."""
    end = line.longest(i, OFFICIAL_ACTS)
    if end < 0 or not line.lower(i) or line.is_(end, "tục", "dân", "nhận"):
        return -1  # "tiếp tục", "tiếp dân", "tiếp nhận"
    return max(end, line.longest(end, _MANNERS))


def second_act(line: Line, i: int) -> int:
    """End of `, làm việc` / `và chúc Tết` at i: a second official act joined, or -1."""
    if not (line.surface[i : i + 1] == [","] or line.is_(i, "và")):
        return -1
    return _act_at(line, i + 1)


def _act_ending(line: Line, c: Candidate) -> bool:
    """The EVENT ends with an official act (`[thăm]`, `[tiếp thân mật]`)."""
    return any(_act_at(line, k) == c.end for k in range(c.start, c.end))


def joined_acts(line: Line, spans: list[Candidate]) -> list[Candidate]:
    """`[thăm], làm việc` → `[thăm, làm việc]`; `thăm và [làm việc]` → one span."""
    if not any(c.label == "EVENT" for c in spans):
        return spans  # most lines: nothing to join, and this runs on every line
    out: list[Candidate] = []
    for c in spans:
        if c.label == "EVENT" and out and _joins_previous(line, out[-1], c):
            prev = out.pop()
            start = prev.start if prev.label == "EVENT" else c.start - 2
            out.append(Candidate(start, c.end, "EVENT"))
            continue
        second = second_act(line, c.end) if c.label == "EVENT" and _act_ending(line, c) else -1
        if second > 0 and not _taken(spans, c.end + 1, second):
            c = Candidate(c.start, second, "EVENT")
        out.append(c)
    return _before_joined(line, out)


def _joins_previous(line: Line, prev: Candidate, c: Candidate) -> bool:
    return prev.label == "EVENT" and c.start == prev.end + 2 and _joined(line, prev, c)


def _joined(line: Line, prev: Candidate, c: Candidate) -> bool:
    joiner = line.surface[prev.end] in _JOINS or line.is_(prev.end, "và")
    return joiner and _act_ending(line, prev) and _act_at(line, c.start) == c.end


def _taken(spans: list[Candidate], start: int, end: int) -> bool:
    return any(s.start < end and start < s.end for s in spans)


def _before_joined(line: Line, spans: list[Candidate]) -> list[Candidate]:
    """`thăm và [làm việc]`: an act before the EVENT, joined to it, opens the span."""
    out: list[Candidate] = []
    for c in spans:
        if c.label == "EVENT" and _act_at(line, c.start) > 0 and c.start >= 2:
            joiner = line.surface[c.start - 1] in _JOINS or line.is_(c.start - 1, "và")
            first = next(
                (
                    k
                    for k in range(max(0, c.start - 4), c.start - 1)
                    if _act_at(line, k) == c.start - 1
                ),
                -1,
            )
            if joiner and first >= 0 and not (out and out[-1].end > first):
                c = Candidate(first, c.end, "EVENT")
        out.append(c)
    return out
