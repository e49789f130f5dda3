"""PER: a word glued before a person's name is no part of it (`Nhà báo Mỹ | [David ...]`).

A capitalised run read as one name sometimes opens with a word that only
stands before the name: the holder's country after a post or a trade
(`cựu thủ tướng Libăng | Rafik Hariri`, `Nhà báo Mỹ | David Harmberstem`), a
foreign honorific (`Sheikh | Ahmed Yassin`, `Hoàng thân Samdech | Norodom
Sirivudh`; data, `name_openers`), or the foreign name of the body the person
works for before a Vietnamese full name (`Liên doanh dầu khí Vietsovpetro |
Dương Quốc Hà`). Blind, a name took such a word in news13, news21 (three
times), news26, news27 and news28: five of the once-blind sets.

The word comes off the PER when the rest is a name by its own shape: after a
listed country, two foreign-shaped words or more; after an honorific, any
capitalised word; after one foreign-shaped word, a Vietnamese full name of
three or four syllables opening with a family name. A country right after a
post joins it (`[Nhà báo Mỹ]`, as a post with its state is one ROLE);
elsewhere it is a LOC.
"""

from __future__ import annotations

from annotator.nlp.rules.lines import Candidate, Line
from annotator.nlp.rules.names import is_surname
from annotator.nlp.rules.places.listed import place_at

_FOREIGN_AFTER_COUNTRY = 2  # `Anh Tuấn` is a name; `Anh Peter Brown` a country and a name
_VIETNAMESE_FULL = (3, 4)  # syllables of a full name after a body's foreign name
_LONGEST_POST = 4  # syllables of a post or trade looked for before the country


def names_after_openers(line: Line, spans: list[Candidate]) -> list[Candidate]:
    """The line's spans with each PER that opens with a glued word started after it."""
    out: list[Candidate] = []
    for c in spans:
        if c.label != "PER":
            out.append(c)
            continue
        cut, country = _opener_end(line, c)
        if cut <= c.start:
            out.append(c)
            continue
        if country:
            _place_country(line, out, c.start, cut)
        out.append(Candidate(cut, c.end, "PER", c.weak))
    return out


def _opener_end(line: Line, c: Candidate) -> tuple[int, bool]:
    """Where the name proper starts inside the PER c, and whether a country opens it."""
    honorific = line.longest(c.start, line.gaz.phrases("name_openers"))
    if c.start < honorific < c.end and line.cap(honorific):
        return honorific, False
    country = place_at(line, c.start)
    if c.start < country and _foreign_name(line, country, c.end):
        return country, True
    body = c.start + 1
    if line.foreign(c.start) and _vietnamese_full_name(line, body, c.end):
        return body, False
    return c.start, False


def _foreign_name(line: Line, start: int, end: int) -> bool:
    """[start, end) is two foreign-shaped words or more (`David Harmberstem`)."""
    return end - start >= _FOREIGN_AFTER_COUNTRY and all(line.foreign(k) for k in range(start, end))


def _vietnamese_full_name(line: Line, start: int, end: int) -> bool:
    """[start, end) is a Vietnamese full name: three or four syllables, a family name first."""
    if end - start not in _VIETNAMESE_FULL or not is_surname(line, start):
        return False
    return not any(line.foreign(k) for k in range(start, end))


def _place_country(line: Line, out: list[Candidate], start: int, end: int) -> None:
    """A post or trade right before the country takes it; else the country is a LOC."""
    last = out[-1] if out else None
    if last is not None and last.label == "ROLE" and last.end == start:
        out[-1] = Candidate(last.start, end, "ROLE", last.weak)
        return
    post = _post_ending_at(line, start, last.end if last is not None else 0)
    out.append(Candidate(post, end, "ROLE") if post >= 0 else Candidate(start, end, "LOC"))


def _post_ending_at(line: Line, start: int, free: int) -> int:
    """Start of a post or trade no span holds that ends right at `start` (`Nhà báo`), or -1."""
    for k in range(start - 1, max(free, start - _LONGEST_POST) - 1, -1):
        if line.match(k, "titles", "posts") == start:
            return k
    return -1
