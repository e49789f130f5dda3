"""A police or army unit named by its code after a word for its staff: `cán bộ [C14]`.

Ministries of security and defence name their departments and factories by
a letter and a number (`C14`, `A25`, `Z756`). Alone the shape is also a
plane, a road or a model (`A320`, `Z10`), so it is a body only right after a
lowercase word for a unit or its staff (`đơn vị Z756`, `các cán bộ C14`,
`chiến sĩ K02`, `điều tra viên thuộc C16`) or its seat (`trụ sở C14`, `trại
tạm giam T16`); other mentions of the same code in the text follow from
the one found.
"""

from __future__ import annotations

import re

from annotator.nlp.rules.lines import Candidate, Line

_LETTER = re.compile(r"[A-Z]")
_NUMBER = re.compile(r"\d{2,3}")
_STAFF = ("đơn vị", "cán bộ", "chiến sĩ", "sĩ quan", "trinh sát", "điều tra viên", "thuộc")
# Where a unit sits or holds people: "trụ sở C14", "trại tạm giam T16" (news22, news31).
_SEATS = ("trụ sở", "trại", "trại giam", "trại tạm giam")


def unit_codes(line: Line) -> list[Candidate]:
    """ORG candidates for a letter-and-number code right after a lowercase staff word.

    The tokens split the code (`C`, `14`); written glued, they are one word.
    """
    found = []
    surface = line.surface
    for i in range(1, line.n - 1):
        if len(surface[i]) != 1 or not _LETTER.fullmatch(surface[i]) or not line.lower(i - 1):
            continue
        if not _NUMBER.fullmatch(line.surface[i + 1]) or line.gap(i + 1):
            continue
        if line.word(i + 2) and not line.gap(i + 2):
            continue  # "A25B": a longer code
        if line.ending(i, _STAFF) or line.ending(i, _SEATS):
            found.append(Candidate(i, i + 2, "ORG"))
    return found
