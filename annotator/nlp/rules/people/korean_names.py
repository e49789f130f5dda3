"""PER: a Korean name, a family name and a given name of two syllables joined by a
hyphen (`Kim Yong-Nam`, `Ri Ju-O`, `Kim Yong-il`).

The hyphen joint of `names.syllable_joint` wants a lowercase syllable after it, and
`names.foreign_joint` a foreign-shaped word beside it; a capitalised second
syllable that is also a Vietnamese word or a compass point (`Nam`) or a single
letter (`O`) broke the name in two (news29 at blind time: `[Kim Yong]-Nam` four
times, `Ri Ju-[O]`). A listed Korean family name (`korean_surnames`) before two
capitalised syllables glued by a hyphen is one name whatever the second syllable is; a place on either side
(`Kim Liên-Nam Định`, a route) is not.
"""

from __future__ import annotations

from annotator.nlp.rules.gazetteer import Gazetteers
from annotator.nlp.rules.lines import Candidate, Line

# The family names, one key each, per loaded gazetteers: a lookup-only list
# (`Kim`, `Chung` are Vietnamese names too, and no other rule may see them listed).
_SURNAMES: dict[Gazetteers, frozenset[str]] = {}


def _surnames(line: Line) -> frozenset[str]:
    found = _SURNAMES.get(line.gaz)
    if found is None:
        found = _SURNAMES[line.gaz] = frozenset(line.gaz.words("korean_surnames"))
    return found


def korean_names(line: Line) -> list[Candidate]:
    """`Kim Yong-Nam`, `Ri Ju-O`: a Korean family name and a hyphenated given name."""
    found = []
    for i in line.where("-"):
        end = korean_name_at(line, i - 2)
        if end > 0:
            found.append(Candidate(i - 2, end, "PER"))
    return found


def korean_name_at(line: Line, start: int) -> int:
    """End of a Korean name starting at token start (`Kim Yong-Nam`), or -1; a post
    (`posts.foreign_holders`) ends where one starts."""
    dash = start + 2
    if start < 0 or dash + 1 >= line.n or line.surface[dash] != "-":
        return -1
    if line.gap(dash) or line.gap(dash + 1) or not line.cap(start):
        return -1
    if line.keys[start] not in _surnames(line) or not line.cap(start + 1):
        return -1
    shaped = all(line.word(k) and not line.digit(k) for k in (start + 1, dash + 1))
    return dash + 2 if shaped and not _route(line, start, dash + 1) else -1


def _route(line: Line, start: int, second: int) -> bool:
    """`Kim Liên-Nam Định`: two places joined by a hyphen, or a listed word where
    the first given syllable stands; a Korean syllable (`Yong`, `Ju`) is neither."""
    if line.foreign(start + 1):
        return False
    places = line.match(start, "places") > 0 or line.match(second, "places") > 0
    return places or bool(line.hits(start + 1))
