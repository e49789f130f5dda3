"""`(Quỳnh Lưu, Nghệ An)`: the district and province in brackets after a commune or a person.

Local news places a commune or a resident by the district and the province
in brackets (`xã Thạnh Tân (Tân Phước, Tiền Giang)`, `ông A (Quỳnh Lưu,
Nghệ An)`); the gold makes both LOC (`(thị xã Điện Bàn, Quảng Nam)`). The
province is in the gazetteer; the district before it is named by the
bracket's shape: one to three capitalised words no list knows otherwise.
"""

from __future__ import annotations

from annotator.nlp.rules.lines import Candidate, Line
from annotator.nlp.rules.names import cap_run, is_surname

# Lists whose words make the bracket something else: a source, a body, a person's post.
_OTHER = ("media", "bodies", "org_heads", "titles", "posts", "honorifics", "not_names")


def district_in_brackets(line: Line) -> list[Candidate]:
    """Weak LOC spans for the district of `(District, Province)`."""
    found = []
    for j in range(line.n - 4):
        if line.surface[j] != "(":
            continue
        end = cap_run(line, j + 1, 3)
        if end <= j + 1 or line.surface[end : end + 1] != [","] or not _plain(line, j + 1, end):
            continue
        province = line.match(end + 1, "places")
        if province > end + 1 and line.surface[province : province + 1] == [")"]:
            found.append(Candidate(j + 1, end, "LOC", weak=True))
    return found


def _plain(line: Line, start: int, end: int) -> bool:
    """Capitalised Vietnamese words, no person's full name, no listed body or source."""
    if any(line.surface[k].isupper() or line.foreign(k) for k in range(start, end)):
        return False
    if end - start >= 3 and is_surname(line, start):
        return False
    return not any(line.match(k, *_OTHER) > k for k in range(start, end))
