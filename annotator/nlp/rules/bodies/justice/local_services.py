"""ORG: a state service written in lowercase right before the place it serves.

`[thanh tra Hà Nội] cũng phát hiện sai phạm` (news10), `phụ trách cơ quan
[thanh tra TP HCM]` (news17), `[công an Hà Nội] đã bắt giữ`: older house
styles write the inspectorate, police, courts, procuracy, customs and forest
rangers of a province in lowercase and name the province with no level noun
between them. The gold marks the service with its place as one ORG (the place
is who it belongs to, as in `[công an tỉnh Khánh Hòa]`); the rules marked the
place alone, a LOC. A level noun may stand between them (`[toà án huyện Mỹ
Xuyên]`, `[cơ quan thi hành án huyện Mỹ Xuyên]`, news23), and a foreign state's
police is named so by its country (`[cảnh sát Áo]`, news24). The kind is a
closed class of services that every province has; the place must be a listed
one, written in capitals, or a name after a level noun.

Lookalikes left alone: the whole sector (`ngành tòa án TP.HCM`, `hệ thống
thanh tra`), any one of many (`một tòa án Phnom Penh`: the place stays a LOC), an inspection as an act (`cuộc thanh tra`, `sẽ thanh tra Hà Nội`:
`thanh tra` is a verb too), one of its men or a count of them (`viên cảnh sát
Mỹ`, `hai công an Hà Nội`), and a capitalised service (`Công an Hà Nội`), which
the body rules find.
"""

from __future__ import annotations

from annotator.nlp.rules.lines import Candidate, Line
from annotator.nlp.rules.places.listed import place_at
from annotator.nlp.rules.unit_phrases import unit_place

# State services with a branch in every province, written in lowercase; a state's
# police by its country (`[cảnh sát Áo] khởi tố`, news24).
_SERVICES: tuple[str, ...] = (
    "thanh tra",
    "công an",
    "tòa án",
    "toà án",
    "viện kiểm sát",
    "hải quan",
    "kiểm lâm",
)
_SERVICES += ("cơ quan thi hành án", "cảnh sát")
# Words before a service that make it a sector, a team or any one of many, not one body,
# or one of its men (`viên cảnh sát Mỹ`, `hai công an Hà Nội`).
_SECTORS: tuple[str, ...] = (
    "ngành",
    "hệ thống",
    "đoàn",
    "lực lượng",
    "một",
    "các",
    "những",
    "nhiều",
)
_SECTORS += ("viên", "người", "hai", "ba", "vài", "chiến sĩ", "anh", "chị")
# Words before `thanh tra` that make it an inspection or the verb `inspect`.
_INSPECTING = (
    "cuộc",
    "đợt",
    "kết luận",
    "sẽ",
    "đã",
    "đang",
    "được",
    "bị",
    "để",
    "cần",
    "phải",
    "vừa",
    "mới",
    "không",
    "chưa",
    "tiến hành",
    "tiếp tục",
)


def local_services(line: Line) -> list[Candidate]:
    """The line's lowercase services named with their place (`thanh tra Hà Nội`)."""
    found = []
    for word in ("thanh", "công", "tòa", "viện", "hải", "kiểm", "cơ", "cảnh"):
        for i in line.where(word):
            end = _service_with_place(line, i)
            if end > i:
                found.append(Candidate(i, end, "ORG"))
    return found


def _service_with_place(line: Line, i: int) -> int:
    """End of the place after a lowercase service at i, or -1."""
    kind = line.longest(i, _SERVICES)
    if kind < 0 or not line.lower(i) or _not_a_body(line, i):
        return -1
    # Through a level noun too: `[toà án huyện Mỹ Xuyên]`, `[cơ quan thi hành án huyện …]` (news23).
    return max(place_at(line, kind), unit_place(line, kind, bare=False)[0])


def _not_a_body(line: Line, i: int) -> bool:
    """A sector, team or plural word right before the service, or an act's word before
    `thanh tra`."""
    if line.ending(i, _SECTORS) or line.digit(i - 1):
        return True
    return line.is_(i, "thanh") and line.ending(i, _INSPECTING)
