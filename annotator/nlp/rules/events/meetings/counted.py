"""Meetings and trials counted, repeated or asked after: a kind of event, not one.

Commentary on how a parliament or a court works speaks of its sittings in
general: `trước mỗi kỳ họp Quốc hội` (before every session), `trong tất cả
các kỳ họp`, `nhiều hội thảo, hội nghị`, `Đã có kỳ họp nào mà …` (has there
ever been a session that …), and tallies trials by the hundred: `đưa ra xét
xử hàng trăm vụ`. The guidelines make an EVENT of one particular event, and
no gold file marks an event after these quantifiers or before such a tally;
`các` alone is left alone, as the gold marks specific plural events with it
(`các cuộc tấn công vào bệnh viện`). A date in the clause still anchors the
span to one occasion (`nhiều cuộc biểu tình ngày 5/6`), and `những` with the
named place right after points at the ones that happened there (`những [vụ
giết thường dân] ở [Bucha]`, news12 0308).
"""

from __future__ import annotations

from annotator.nlp.rules.lines import Candidate, Line

# What ends the clause an event belongs to.
_CLAUSE_END = frozenset(".;:?!")
# One-word quantifiers of a kind: every, all, many, some.
_QUANTIFIERS = ("mỗi", "mọi", "những", "nhiều", "vài")
# Two-word quantifiers: "hàng trăm", "một số", "tất cả" (with or without "các").
_PAIRS = ("hàng trăm", "hàng chục", "hàng nghìn", "hàng ngàn", "hàng loạt", "một số", "tất cả")
# Nouns that count cases or sittings in a tally after an act.
_TALLIED = ("vụ", "lượt", "cuộc", "phiên")


def counted_events(line: Line, spans: list[Candidate]) -> set[Candidate]:
    """The EVENT spans of one line that a quantifier, a tally or `nào` makes a kind."""
    return {
        c
        for c in spans
        if c.label == "EVENT"
        and _counted(line, c)
        and not _dated(line, spans, c.end)
        and not _placed_ones(line, spans, c)
    }


def _counted(line: Line, c: Candidate) -> bool:
    before = _quantified(line, c.start) or _listed_after(line, c.start)
    before = before or _number_of_cases(line, c.start)
    return before or _tallied(line, c.end) or line.is_(c.end, "nào")


# How far back the number of cases may stand: "số các vụ án tham nhũng, hối lộ được đưa
# ra | xét xử" (a comma inside the crimes listed, up to the step).
_CASES_REACH = 14
_CLAUSE_STOPS = frozenset(".;:?!()")


def _number_of_cases(line: Line, start: int) -> bool:
    """`Số vụ hối lộ được [xét xử]`, `số các vụ cơ quan điều tra [đề nghị truy tố]`: a
    step whose subject is the number of cases, tallied (news31 four times, news23 0011,
    news9 0433, none marked; the rules marked three at blind time). A step told after a
    comma that follows an example is one case's (`một số vụ việc nghiêm trọng, ví dụ vụ
    Tràng Cát, đã [khởi tố bắt]` keeps it)."""
    for k in range(start - 1, max(-1, start - _CASES_REACH), -1):
        if line.surface[k] in _CLAUSE_STOPS or line.is_(k, "dụ", "như"):
            return False
        if line.is_(k, "số"):
            j = k + 2 if line.is_(k + 1, "các", "những") else k + 1
            return line.is_(j, "vụ")
    return False


def _quantified(line: Line, start: int) -> bool:
    """`mỗi [kỳ họp]`, `tất cả các [kỳ họp]`, `hàng trăm [cuộc họp]` right before it."""
    before = start - 1 if line.is_(start - 1, "các") else start
    if before == start and line.is_(start - 1, *_QUANTIFIERS):
        return True
    return line.ending(before, _PAIRS)


def _listed_after(line: Line, start: int) -> bool:
    """`nhiều hội thảo, [hội nghị]`: the next of a list a quantifier opened, joined to
    it by a comma, `và` or `hoặc` after one or two lowercase words."""
    joined = line.surface[start - 1 : start] == [","] or line.is_(start - 1, "và", "hoặc")
    if not joined:
        return False
    for first in (start - 2, start - 3):
        if all(line.lower(k) for k in range(first, start - 1)) and _quantified(line, first):
            return True
    return False


# Words between an act and the count of its cases: "xét xử được 9 vụ", "xét xử khoảng
# 3.000 vụ", "truy tố hơn 200 vụ".
_BEFORE_COUNT = ("được", "khoảng", "gần", "hơn", "trên", "tới", "đến")
# Scales after a rough count: "hàng chục nghìn vụ", "hàng trăm ngàn vụ".
_SCALES = ("nghìn", "ngàn", "triệu")


def _tallied(line: Line, end: int) -> bool:
    """`[xét xử] hàng trăm vụ`, `[xét xử] 15 vụ`: the act counted by its cases.

    Also with a word before the count and a scale after a rough one (`đưa ra [truy
    tố] hàng chục nghìn vụ`, `chỉ đưa ra [xét xử] được 9 vụ` in news31, `một năm
    [xét xử] khoảng 3.000 vụ án`, `cứ 2 ngày [xét xử] một vụ` in news23, all marked
    by the rules at blind time): no gold file marks an act before such a tally."""
    start = end + 1 if line.is_(end, *_BEFORE_COUNT) else end
    count = start + 2 if any(line.phrase(start, p) == start + 2 for p in _PAIRS[:5]) else -1
    if count > start and line.is_(count, *_SCALES):
        count += 1
    if line.digit(start) or line.is_(start, "nhiều", "một"):
        count = start + 1
    return count > start and line.is_(count, *_TALLIED)


def _dated(line: Line, spans: list[Candidate], end: int) -> bool:
    """A date named after `end` before the clause ends."""
    stop = next((k for k in range(end, line.n) if line.surface[k] in _CLAUSE_END), line.n)
    return any(c.label == "DATE" and end <= c.start < stop for c in spans)


def _placed_ones(line: Line, spans: list[Candidate], c: Candidate) -> bool:
    """`những [vụ giết thường dân] ở [Bucha]`: the ones that happened in a named place."""
    if not line.is_(c.start - 1, "những") or not line.is_(c.end, "ở", "tại"):
        return False
    return any(s.label == "LOC" and s.start == c.end + 1 for s in spans)
