"""PER: a short name in a roster of people, each with a post or a body beside it.

Why: a list of officials gives each one's post after a comma or the body in
brackets (`Hà Đăng, Trưởng Ban …; [Hồng Vinh], UV T.Ư Đảng, …`, news4; `Cao Đức
Phát (Bộ NN&PTNT), [Ksor Phước] (Ủy ban Dân tộc) và Lê Đức Thúy`, news11). A
name of two or three syllables there (a pen name, a minority's family name) is
read by no name rule, and the list rules (`people_lists.py`) ask for the name
right before the separator. Names in lists were missed at blind time in five
of twelve sets (news4, news5, news8, news9, news11).

The construction: after a separator, a capitalised run of two or three
syllables that no list knows as a place, body or post, with a post (after a
comma) or a body or post (in brackets) right after it, in a line where an
earlier person has one too. A run with no such aside, or in a line of no
such person, is left (`Hà Nội, Thủ đô …` is a place; a lone `Hồng Vinh, …`).
"""

from __future__ import annotations

from annotator.nlp.rules.lines import Candidate, Line
from annotator.nlp.rules.names import cap_run

_SEPARATORS = (",", ";", "và")
_NOT_NAMES = ("bodies", "titles", "posts", "org_heads", "media", "events", "not_names")


def roster_names(line: Line, spans: list[Candidate]) -> list[Candidate]:
    """The spans with the short names of a roster added as PER."""
    starts = {c.start: c for c in spans}
    people = [c for c in spans if c.label == "PER" and _aside(line, c.end, starts) > 0]
    if not people:
        return spans
    taken = {k for c in spans for k in range(c.start, c.end)}
    extra = []
    for i in range(people[0].end + 1, line.n):
        if i in taken or not line.cap(i) or not line.is_(i - 1, *_SEPARATORS):
            continue
        end = cap_run(line, i, 3)
        if not 2 <= end - i <= 3 or taken.intersection(range(i, end)):
            continue
        if any(line.digit(k) or line.match(k, *_NOT_NAMES) > k for k in range(i, end)):
            continue
        if line.match(i, "places") > i:
            continue  # "Hà Nội, Thủ đô …"; a given name that is a city too stays (`Hồng Vinh`)
        if _aside(line, end, starts) > 0:
            extra.append(Candidate(i, end, "PER"))
    return sorted(spans + extra, key=lambda c: c.start) if extra else spans


def _aside(line: Line, end: int, starts: dict[int, Candidate]) -> int:
    """End of `, post` or `(body)` right after a name ending at end, or -1."""
    if line.surface[end : end + 1] == [","]:
        post = starts.get(end + 1)
        return post.end if post is not None and post.label == "ROLE" else -1
    if line.surface[end : end + 1] == ["("]:
        inner = starts.get(end + 1)
        if inner is None or line.surface[inner.end : inner.end + 1] != [")"]:
            return -1
        return inner.end + 1 if inner.label in ("ROLE", "ORG") else -1
    return -1
