"""A one-syllable country after a word of location: `đại sứ quán Nga tại [Anh]`.

`Anh` and `Ý` are also a pronoun, a given name and a common word, so the
gazetteer takes them only in a foreign context (countries.ambiguous.txt).
Capitalised in mid-sentence right after `tại`, `ở`, `sang`, `tới` or `đến`,
with no capitalised word after them (`tại Anh Sơn` is a district, `ở Anh
Tuấn` a person), they are where something is or goes: the country.
"""

from __future__ import annotations

from annotator.nlp.rules.lines import Candidate, Line, keys_of

_TO_OR_AT = frozenset(keys_of("tại ở sang tới đến"))


def countries_after_at(line: Line) -> list[Candidate]:
    """LOC candidates for `Anh`, `Ý` right after a lowercase word of location."""
    found = []
    for i in range(1, line.n):
        if line.match(i, "countries_ambiguous") != i + 1 or line.keys[i - 1] not in _TO_OR_AT:
            continue
        if not line.lower(i - 1) or not line.cap(i) or line.cap(i + 1):
            continue
        if line.surface[i + 1 : i + 2] == ["-"]:
            continue  # "ở Anh - chị": a pair of words, not a name
        found.append(Candidate(i, i + 1, "LOC"))
    return found
