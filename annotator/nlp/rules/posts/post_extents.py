"""A post runs on through its department and `của` + its body: `[trưởng phòng X của PMU 18]`.

The gold keeps a post and its body in one ROLE whether or not `của` joins
them (`trưởng phòng kế hoạch của Cienco 1`, `Phó Chủ tịch Hội đồng Dân tộc
của Quốc hội`); no gold file marks a post, then `của`, then its body apart.
The rules join a known post and a known body already, but stop at a
lowercase department they do not know (`trưởng phòng | quản lý dự án 3
(PID3) của PMU 18`), or find no post at all when the post is bare
(`trưởng phòng của Ban quản lý`). The body after `của` closes the post, so
what lies between a post that heads a unit (`trưởng phòng`) and `của` is
its department: lowercase words, a number, a bracketed
code, a miscapitalised place (`khu vực Hải phòng`). A grammar word or a verb,
a comma or a person's name between them keeps them apart.
"""

from __future__ import annotations

from annotator.nlp.rules.lines import Candidate, Line
from annotator.nlp.rules.names import is_stop, person_run

# The longest department between a post and `của`, in tokens.
_LONGEST_DEPARTMENT = 10


def posts_of_bodies(line: Line, spans: list[Candidate]) -> list[Candidate]:
    """The spans with a post, its department, `của` and its body joined into one ROLE."""
    out: list[Candidate] = []
    for c in spans:
        post = _post_before(line, out[-1] if out else None, c)
        if post is not None:
            if out and out[-1].start == post.start:
                out.pop()
            out.append(Candidate(post.start, c.end, "ROLE"))
            continue
        out.append(c)
    return out


def _post_before(line: Line, last: Candidate | None, body: Candidate) -> Candidate | None:
    """The post that `của` + `body` closes: the last ROLE, or a bare post no span holds."""
    if body.label != "ORG" or not line.is_(body.start - 1, "của"):
        return None
    joint = body.start - 1
    if (
        last is not None
        and last.label == "ROLE"
        and _department(line, last.end, joint)
        and (last.end == joint or _unit_post(line, last))
    ):
        return last
    free = last.end if last is not None else 0
    for k in range(max(free, joint - 3), joint):
        if line.match(k, "posts", "titles") == joint and (k == 0 or not line.cap(k - 1)):
            return Candidate(k, joint, "ROLE")
    return None


def _unit_post(line: Line, post: Candidate) -> bool:
    """A post that heads a unit (`trưởng phòng`, `phó ban`), so a department may follow.

    `Thủ tướng | nghe báo cáo của Bộ Y tế`: a post of no unit takes no lowercase words.
    """
    for k in range(post.start, post.end):
        head = line.match(k, "org_heads")
        if head > k and all(line.lower(j) for j in range(head, post.end)):
            return True  # "trưởng phòng", "trưởng phòng kỹ thuật"
    return False


def _department(line: Line, start: int, end: int) -> bool:
    """Tokens start..end-1 read as the name of a department (possibly none)."""
    if end - start > _LONGEST_DEPARTMENT:
        return False
    k = start
    while k < end:
        if line.surface[k] == "(":
            close = _code_close(line, k, end)
            if close < 0:
                return False
            k = close + 1
            continue
        if not line.word(k) or line.lower(k) and is_stop(line, k):
            return False
        if line.cap(k) and person_run(line, k, min_len=2) > k:
            return False
        k += 1
    return True


def _code_close(line: Line, k: int, end: int) -> int:
    """The `)` of a bracketed code at k (`(PID3)`, `(PID 3)`), or -1."""
    for close in range(k + 2, min(end, k + 4)):
        if line.surface[close] == ")":
            return close if line.surface[k + 1][0].isupper() else -1
    return -1
