"""Addresses: a street after a house number, and numbered units of a town.

A street is often named after a person (`số 15 Nguyễn Trãi`), so nothing in
the name says it is a place; the house number before it does. After `số`,
`ở`, `tại` or `nhà` and a house number (`83`, `44A`, `12/3`), the
capitalised name of two to four words is a LOC without the number, as the gold marks it
(`số 585 [Nguyễn Trãi], phường 7`), unless a gazetteer reads it as a body
or a post (`ở 3 Bộ`).

A residential unit or a road numbered instead of named (`tổ dân phố 2`,
`tiểu khu 158B`, `khu phố 3`, `tuyến [đường 608]`) is one LOC with its noun
inside, as `quận 3` and `quốc lộ 18` are. A count of something else
(`đường 2 làn`, `ấp 3 ngày`) goes on in lower case and is left alone.

A numbered district or ward written short (`Q.1`, `P.7`) in an address, after
a comma or a bracket, is a LOC as `quận 1` is (`95 Nguyễn Thị Minh Khai, [Q.1]`,
`(văn phòng luật sư X, [Q.3], TP.HCM)`; missed blind in news22 and news26).
After a body it names which one and stays inside the ORG (`district_numbers`).
"""

from __future__ import annotations

import re

from annotator.nlp.rules.lines import Candidate, Line
from annotator.nlp.rules.names import cap_run, is_stop
from annotator.nlp.rules.places.district_numbers import numbered_district

# `83`, `44A`, `12/3`, `158B`, a block of numbers `8-12`: no measure (`42km`), no
# decimal or thousands mark.
_NUMBER = re.compile(r"^\d{1,4}[A-Z]{0,2}(/\d{1,4}[A-Z]?)*(-\d{1,4}[A-Z]?)?$")
# Words right before a house number that make the name after it an address
# (`khu đất 8-12 Lê Duẩn`: a plot by its numbers, news9).
_ADDRESS_CUES = ("số", "ở", "tại", "nhà", "đất")
# Gazetteer kinds that make a capitalised word after a number no street.
_NOT_STREETS = (
    "bodies",
    "ministries",
    "org_heads",
    "titles",
    "posts",
    "venue_heads",
    "place_units",
    "time_words",
)
# Unit nouns numbered instead of named.
_UNITS = ("tổ dân phố", "tiểu khu", "khu phố", "ấp", "khóm", "thôn", "xóm", "đường")


def addresses(line: Line) -> list[Candidate]:
    """Streets after a house number and numbered units, as LOC candidates."""
    return _streets(line) + _numbered_units(line) + _short_districts(line)


def _house_number(line: Line, i: int) -> bool:
    """A house or unit number, not a measure, a sum or a score (`tỷ số 2-1`)."""
    if not line.digit(i) or not _NUMBER.match(line.surface[i]):
        return False
    low, _, high = line.surface[i].partition("-")
    if not high:
        return True
    first, last = int(re.sub(r"\D.*", "", low)), int(re.sub(r"\D.*", "", high))
    return first < last and not line.is_(i - 2, "tỷ")  # a block `8-12`, not a score


def _streets(line: Line) -> list[Candidate]:
    found = []
    for i in range(1, line.n - 1):
        if not _house_number(line, i) or not line.is_(i - 1, *_ADDRESS_CUES):
            continue
        start = i + 1
        if not line.cap(start) or line.foreign(start) or line.match(start, *_NOT_STREETS) > start:
            continue
        end = cap_run(line, start, 4)
        if end - start < 2 or line.cap(end):
            continue  # one-word streets (`số 5 Tràng Tiền` has two) read like anything
        found.append(Candidate(start, end, "LOC"))
    return found


def _numbered_units(line: Line) -> list[Candidate]:
    found = []
    for i in line.starting(_UNITS):
        if not line.lower(i) and not (line.cap(i) and line.lower(i + 1)):
            continue
        end = line.longest(i, _UNITS)
        if end <= i or not _house_number(line, end) or not _clean_end(line, end + 1):
            continue
        found.append(Candidate(i, end + 1, "LOC"))
    return found


def _clean_end(line: Line, end: int) -> bool:
    """The name or number stops at punctuation, the line's end or a grammar word."""
    if end >= line.n or not line.word(end):
        return True
    return line.lower(end) and is_stop(line, end)


def _short_districts(line: Line) -> list[Candidate]:
    """`, Q.1`, `(Q.3,`: a short numbered district or ward listed in an address."""
    return [
        Candidate(i, i + 1, "LOC")
        for i in range(1, line.n)
        if line.surface[i - 1] in (",", "(") and numbered_district(line, i) == i + 1
    ]
