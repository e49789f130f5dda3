"""A seat after `tại` that belongs to the name: appeal courts and a body's representative.

Most bodies and posts followed by `tại` + a place are where something happens
(`xét xử tại TAND tỉnh`); two kinds take the seat into their name, and every
gold file keeps it inside the span:

- the appeal courts of the Supreme People's Court (2002 to 2015) and the
  appeal institutes of the Supreme Procuracy, one per seat: `[Tòa phúc thẩm
  TAND tối cao tại Hà Nội]`, `… tại TP HCM` (news2 twice, news22); at blind
  time the seat was cut off as a false LOC;
- the standing representative of a body in a country or city, a post like an
  envoy's (`bodies/candidates.py`): `[đại diện UNDP tại Việt Nam]` (news13), `[đại diện
  Viện thiết kế Corall tại VN]` (news22). Without the seat `đại diện` + a body
  is someone speaking for it, no post (sixteen cases, none marked: `đại diện
  VKS đã công bố bản luận tội`), and so are representatives in the plural.
"""

from __future__ import annotations

from annotator.nlp.rules.lines import Candidate, Line
from annotator.nlp.rules.places.listed import place_at

# Appeal bodies of the supreme court and procuracy, named by their seat.
_APPEAL_BODIES = ("tòa phúc thẩm", "toà phúc thẩm", "viện phúc thẩm")
# Words before `đại diện` that make it many people or no post.
_MANY = ("các", "những", "nhiều", "một", "hai", "ba", "số", "làm", "là", "với", "trưởng")


def courts_with_seats(line: Line, spans: list[Candidate]) -> list[Candidate]:
    """The spans with an appeal body's ORG run on over `tại` + its seat, the seat's LOC dropped."""
    out: list[Candidate] = []
    seats: set[tuple[int, int]] = set()
    for c in spans:
        seat = _court_seat(line, c)
        if seat > c.end:
            seats.add((c.end + 1, seat))
            c = Candidate(c.start, seat, c.label, c.weak)
        out.append(c)
    return [c for c in out if not (c.label == "LOC" and (c.start, c.end) in seats)]


def _court_seat(line: Line, c: Candidate) -> int:
    if c.label != "ORG" or line.longest(c.start, _APPEAL_BODIES) < 0:
        return -1
    return _seat(line, c.end)


def _seat(line: Line, end: int) -> int:
    """End of `tại` / `ở` + a place at end, or -1."""
    if not line.is_(end, "tại", "ở"):
        return -1
    place = place_at(line, end + 1)
    return place if place > end + 1 else -1


def representatives_with_seats(line: Line, spans: list[Candidate]) -> list[Candidate]:
    """The spans with `đại diện` + a body's ORG + `tại` + a place made one ROLE."""
    orgs = {c.start: c for c in spans if c.label == "ORG"}
    posts: list[Candidate] = []
    for i in line.where("đại"):
        body = orgs.get(i + 2)
        if body is None or line.phrase(i, "đại diện") != i + 2 or line.is_(i - 1, *_MANY):
            continue
        seat = _seat(line, body.end)
        if seat > 0:
            posts.append(Candidate(i, seat, "ROLE"))
    if not posts:
        return spans
    covered = {k for c in posts for k in range(c.start, c.end)}
    kept = [c for c in spans if covered.isdisjoint(range(c.start, c.end))]
    return sorted(kept + posts, key=lambda c: (c.start, c.end))
