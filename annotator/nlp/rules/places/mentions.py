"""Vietnamese place names found once in an article, carried to their bare mentions.

Local news introduces a place once where something marks it as one (`phường
Bình Khánh`, `ở Thủ Thiêm`, `nhà máy lọc dầu Dung Quất`) and then writes it
bare (`người Thủ Thiêm`, `biến Thủ Thiêm thành ...`, `dự án Dung Quất`,
`Bình An và Bình Khánh`). A name of two to four capitalised Vietnamese
syllables found as a LOC is a LOC at its other mentions in the same article
that stand alone: outside every span, with no capitalised word right before
or after it (which would make it part of a longer name), not a name (or part
of a name) the article gives a person, and not right after an address word
or a post (`ông Hòa Bình`, `Chủ tịch Thanh Hà`), where a person is meant, nor
after a body's name or head, whose name it is part of.
Foreign-shaped places are carried by `propagate.propagate_places`.
"""

from __future__ import annotations

from annotator.nlp.rules.lines import Candidate, Line
from annotator.nlp.rules.places.listed import OPENERS

_SHORTEST, _LONGEST = 2, 4


def propagate_vietnamese_places(chosen: list[tuple[Line, list[Candidate]]]) -> None:
    """Add a LOC at every bare mention of a Vietnamese place name the article marked once."""
    places = {
        tuple(line.keys[c.start : c.end])
        for line, spans in chosen
        for c in spans
        if c.label == "LOC" and _vietnamese_name(line, c.start, c.end)
    }
    people = [
        tuple(line.keys[c.start : c.end])
        for line, spans in chosen
        for c in spans
        if c.label == "PER"
    ]
    places = {p for p in places if not any(_inside(p, name) for name in people)}
    if not places:
        return
    for index, (line, spans) in enumerate(chosen):
        found = _bare_mentions(line, spans, places)
        if found:
            chosen[index] = (line, sorted(spans + found, key=lambda c: c.start))


def _vietnamese_name(line: Line, start: int, end: int) -> bool:
    """Two to four capitalised words, each a Vietnamese syllable (no digit, no abbreviation)."""
    return _SHORTEST <= end - start <= _LONGEST and all(
        line.cap(k) and not line.foreign(k) and not line.surface[k].isupper()
        for k in range(start, end)
    )


def _inside(place: tuple[str, ...], name: tuple[str, ...]) -> bool:
    """The place's words are a run of the person's name (`Hòa Bình` of `Trương Hòa Bình`)."""
    size = len(place)
    return any(name[k : k + size] == place for k in range(len(name) - size + 1))


def _bare_mentions(
    line: Line, spans: list[Candidate], places: set[tuple[str, ...]]
) -> list[Candidate]:
    """The line's mentions of the article's places that stand alone, outside its spans."""
    taken = [False] * line.n
    for c in spans:
        for k in range(c.start, c.end):
            taken[k] = True
    found = []
    for i in range(line.n):
        if taken[i] or not line.cap(i):
            continue
        for size in range(min(_LONGEST, line.n - i), _SHORTEST - 1, -1):
            end = i + size  # within the line: a slice past its end would match a shorter name
            if tuple(line.keys[i:end]) in places and not any(taken[i:end]):
                if _stands_alone(line, i, end) and not _personal(line, i):
                    found.append(Candidate(i, end, "LOC"))
                    taken[i:end] = [True] * size
                break
    return found


def _stands_alone(line: Line, start: int, end: int) -> bool:
    """No capitalised word joins the name on either side, except a sentence's opening
    grammar word (`Tại Thủ Thiêm, ...`)."""
    if line.cap(end):
        return False
    if not line.cap(start - 1):
        return True
    opens = start - 1 == 0 or line.surface[start - 2] in '.:;!?"“(-–'
    return opens and line.key(start - 1) in OPENERS


def _personal(line: Line, i: int) -> bool:
    """An address word or a post right before token i: the words name a person there;
    after a body's name or head (`Thị ủy Điện Bàn`, `trường Mầm non Đồn Xá`) they are
    the body's own name."""
    before = (i - 1, i - 2, i - 3)
    kinds = ("honorifics", "posts", "titles", "bodies", "org_heads")
    return any(line.match(k, *kinds) == i for k in before)
