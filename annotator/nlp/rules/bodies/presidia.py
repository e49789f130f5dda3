"""ORG: a presidium, secretariat or standing office with the body it runs, one ORG.

`[đoàn chủ tịch]` of a congress, `[đoàn chủ tịch Quốc hội]`, `[Đoàn chủ tịch
Ủy ban trung ương Mặt trận tổ quốc VN]`, `[Đoàn Thư ký Đại hội]`,
`[thường trực Hội đồng Dân tộc]`, `[thường trực Chính phủ]`: the gold marks
the collective body, with the body it serves when one follows. The rules
read `chủ tịch` inside as a post (`đoàn [chủ tịch Quốc hội]ROLE`) and
left a standing office outside an unlisted body (`thường trực [Hội đồng
Dân tộc]`). Presidia and standing offices recurred in seven of eleven blind
sets, still wrong in news8, news12 and news13. The class is closed: the
collective offices a congress, an assembly or a committee elects to run
itself. Members of one in general (`các vị ủy viên [Đoàn chủ tịch …]`) are
no post; `Thường trực Ban Bí thư` is a post held by one person (the
guidelines' ROLE) and a standing office inside a post stays in it
(`Phó Bí thư Thường trực Thành ủy`).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from annotator.nlp.rules.bodies.orgs import org
from annotator.nlp.rules.lines import Candidate, Line

PRESIDIA = ("đoàn chủ tịch", "đoàn thư ký")
_STANDING = ("thường trực",)
# A body whose standing member is a post of one person, not an office.
_ONE_PERSON = ("Ban Bí thư",)
# Words that make `ủy viên` before a presidium members in general: no post.
_PLURAL = ("các", "những", "vị")


def presidia_of_bodies(line: Line, spans: list[Candidate]) -> list[Candidate]:
    """The spans with each presidium or standing office and its body made one ORG."""
    out = sorted(spans, key=lambda c: c.start)
    reach = max((c.end - c.start for c in out), default=0)  # the longest span's length
    # Only tokens that start a presidium or standing office are looked at: most lines
    # have none (the rule runs on every line).
    for i in sorted({*line.where("đoàn"), *line.where("thường")}):
        covering = _covering(out, i, reach)
        start = _members_in_general(line, i, covering)
        end = _office(line, i, [c for c in covering if c.start != start or start == i])
        if end <= i:
            continue
        out = [c for c in out if c.end <= start or c.start >= end]
        out.append(Candidate(i, end, "ORG"))
        out.sort(key=lambda c: c.start)
        reach = max(reach, end - i)
    return out


def _covering(spans: list[Candidate], i: int, reach: int) -> list[Candidate]:
    """The spans (in reading order, none longer than `reach`) that hold token i, found
    by bisection: every span of a long line read at every `thường` would make the
    line quadratic."""
    first = bisect_left(spans, i - reach, key=lambda c: c.start)
    last = bisect_right(spans, i, key=lambda c: c.start)
    return [c for c in spans[first:last] if c.end > i]


def _office(line: Line, i: int, spans: list[Candidate]) -> int:
    """End of `đoàn chủ tịch (Quốc hội)` or `thường trực Hội đồng Dân tộc` at i, or -1."""
    presidium = line.longest(i, PRESIDIA)
    standing = line.longest(i, _STANDING)
    head = max(presidium, standing)
    if head < 0 or standing > 0 and _after_post(line, i):
        return -1
    if any(c.start < i < c.end or c.start == i and c.end > head for c in spans):
        return -1  # inside a post (`Phó Bí thư Thường trực ...`) or a listed body
    if line.longest(head, _ONE_PERSON) > head:
        return -1
    body = org(line, head, loose=False) if line.cap(head) else -1
    if body > head:
        return body
    return head if presidium > 0 else -1


def _after_post(line: Line, i: int) -> bool:
    """A post's title ends right before i (`thứ trưởng | thường trực`): the standing office
    qualifies the post, which the rules of posts read whole."""
    return any(line.match(k, "titles", "posts") == i for k in range(max(0, i - 4), i))


def _members_in_general(line: Line, i: int, spans: list[Candidate]) -> int:
    """Start of `ủy viên` before the presidium at i when it counts members in general
    (`các vị ủy viên`), whose post the rules read; i otherwise."""
    post = next((c for c in spans if c.label == "ROLE" and c.start < i < c.end), None)
    if post is None or not line.is_(post.start - 1, *_PLURAL):
        return i
    return post.start
