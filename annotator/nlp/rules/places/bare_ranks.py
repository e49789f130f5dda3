"""LOC: a bare rank before a country names no one (`tướng [Nga] tử trận`, `viên tướng [Canada] bị bắt`).

A one-syllable rank (`tướng`, posts.ranks.txt) is a post only next to a
person's name: `tướng Canada Cadieu` is a ROLE and a PER. With a country after
it and no name, it tells an unnamed officer's nationality, and the gold of
every set marks the country alone as a LOC (news3 `tướng Nga tử trận`, news11
`Tướng Nga bày tỏ lo ngại`, news19 `viên tướng Canada bị quân đội Nga bắt`),
all three missed blind: the rank and the country were read as one post the
way `Thủ tướng Đức` is. A rank of two syllables or more (`Trung tướng
Canada`) is a full post and stays one.
"""

from __future__ import annotations

from annotator.nlp.rules.foreign import country_at
from annotator.nlp.rules.lines import Candidate, Line


def countries_after_bare_ranks(line: Line, spans: list[Candidate]) -> list[Candidate]:
    """The spans with `rank + country` and no name after made the country's LOC."""
    out = []
    for c in spans:
        if c.label == "ROLE" and _bare_rank_country(line, c):
            c = Candidate(c.start + 1, c.end, "LOC")
        out.append(c)
    return out


def _bare_rank_country(line: Line, c: Candidate) -> bool:
    """Span c is a one-syllable rank, then a country, with no name after it."""
    rank = c.start + 1
    if line.match(c.start, "posts") != rank or line.match(c.start, "titles") > rank:
        return False
    if line.surface[c.start].isupper():
        return False  # "ĐB Hà Nội": an abbreviated post, which a place after it completes
    if not line.lower(c.start) and c.start > 0 and line.word(c.start - 1):
        return False  # "Thủ | tướng": a word of a longer post, unless a sentence opens here
    if line.match(c.start - 1, "posts", "titles") == rank:
        return False  # "Trung tướng Canada", "Thủ tướng Đức": the rank is a full post's end
    return country_at(line, rank) == c.end and not line.cap(c.end)
