"""ORG: a state's legislature, intelligence service or mission in lowercase with its state.

`quốc hội Ukraine`, `các cơ quan tình báo Belarus`, `sứ quán Việt Nam tại
Washington`: the gold makes the organ and its state one ORG, as it does for
a state's army or government (`bodies/governments.py`) and for the capitalised
`Đại sứ quán Nga` (`bodies.foreign.txt`). Written in lowercase, the rules
read only the state, a LOC. At blind time a state's organ read as its state
recurred in ten of eleven sets; these three heads were the ones still wrong
in news3 … news13 (news12, news13 twice). The heads are a closed class:
the organs by which a state legislates, spies, guards itself and is
represented abroad. Without a state after them (`quốc hội` of a Vietnamese
text, `các cơ quan tình báo` in general) they stay unmarked; a word that
makes them part of a post (`đại biểu quốc hội Mỹ`) leaves them to the post.
"""

from __future__ import annotations

from annotator.nlp.rules.lines import Candidate, Line
from annotator.nlp.rules.places.listed import place_at

ORGAN_HEADS = (
    "quốc hội",
    "nghị viện",
    "hạ viện",
    "thượng viện",
    "cơ quan tình báo",
    "cơ quan an ninh",
    "cơ quan phản gián",
    "sứ quán",
    "đại sứ quán",
    "lãnh sự quán",
    "tổng lãnh sự quán",
)
# The heads' first syllables: only tokens that start one are looked at.
_FIRST_WORDS = tuple(sorted({head.split()[0] for head in ORGAN_HEADS}))
# Words before a head that make it part of a post, not a body of its own
# (`đại biểu`, `Chủ tịch`, `Bộ trưởng`, `nghị sĩ quốc hội Anh`).
_POST_WORDS = ("biểu", "tịch", "trưởng", "sĩ")


def find_state_organs(line: Line) -> list[Candidate]:
    """`quốc hội Ukraine`, `cơ quan tình báo Belarus` in lowercase: one ORG each."""
    found = []
    for i in sorted({k for first in _FIRST_WORDS for k in line.where(first)}):
        if not line.lower(i) or line.is_(i - 1, *_POST_WORDS):
            continue
        head = line.longest(i, ORGAN_HEADS)
        state = _state(line, head) if head > i else -1
        if state > head:
            found.append(Candidate(i, state, "ORG"))
    return found


def _state(line: Line, i: int) -> int:
    """End of the state at i: a listed place in capitals (`Anh` too: after an organ it is
    the country) or one foreign-shaped word, or -1."""
    listed = max(place_at(line, i), line.match(i, "countries_ambiguous") if line.cap(i) else -1)
    if listed > i:
        return listed
    return i + 1 if line.foreign(i) and not line.cap(i + 1) else -1
