"""ORG: a body's head with only its kind after it names no body.

`mở văn phòng luật sư` (news27, news28): a law office of no name is a kind
of office, unmarked, while a named one is a body (`[văn phòng luật sư Á
Châu]`, news2). `Bộ chủ quản` (news26) is "the managing ministry", whichever
it is, and `Bộ luật` (news23: `những điểm mới của Bộ luật là …`) is a code of
law, no ministry; the gold leaves both unmarked, but a bare `Bộ` read as the
ministry spoken of before kept its ORG there.
"""

from __future__ import annotations

from annotator.nlp.rules.lines import Candidate, Line

# Trades an office is kept for: "văn phòng luật sư", "văn phòng công chứng".
_OFFICE_TRADES = ("luật sư", "công chứng")
# After a bare "Bộ": a code of law, or the ministry in charge of a kind.
_NOT_A_MINISTRY = ("luật", "chủ quản")


def drop_kinds_alone(chosen: list[tuple[Line, list[Candidate]]]) -> None:
    """Every line's spans without an unnamed office of a trade or a `Bộ` that is no
    ministry; run last, since a bare head is also marked where it refers back."""
    for index, (line, spans) in enumerate(chosen):
        kept = [c for c in spans if not (_unnamed_office(line, c) or _no_ministry(line, c))]
        if len(kept) < len(spans):
            chosen[index] = (line, kept)


def _unnamed_office(line: Line, c: Candidate) -> bool:
    """`văn phòng luật sư` in lower case with no name after the trade."""
    if c.label != "ORG" or not line.lower(c.start) or line.phrase(c.start, "văn phòng") < 0:
        return False
    return line.longest(c.start + 2, _OFFICE_TRADES) == c.end and not line.cap(c.end)


def _no_ministry(line: Line, c: Candidate) -> bool:
    """A bare ORG `Bộ` before `luật` or `chủ quản`."""
    bare = c.label == "ORG" and c.end == c.start + 1 and line.is_(c.start, "bộ")
    return bare and line.longest(c.end, _NOT_A_MINISTRY) > c.end and line.lower(c.end)
