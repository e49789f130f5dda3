"""The head of a branch (`người đứng đầu ngành công an`) is a ROLE; a presidium (`đoàn chủ tịch`) an ORG.

`người đứng đầu` + a body is a ROLE in the gold of every file (news4, news6,
news9, news11, news12); with `ngành` + the branch's field it is too (news13
`[người đứng đầu ngành công an]` ×2), and the rules found no body there; so
with a state's cabinet or army (`người đứng đầu nội các Đức`, news15), which
the body rules leave to `governments`.
Blind-time lines of `người đứng đầu`: news4, news9, news13. Heads in the
plural (`những người đứng đầu cơ quan`) stay unmarked, as the gold has them.

`đoàn chủ tịch` is the presidium of a congress, an assembly or a front: a
body, an ORG in the gold (news5, news8, news12, news13), while the rules read
its `chủ tịch` as a chairman's post (news12, news13 at blind time; news8's
`ủy viên Đoàn chủ tịch …` is a member's post and stays one). Lowercase
`đoàn` before it is the word "delegation, board"; a capitalised `Đoàn`
before a name is a family name. So too `tòa đại sứ`, the embassy's
building (news13), holds no ambassador.
"""

from __future__ import annotations

from annotator.nlp.rules.bodies.governments import government_at
from annotator.nlp.rules.lines import Candidate, Line

_PLURAL = ("những", "các", "mọi")


def heads_of_branches(line: Line) -> list[Candidate]:
    """ROLE candidates of `người đứng đầu ngành` + the branch's field."""
    found = []
    for i in line.where("người"):
        head = line.phrase(i, "người đứng đầu")
        if head < 0 or line.is_(i - 1, *_PLURAL):
            continue
        state = government_at(line, head)
        if state > head:  # "người đứng đầu nội các Đức": the state's cabinet
            found.append(Candidate(i, state, "ROLE"))
        if not line.is_(head, "ngành"):
            continue
        field = line.match(head + 1, "sectors")
        if field > head + 1:
            found.append(Candidate(i, field, "ROLE"))
    return found


def presidiums(line: Line, spans: list[Candidate]) -> list[Candidate]:
    """The spans with a chairman's ROLE right after a lowercase `đoàn` made the presidium's
    ORG, and an ambassador's post inside `tòa đại sứ` (the embassy's building) dropped."""
    out = []
    for c in spans:
        k = c.start - 1
        chair = line.phrase(c.start, "chủ tịch") > c.start
        if c.label == "ROLE" and chair and line.is_(k, "đoàn") and line.lower(k):
            c = Candidate(k, c.end, "ORG")  # "đoàn chủ tịch Quốc hội"
        elif c.label == "ROLE" and line.is_(k, "tòa", "toà") and line.lower(k):
            continue  # "trên nóc tòa đại sứ": a building, no one's post
        out.append(c)
    return out


def heads_of_many(line: Line, spans: list[Candidate]) -> list[Candidate]:
    """The spans without a `người đứng đầu` of bodies or levels in the plural.

    `người đứng đầu các cơ quan, đơn vị`, `… các tổ chức`, `… các cấp ủy Đảng`: the
    head of any of many bodies is a kind of office holder, no post (dev, news13,
    news14 ×2, news16 0054 unmarked); the rules read `các cấp` as a level of a post.
    """
    return [c for c in spans if not (c.label == "ROLE" and _head_of_many(line, c))]


# Nouns for a body of any kind: a head of `cơ quan, đơn vị` is a head of any of them.
_KINDS_OF_BODY = ("cơ quan", "đơn vị", "tổ chức", "doanh nghiệp")


def _head_of_many(line: Line, c: Candidate) -> bool:
    """`người đứng đầu | các …`, or `người đứng đầu cơ quan, tổ chức`, `… cơ quan tổ
    chức`, `… đơn vị, doanh nghiệp`: kinds of body listed, any of many (news18 ×2,
    news19 ×3 unmarked); one kind alone (`người đứng đầu cơ quan này`) is one post."""
    head = line.phrase(c.start, "người đứng đầu")
    if head != c.start + 3:
        return False
    if line.is_(head, *_PLURAL):
        return True
    kind = line.longest(head, _KINDS_OF_BODY)
    if kind < 0 or kind < c.end - 2 or kind > c.end:
        return False
    joint = kind + 1 if line.surface[kind : kind + 1] == [","] or line.is_(kind, "và") else kind
    return line.longest(joint, _KINDS_OF_BODY) > joint
