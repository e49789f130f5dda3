"""ROLE: a member's status closes the post: `[ủy viên trung ương chính thức]`.

Why: a party committee's members are full (`chính thức`) or alternate (`dự
khuyết`), and the gold keeps the status in the member's ROLE (`ủy viên trung
ương chính thức khóa X`, news4; `ủy viên trung ương chính thức` ×3 and `ủy
viên BCH TƯ chính thức`, news14). `dự khuyết` is a qualifier of every post,
but `chính thức` after most posts is the adverb of an act (`Thủ tướng chính
thức ký`), so the rules take it only before a term or a body; after a member
of a committee (`ủy viên`, `thành viên`) and before no act it is the status.
Seen at blind time in two sets (news4, news14): written for news14.
"""

from __future__ import annotations

from annotator.nlp.rules.lines import Candidate, Line

_MEMBERS = ("ủy viên", "uỷ viên", "thành viên")
# Acts after which `chính thức` is how they were done: "ủy viên … chính thức nhận".
_ACTS = ("nhận", "ký", "trở", "nhậm", "bắt", "được", "bị", "tuyên", "công", "đề")


def member_status(line: Line, spans: list[Candidate]) -> list[Candidate]:
    """The spans with `chính thức` right after a member's ROLE joined to it."""
    out = []
    for c in spans:
        status = line.phrase(c.end, "chính thức")
        member = c.label == "ROLE" and line.longest(c.start, _MEMBERS) > c.start
        if member and status > 0 and not line.is_(status, *_ACTS):
            c = Candidate(c.start, status, "ROLE")
        out.append(c)
    return out
