"""A state joined by a hyphen to another state's short form is no LOC: `quan hệ Việt - Mỹ`.

The guidelines leave a hyphenated pair of short forms unmarked outside an
event (`quan hệ Việt - Mỹ`, `hai nước Trung - Việt`, `căng thẳng Mỹ-Trung`);
a pair of full names is two LOCs (`quan hệ [Việt Nam] - [Hoa Kỳ]`). `Mỹ`
is also a full name, so the rules read it as a place beside the bare
`Việt`: at blind time `quan hệ Việt - [Mỹ]` was a false LOC in news9, news11
and news13 (seven lines, all still wrong before this rule). The short
forms are a closed class: the first syllable of a state's name used alone
for the state in a pair. One followed or preceded by a capitalised word is
part of a name (`Việt Nam`, `Đại Cồ Việt - Thượng Đình`, `Thái Bình`) and
makes no pair.
"""

from __future__ import annotations

from annotator.nlp.rules.lines import Candidate, Line

# Short forms of states that stand for the state only in a hyphenated pair.
# `Mỹ`, `Nga`, `Lào` are full names: `Nga - Mỹ` is two places.
SHORT_FORMS = ("Việt", "Trung", "Nhật", "Hàn", "Triều", "Xô", "Ấn", "Thái", "Miên")


def drop_short_pairs(line: Line, spans: list[Candidate]) -> list[Candidate]:
    """The spans without a one-word LOC joined by a hyphen to a short form."""
    return [c for c in spans if not (c.label == "LOC" and _in_pair(line, c))]


def _in_pair(line: Line, c: Candidate) -> bool:
    if c.end - c.start != 1:
        return False  # "Việt Nam - Hoa Kỳ": full names, two places
    before = c.start - 2
    if line.is_(c.start - 1, "-") and line.is_(before, *SHORT_FORMS):
        return not line.cap(before - 1)
    after = c.end + 1
    if line.is_(c.end, "-") and line.is_(after, *SHORT_FORMS):
        return not line.cap(after + 1)
    return False
