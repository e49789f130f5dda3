"""EVENT: a bare `giao tranh`, verb or noun, is the fighting the article reports.

`fighting_at` (events.conflicts.incidents) marks a bare `giao tranh` after a few cues
only (`trong [giao tranh]`, `xảy ra [giao tranh]`, a named force's `đang
[giao tranh]`). At blind time bare `giao tranh` was missed in seven of the
once-blind sets (news3, news5, news9, news11, news13, news17, news19), and the
gold of every set marks it wherever it stands: of its 21 occurrences in the
gold files 20 are an EVENT (8 bare, 12 inside `cuộc`/`trận [giao tranh]` or
with a manner word), the one left unmarked being fighting in general after a
classifier (`các cuộc giao tranh`), which the classifier rules decide. Unlike
`chiến tranh` or `xung đột`, the word names no war in general: it is the
shooting itself, so the verb is marked as well (`Hai bên sẽ tiếp tục [giao
tranh]`, news17).

It describes and does not report after a noun of the warring sides or their
ground (`các bên giao tranh`, `lực lượng giao tranh`, `khu vực giao tranh`),
listed in `warring_sides.txt`; a capitalised one is left to `fighting_at`,
which reads a sentence's first word.
"""

from __future__ import annotations

from annotator.nlp.rules.events.conflicts.classified_incidents import CLASSIFIERS
from annotator.nlp.rules.events.conflicts.incidents import fighting_at
from annotator.nlp.rules.events.extent.manners import manners_after
from annotator.nlp.rules.lines import Candidate, Line

# The longest entry of `warring_sides.txt` has two syllables.
_LONGEST_SIDE = 2


def find_fighting_words(line: Line) -> list[Candidate]:
    """Every bare lowercase `giao tranh` that the cue rules leave unmarked."""
    found = []
    for i in line.where("giao"):
        end = line.phrase(i, "giao tranh")
        if end < 0 or not line.lower(i) or line.is_(i - 1, *CLASSIFIERS):
            continue
        if fighting_at(line, i) > i or _describes_a_side(line, i):
            continue
        found.append(Candidate(i, manners_after(line, end), "EVENT"))
    return found


# Aspect words between a side and the verb: "Các bên | đang | giao tranh".
_ASPECT = ("đang", "vẫn", "còn", "sẽ", "tiếp tục")
# Words that make the sides any sides: "các bên", "những phe" (fighting in general).
_ANY = ("các", "những", "mọi")


def _describes_a_side(line: Line, i: int) -> bool:
    """`các bên | giao tranh`: a noun of `warring_sides` ends right before i; or any sides
    fight (`Các bên đang giao tranh cần ngừng bắn`, conventions round 14, decision 11),
    where two sides told of (`Hai bên sẽ tiếp tục [giao tranh]`) report the fighting."""
    if _side_ending(line, i) >= 0:
        return True
    k = i
    while line.ending(k, _ASPECT):
        k -= 2 if line.is_(k - 1, "tục") else 1
    side = _side_ending(line, k) if k < i else -1
    return side >= 0 and line.is_(side - 1, *_ANY)


def _side_ending(line: Line, i: int) -> int:
    """Start of the noun of `warring_sides` that ends right before i, or -1."""
    for k in range(max(0, i - _LONGEST_SIDE), i):
        if line.match(k, "warring_sides") == i:
            return k
    return -1
