"""ORG: a body's name cut where it ran on into the verb after it.

A body read from its capitalised words and the lowercase words of its name
takes in whatever follows when the clause goes on without a grammar word:
`[Ủy ban ATGT quốc gia] cảm ơn` and `Nghị viện Đài Loan thông | qua` (news30),
`[Hội Bảo vệ người tiêu dùng] tham gia` (news31), `[Hội đồng Quốc gia] khiến
cả [Bộ Tư pháp Iraq]` (news23), `[Liên minh Nhân dân] hậu thuẫn` (news26), a
headline glued to the next one (`[BV Trung ương Huế] Đề nghị`, news30) or a
sentence whose full stop was lost (`[Bộ Kế hoạch - đầu tư] Theo qui định`,
news27), or the person of the next clause after a comma (`[Cục CSĐT tội phạm
về trật tự xã hội], ông …`, news31). Each of those words (`body_run_ons`) starts the clause and belongs to
no name, so the body ends before it; a body named right after the verb
(`khiến cả Bộ Tư pháp Iraq`) is read again, since the run-on hid it.
"""

from __future__ import annotations

from annotator.nlp.rules.bodies.orgs import org
from annotator.nlp.rules.lines import Candidate, Line

# A body keeps its head and one word of its name before a cut (`Hội Bảo vệ`).
_SHORTEST = 2
# Words for a person that open the clause after a comma.
_PERSONS = ("ông", "bà")


def cut_verb_run_ons(line: Line, spans: list[Candidate]) -> list[Candidate]:
    """The spans with each ORG cut before a verb that ran into it, and the body after
    that verb added when no span holds it."""
    out: list[Candidate] = []
    for c in spans:
        cut = _run_on(line, c)
        if cut < 0:
            out.append(c)
            continue
        out.append(Candidate(c.start, cut, c.label))
        after = _body_after(line, line.match(cut, "body_run_ons"), c.end)
        if after is not None:
            out.append(after)
    return sorted(out, key=lambda c: c.start)


def _run_on(line: Line, c: Candidate) -> int:
    """Token where a verb starts inside the ORG c, after its head and a word, or -1."""
    if c.label != "ORG":
        return -1
    for k in range(c.start + _SHORTEST, c.end):
        if line.match(k, "body_run_ons") > k and line.word(k - 1) or _person_after_comma(line, k):
            return k
    return -1


def _person_after_comma(line: Line, k: int) -> bool:
    """`theo giấy triệu tập của [Cục CSĐT …], ông Nguyễn Văn Tùng`: the next clause's person."""
    return line.surface[k] == "," and line.is_(k + 1, *_PERSONS)


def _body_after(line: Line, verb_end: int, old_end: int) -> Candidate | None:
    """`khiến cả [Bộ Tư pháp Iraq]`: the body the run-on swallowed after the verb."""
    k = verb_end + 1 if line.is_(verb_end, "cả") else verb_end
    if k >= old_end or not line.cap(k):
        return None
    end = org(line, k, loose=False)
    return Candidate(k, end, "ORG") if end > k else None
