"""Committees named by the ill they fight: `Ủy ban chống tham nhũng`, `Ủy ban phòng chống tham nhũng`.

A committee or board set up against a crime, an armed enemy or a hazard is
named by that fight, and the gold keeps the fight inside its one ORG in
every file (`[Ủy ban độc lập chống tham nhũng Hong Kong (ICAC)]`, news10;
`[Ủy ban Giám sát phòng chống tham nhũng]`, news20; `[Ủy ban chống tham
nhũng]`, `[Ủy ban phòng chống tham nhũng]`, news21), where the rules cut the
name at its bare head (`[Ủy ban] chống tham nhũng`). The frame is a
capitalised head (`Ủy ban`, `Ban`), at most three words that qualify it
(capitalised, or `độc lập`, `lâm thời`, `quốc gia`, `giám sát`) and `về`, a
verb of fighting (`chống`, `phòng chống`, `phòng, chống`) and an ill the
gazetteers list (crimes, enemies, hazards), then the place it serves and its
abbreviation in brackets. A lowercase head (`ủy ban chống tham nhũng vốn chịu
…`, news12) is a kind of body, none; steering boards (`Ban chỉ đạo`) keep their
own rule (`bodies/committees/steering.py`); a head after a quantifier stays none
(`bodies/general.py`).
"""

from __future__ import annotations

from annotator.nlp.rules.bodies.body_phrases import acronym_aside
from annotator.nlp.rules.lines import Candidate, Line
from annotator.nlp.rules.places.listed import place_at

_HEADS = ("ủy ban", "uỷ ban", "ban")
_FIGHTS = ("chống", "phòng chống", "phòng , chống")
_QUALIFIERS = ("độc lập", "lâm thời", "quốc gia", "giám sát", "chỉ đạo", "về")
_ILLS = ("crimes", "enemies", "hazards")
_MAX_QUALIFIERS = 3


def scourge_bodies(line: Line, spans: list[Candidate]) -> list[Candidate]:
    """The line's spans with each committee named by its fight as one ORG over what
    the rules cut inside it; a post or another span crossing its edges leaves it out."""
    for head in _head_positions(line):
        end = _named_end(line, head)
        if end < 0 or _crossed(spans, head, end):
            continue
        kept = [c for c in spans if not head <= c.start < end]
        spans = sorted(kept + [Candidate(head, end, "ORG")], key=lambda c: c.start)
    return spans


def _head_positions(line: Line) -> list[int]:
    """Capitalised committee heads of the line, in order (looked up by word, not token by token)."""
    found = {i for word in ("ủy", "uỷ", "ban") for i in line.where(word) if line.cap(i)}
    return sorted(i for i in found if line.longest(i, _HEADS) > i)


def _named_end(line: Line, head: int) -> int:
    """End of the committee at head with its fight, ill, place and abbreviation, or -1."""
    j = line.longest(head, _HEADS)
    for _ in range(_MAX_QUALIFIERS + 1):
        fight = line.longest(j, _FIGHTS)
        if fight > j:
            return _ill_end(line, fight)
        qualifier = line.longest(j, _QUALIFIERS)
        if qualifier > j:
            j = qualifier
        elif line.cap(j) and line.word(j) and place_at(line, j) < 0:
            j += 1
        else:
            return -1
    return -1


def _ill_end(line: Line, start: int) -> int:
    """End of the listed ill at start with the place after it and `(ABC)`, or -1."""
    ill = line.match(start, *_ILLS)
    if ill <= start:
        return -1
    end = max(ill, place_at(line, ill))
    return max(end, acronym_aside(line, end))


def _crossed(spans: list[Candidate], start: int, end: int) -> bool:
    """A span that starts before the committee and reaches into it, or runs past its
    end, or a post inside it (`Phó ban chỉ đạo phòng chống tham nhũng`)."""
    for c in spans:
        if c.start < start < c.end or (start <= c.start < end < c.end):
            return True
        if start <= c.start < end and c.label == "ROLE":
            return True
    return False
