"""A foreign company by its own name alone: `Maxar Technologies`, `Planet Labs`.

The press names a foreign company without a head noun (`hình ảnh do [Maxar
Technologies] cung cấp`, news4; `công ty viễn thông [Nortel Telecom]`, news18),
and such a run of foreign-shaped capitalised words reads like a person's name
by its shape. An English word that only ends a company's name (the
`company_ends` gazetteer: `Technologies`, `Group`, `Inc` …) makes the run an
ORG. Every word before it must be foreign-shaped, so a Vietnamese name is
never taken, and a Vietnamese head noun in capitals before the run makes a
longer body that wins in the resolution (`[Công ty Lockheed Martin Corp]`).
"""

from __future__ import annotations

from weakref import WeakKeyDictionary

from annotator.nlp.rules.gazetteer import Gazetteers
from annotator.nlp.rules.lines import Candidate, Line

_ENDS: WeakKeyDictionary[Gazetteers, frozenset[str]] = WeakKeyDictionary()
# Words of a company's name before its end word: `Goldman Sachs Group`.
_MAX_WORDS = 4


def corporate_names(line: Line) -> list[Candidate]:
    """ORG spans of foreign-shaped runs that end in a company's end word."""
    found = []
    for k in range(1, line.n):
        if not ends_company(line, k):
            continue
        start = k
        while start > max(0, k - _MAX_WORDS) and _name_word(line, start - 1):
            start -= 1
        if start < k:
            found.append(Candidate(start, k + 1, "ORG"))
    return found


def _name_word(line: Line, i: int) -> bool:
    return line.cap(i) and line.foreign(i) and not line.digit(i)


def ends_company(line: Line, i: int) -> bool:
    """Token i is a capitalised word that ends a company's name (`Corp`, `Labs`)."""
    ends = _ENDS.get(line.gaz)
    if ends is None:
        ends = _ENDS[line.gaz] = frozenset(line.gaz.words("company_ends"))
    return 0 <= i < line.n and line.cap(i) and line.key(i) in ends
