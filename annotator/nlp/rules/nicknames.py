"""PER: a person called by a given name and a nickname in quotes (`Hùng "xì-tẹc"`).

Court and crime reports name a defendant by the given name and the nickname
the underworld knows them by; the nickname is part of the name, quotes
included. The given name then stands alone for the rest of the article,
which `propagate_names` carries (see `nickname_given`).
"""

from __future__ import annotations

from annotator.nlp.rules.lines import Candidate, Line
from annotator.nlp.rules.names import is_stop

_OPEN = frozenset('"“')
_CLOSE = frozenset('"”')
# A nickname is short: one to three lowercase syllables (`bùa`, `xì-tẹc`, `cá mập`).
_MAX_TOKENS = 5
_MAX_NAME = 2


def find_nicknames(line: Line) -> list[Candidate]:
    """`Hùng "xì-tẹc"`, `(Dũng “bùa”)`: one or two capitalised syllables no list
    knows, then a short lowercase nickname in quotes written right after them."""
    found = []
    for q in range(1, line.n - 2):
        if line.surface[q] not in _OPEN or not line.gap(q) or line.gap(q + 1):
            continue
        close = _closing(line, q)
        if close < 0:
            continue
        start = _name_start(line, q)
        if start >= 0:
            found.append(Candidate(start, close + 1, "PER"))
    return found


def _closing(line: Line, q: int) -> int:
    """Index of the quote closing a short lowercase nickname opened at q, or -1."""
    for k in range(q + 1, min(line.n, q + 2 + _MAX_TOKENS)):
        surface = line.surface[k]
        if surface in _CLOSE:
            # `ông Dũng "khuyên" Cảng vụ`: a quoted verb with its object, no nickname
            return k if k > q + 1 and not line.gap(k) and not line.cap(k + 1) else -1
        if surface == "-" and not line.gap(k) and not line.gap(k + 1):
            continue
        if not line.lower(k):
            return -1
    return -1


def _name_start(line: Line, q: int) -> int:
    """Start of the given name right before the quote at q, or -1.

    Vietnamese syllables (a nickname belongs to a Vietnamese given name), not a
    listed word (`Hà Nội "nóng"`, `Đảng "xanh"`), not a grammar word,
    not a sentence's first word (`Những "con voi"`): a person's given name.
    """
    start = q
    while start > 0 and q - start < _MAX_NAME and line.cap(start - 1):
        start -= 1
    if start == q or line.cap(start - 1):
        return -1
    for k in range(start, q):
        if line.digit(k) or line.surface[k].isupper() or line.foreign(k):
            return -1  # `Serie A "ngửi khói"`: a league, an acronym or a foreign word
        if any(kinds != _SURNAME for _, kinds in line.hits(k)) or is_stop(line, k):
            return -1
    opens = start == 0 or line.surface[start - 1] in ".!?:;-–"
    return -1 if opens else start


_SURNAME = frozenset({"surnames"})


def nickname_given(line: Line, c: Candidate) -> str | None:
    """The key of the given name of a nicknamed PER span (`Hùng` of `Hùng "xì-tẹc"`)."""
    if c.label != "PER" or line.surface[c.end - 1] not in _CLOSE:
        return None
    for k in range(c.start, c.end):
        if line.surface[k] in _OPEN:
            return line.keys[k - 1] if k > c.start else None
    return None
