"""ROLE: a bare lowercase `ủy viên`, with no status, body or holder, is no post.

Why: the gold marks a member's post with what makes it one seat (`[ủy viên
trung ương]`, `[ủy viên dự khuyết]`, `[Tỉnh ủy viên]`, `[Ủy viên Bộ Chính
trị]`), but never the bare word counting or naming members in general: a
quorum (`phải có mặt ít nhất 2/3 ủy viên`, `chỉ cần có quá nửa ủy viên`), a
tally (`tổng cộng là 207 ủy viên`, `BCH Đảng bộ nhiệm kỳ mới với 11 ủy viên`),
a rank (`do ủy viên cao nhất theo thứ tự`): news25 ×6 and news29, every one
suggested by the rules. A bare `ủy viên` before its holder's name stays a post
(`ủy viên Nguyễn Văn A`), as does a capitalised one (`Ủy viên` heading a line
of a biography).
"""

from __future__ import annotations

from annotator.nlp.rules.lines import Candidate, Line

_MEMBER = ("ủy viên", "uỷ viên")


def drop_bare_members(line: Line, spans: list[Candidate]) -> list[Candidate]:
    """The spans without the ROLEs that are a bare lowercase `ủy viên`."""
    people = {c.start for c in spans if c.label == "PER"}
    return [c for c in spans if not _bare_member(line, c, people)]


def _bare_member(line: Line, c: Candidate, people: set[int]) -> bool:
    if c.label != "ROLE" or line.longest(c.start, _MEMBER) != c.end or not line.lower(c.start):
        return False
    return c.end not in people
