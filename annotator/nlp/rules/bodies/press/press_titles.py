"""ORG: a foreign newspaper by its English title, a place or name and a press word.

`tờ Washington Times`, `Xã luận của Seattle Times`, `Ảnh: NY Post`,
`theo Moscow Times`: an English title ends in a word that says it is a
paper (`Times`, `Post`, `Journal`, `Herald` …), and what comes before it is
the city or the name of the paper. The rules read the city as a LOC and the
press word alone as the outlet (`[Washington] [Times]`). A foreign outlet
missed or cut recurred in ten of eleven blind sets; the listed titles
(`media.agencies.txt`) cover the best known, and this construction the rest:
a closed class of press words after a run of capitalised foreign words,
places or initials, the whole one ORG. A press word followed by another
capitalised word names something else (`Times Square`), and one with no
name before it is left to the lists (`The Times`).
"""

from __future__ import annotations

from annotator.nlp.rules.lines import Candidate, Line
from annotator.nlp.rules.places.listed import place_at

# English words that end a newspaper's or a channel's title.
PRESS_TAILS = frozenset(
    (
        "Times",
        "Post",
        "Journal",
        "Herald",
        "Tribune",
        "Telegraph",
        "Gazette",
        "Globe",
        "Chronicle",
        "Monitor",
        "Observer",
        "Inquirer",
        "Examiner",
        "Daily",
        "News",
    )
)
_MAX_NAME = 4


def press_titles(line: Line) -> list[Candidate]:
    """`Washington Times`, `NY Post`: a name run ended by a press word, one ORG each."""
    found = []
    for k in range(1, line.n):
        if line.surface[k] not in PRESS_TAILS or line.cap(k + 1):
            continue
        start = _name_start(line, k)
        if start < k:
            found.append(Candidate(start, k + 1, "ORG"))
    return found


def _name_start(line: Line, k: int) -> int:
    """First token of the name before the press word at k (k when there is none)."""
    start = k
    named = False  # a word of the paper's own name seen: a state before it is its country
    while start > 0 and k - start < _MAX_NAME and _name_word(line, start - 1):
        if named and place_at(line, start - 1) == start and not line.foreign(start - 1):
            return start  # "báo Mỹ | Wall Street Journal"; a city is part of it ("Toronto Star")
        named = named or place_at(line, start - 1) < 0
        start -= 1
    if start < k and line.surface[start - 1 : start] == ["The"]:
        start -= 1
    if start < k and _name_word(line, start - 1):
        return k  # a longer run than a title: a list or a sentence of English
    return start


def _name_word(line: Line, i: int) -> bool:
    """A word of a paper's name: foreign-shaped, initials in capitals or a listed place."""
    if not line.cap(i):
        return False
    word = line.surface[i]
    if line.foreign(i) or (word.isupper() and word.isalpha()) or place_at(line, i) > i:
        return True
    # "San Jose Mercury News": a city's first word that a Vietnamese syllable spells
    return line.match(i, "place_prefixes") > i and line.foreign(i + 1)
