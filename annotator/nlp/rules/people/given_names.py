"""PER: a person's name glued after a body's foreign name (`tập đoàn Microsoft | [Bill Gates]`).

A foreign body, firm or unit named in its own language is often written
straight before its head's name, with no comma: `Chủ tịch tập đoàn Microsoft
Bill Gates`, `Đại học Johns Hopkins Frederick Brown`, `Cựu binh Marine Barry
Halley`. The capitalised run then read as one post, body or person, so the
post or body ran into the name and the person was lost; blind, a title or a
body ran on into a foreign name in news8, news9, news13, news14 and news20.
A common foreign given name (data, `given_names`) after a foreign-shaped word
inside a span starts the person: the span ends before it and the given name
with the capitalised words after it is a PER. A span that starts with the given
name (`Hillary Clinton`) or holds it right after a lowercase head (`Quỹ Bill
Gates`, `Đại học George Washington`) names no one else and is left whole, and
so is a name opened by a listed country spelt like a foreign word (`Nhà báo
Canada Peter Walsh`): the country is the holder's, which `name_openers` joins
to the trade before it, not a body's name to drop with the word.
"""

from __future__ import annotations

from weakref import WeakKeyDictionary

from annotator.nlp.rules.companies.ends import ends_company
from annotator.nlp.rules.gazetteer import Gazetteers
from annotator.nlp.rules.lines import Candidate, Line
from annotator.nlp.rules.places.listed import place_at

# Labels of the spans a glued name is cut from.
_CUT = ("ROLE", "ORG", "PER")
# Most capitalised words of a person's name after the given name.
_SURNAME_WORDS = 2
# The given names of each loaded gazetteer set, as syllable keys.
_GIVEN: WeakKeyDictionary[Gazetteers, frozenset[str]] = WeakKeyDictionary()


def names_after_bodies(line: Line, spans: list[Candidate]) -> list[Candidate]:
    """The spans with a glued foreign person's name cut off their end as a PER."""
    out: list[Candidate] = []
    for c in spans:
        given = _glued_given_name(line, c) if c.label in _CUT else -1
        if given < 0:
            out.append(c)
            continue
        if c.label != "PER":
            out.append(Candidate(c.start, given, c.label))  # "Chủ tịch tập đoàn Microsoft"
        # A PER loses the word before the given name: "Marine | Barry Halley" is no one.
        out.append(Candidate(given, c.end, "PER"))
    return out


def _glued_given_name(line: Line, c: Candidate) -> int:
    """Where a given name starts the person's name at the end of span c, or -1."""
    if ends_company(line, c.end - 1):
        return -1  # "Lockheed Martin Corp": a company's name ends in its own word
    given = _GIVEN.get(line.gaz)
    if given is None:
        given = _GIVEN[line.gaz] = frozenset(line.gaz.words("given_names"))
    for k in range(c.start + 1, c.end - 1):
        if line.key(k) not in given or not line.cap(k) or not line.foreign(k - 1):
            continue
        if c.label == "PER" and place_at(line, c.start) == k:
            continue  # "Canada | Peter Walsh": the holder's country, left to name_openers
        rest = range(k + 1, c.end)
        if 0 < len(rest) <= _SURNAME_WORDS and all(line.cap(j) for j in rest):
            return k
    return -1
