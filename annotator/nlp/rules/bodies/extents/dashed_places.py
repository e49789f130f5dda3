"""ORG: a body named after two places joined by a dash keeps both.

`[Chi cục Hải quan Nội Bài - Hà Nội]` (news31), `[Viện KSND tỉnh Quảng Nam -
Đà Nẵng]` (news27), `[tòa phúc thẩm miền Trung - Tây Nguyên]` (news25): a body
whose name ends in a place and goes on with a spaced dash and another place
serves both, as `[TAND tỉnh Bà Rịa - Vũng Tàu]` does, and the gold keeps the
pair inside in every file (news6, news24, news30 too). The rules ended the
body at the dash and read the second place as a LOC of its own. Only a place
right after the dash that ends the name (no capitalised word after it) is
taken, so a body and the next item of a dashed list stay apart.
"""

from __future__ import annotations

from annotator.nlp.rules.lines import Candidate, Line

_DASHES = (["-"], ["–"])


def bodies_over_dashed_places(line: Line, spans: list[Candidate]) -> list[Candidate]:
    """The spans with each ORG ending in a place grown over `- place` after it."""
    grown: list[Candidate] = []
    swallowed: set[int] = set()
    for c in spans:
        end = _second_place_end(line, c)
        if end > 0:
            grown.append(Candidate(c.start, end, "ORG"))
            swallowed.update(range(c.end, end))
    if not grown:
        return spans
    kept = [c for c in spans if c.start not in swallowed and not _grown_from(c, grown)]
    return sorted(kept + grown, key=lambda c: c.start)


def _grown_from(c: Candidate, grown: list[Candidate]) -> bool:
    return c.label == "ORG" and any(g.start == c.start for g in grown)


def _second_place_end(line: Line, c: Candidate) -> int:
    """End of the place after a spaced dash right after the ORG c, or -1."""
    if c.label != "ORG" or not line.cap(c.end - 1) or not _ends_in_place(line, c):
        return -1
    j = c.end
    if line.surface[j : j + 1] not in _DASHES or not (line.gap(j) and line.gap(j + 1)):
        return -1
    end = line.match(j + 1, "places")
    return end if end > j + 1 and line.cap(j + 1) and not line.cap(end) else -1


def _ends_in_place(line: Line, c: Candidate) -> bool:
    """The ORG's last words are a place (`Quảng Nam`, `miền Trung`) or a Vietnamese
    name the place gazetteer lacks (`Nội Bài`): a capitalised pair after the body's
    head; a foreign name (`ĐH Dược Murdoch – Úc`) is the body's own, its country apart."""
    if any(line.match(k, "places") == c.end for k in range(c.start + 1, c.end)):
        return True
    pair = range(c.end - 2, c.end)
    return c.end - c.start >= 3 and all(line.cap(k) and not line.foreign(k) for k in pair)
