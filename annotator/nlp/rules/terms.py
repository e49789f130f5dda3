"""A body or post keeps its term: `[Trung ương khóa IX]`, `[Chủ tịch Quốc hội nước … khóa IX]`.

`khóa` + a numeral right after a body or a post is the body's term and
inside its span in every gold file (`BCHTƯ khóa X`, `đại biểu HĐND cấp
thành phố khóa VII`, `ủy viên trung ương khóa IX`); only apart from it
(`đại biểu Quốc hội đương nhiệm | khóa XIV`, `nhiệm kỳ khóa IX`) is it a
DATE. The rules still read it as a DATE after a bare `Trung ương` (news11)
and after a state organ named with its state (`Chủ tịch Quốc hội nước
Cộng hòa Xã hội chủ nghĩa Việt Nam khóa IX`, three posts of news8, the
state read as a LOC): four of nine blind sets had the kind (news4, news7,
news8, news11), seven lines still wrong in round 14.
"""

from __future__ import annotations

from annotator.nlp.rules.lines import Candidate, Line

# State organs a formal state name follows with `nước` (`Quốc hội nước …`).
_ORGANS = ("Quốc hội", "Chính phủ", "Nhà nước", "Hội đồng Nhà nước")
_FORMAL = ("Cộng hòa", "CHXHCN")
_TERMS = ("khóa", "khoá")


def terms_of_bodies(line: Line, spans: list[Candidate]) -> list[Candidate]:
    """The spans with a state organ's state and a body's adjacent term joined to it."""
    out: list[Candidate] = []
    for c in sorted(spans, key=lambda s: s.start):
        last = out[-1] if out else None
        if last is not None and _joins(line, last, c):
            out[-1] = Candidate(last.start, c.end, last.label)
        elif c.label == "DATE" and _bare_centre(line, c, last):
            out.append(Candidate(c.start - 2, c.end, "ORG"))
        else:
            out.append(c)
    return out


def _joins(line: Line, body: Candidate, nxt: Candidate) -> bool:
    """`nxt` is the state after `body … nước`, or the term right after `body`."""
    if body.label not in ("ORG", "ROLE"):
        return False
    if nxt.label == "LOC" and nxt.start == body.end + 1 and line.is_(body.end, "nước"):
        return line.ending(body.end, _ORGANS) and line.longest(nxt.start, _FORMAL) > 0
    return nxt.label == "DATE" and nxt.start == body.end and _term(line, nxt)


def _term(line: Line, c: Candidate) -> bool:
    """`khóa IX`, `khoá 11`: a term and its numeral, nothing else."""
    numeral = line.roman(c.start + 1) or line.digit(c.start + 1)
    return c.end == c.start + 2 and line.is_(c.start, *_TERMS) and numeral


def _bare_centre(line: Line, term: Candidate, last: Candidate | None) -> bool:
    """`Trung ương | khóa IX` with no span on `Trung ương`: the Central Committee of a term."""
    centre = term.start - 2
    free = last is None or last.end <= centre
    named = line.phrase(centre, "Trung ương") == term.start and line.cap(centre)
    return free and named and _term(line, term) and not line.cap(centre - 1)
