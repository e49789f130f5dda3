"""ROLE: a post runs on through the unit it heads and that unit's lowercase remit.

Why: the gold keeps the remit of a department, a chair or a programme in its
head's ROLE (`[phó trưởng phòng quản lý đất]`, news9; `[Chủ nhiệm bộ môn
luật kinh tế]`, news12; `[trưởng phòng kinh doanh 3]`, news5), but the rules
know only the remits listed as fields (`trưởng phòng tổ chức cán bộ`) and
stopped at the post. Blind-time lines of posts cut before their unit or
remit: nine of twelve sets (news3, news5, news8 … news14).

The construction: a post that heads a unit (`trưởng phòng`, `phó ban`), or a
head (`Chủ nhiệm`, `giám đốc`, `trưởng`) + a unit noun of a closed class
(`bộ môn`, `chương trình`, `dự án`, `phòng`); then lowercase words naming
the remit, a number after them, to a pause or a grammar word. A verb, a
grammar word or a name right after the post keeps it alone (`trưởng phòng
cho biết`), and so does a remit running on to no pause (`trưởng phòng ký
giấy phép cho công ty`, a clause).
"""

from __future__ import annotations

from annotator.nlp.rules.lines import Candidate, Line
from annotator.nlp.rules.names import is_stop

# Units a head's post names before their remit.
_UNITS = ("bộ môn", "chương trình", "dự án", "phòng")
# Heads that take a unit noun after them.
_HEADS = ("chủ nhiệm", "giám đốc", "phó giám đốc", "trưởng", "phó trưởng", "phó")
_LONGEST_REMIT = 6
# What closes a remit: a pause, or an adverb that opens the predicate (`[phó trưởng
# phòng quản lý đất] cũng thuộc sở này`); not a preposition (`ký giấy phép | cho …`).
_CLOSERS = (",", ".", ";", ":", ")", "(", "-", "–", "”", '"')
_PREDICATE_OPENERS = ("cũng", "đã", "sẽ", "đang", "vừa", "là", "bị", "được", "thì")


def posts_with_remits(line: Line, spans: list[Candidate]) -> list[Candidate]:
    """The spans with a unit's head taking its unit and remit."""
    out = []
    taken = {k for c in spans for k in range(c.start, c.end)}
    for c in spans:
        end = _remit_end(line, c) if c.label == "ROLE" else -1
        if end > c.end and not taken.intersection(range(c.end, end)):
            c = Candidate(c.start, end, "ROLE")
        out.append(c)
    return out


def _remit_end(line: Line, c: Candidate) -> int:
    """End of the unit and remit after the post c, or -1."""
    k = c.end
    if not (line.ending(k, _UNITS) and line.lower(k - 1) and c.end - c.start > 1):
        if line.longest(c.start, _HEADS) != c.end or not line.lower(k):
            return -1
        k = line.longest(k, _UNITS)
        if k < 0:
            return -1
    start = k
    paper = line.match(k, "documents")
    if paper > k and line.digit(paper):
        return -1  # "Trưởng phòng | kế hoạch 107 đã ký": a numbered plan, no remit
    while k < line.n and k - start < _LONGEST_REMIT and line.word(k) and line.lower(k):
        if is_stop(line, k) or line.match(k, "time_words") > k:
            break
        k += 1
    if k == start or k - start >= _LONGEST_REMIT:
        return -1
    if k < line.n and line.digit(k) and line.surface[k].isdigit():
        k += 1  # "trưởng phòng kinh doanh 3"
    closed = k >= line.n or line.surface[k] in _CLOSERS or line.is_(k, *_PREDICATE_OPENERS)
    return k if closed else -1
