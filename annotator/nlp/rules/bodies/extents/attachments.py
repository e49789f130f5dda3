"""What follows a body's name and belongs to it: a term, a region, a counted group of
places, the congress of a presidium, a unit's name, the place of a party committee.

`bodies/orgs.py` tries these one step at a time after a body's core name.
"""

from __future__ import annotations

from annotator.nlp.rules.bodies.body_phrases import acronym_aside
from annotator.nlp.rules.bodies.forms.bracket_aliases import alias_aside
from annotator.nlp.rules.lines import Line, keys_of
from annotator.nlp.rules.names import cap_run, name_after
from annotator.nlp.rules.places.listed import place_at

# How the press writes the Party's Central Committee; its term may follow bare.
CENTRAL = ("Trung ương", "TƯ", "T.Ư", "TW")


def term(line: Line, i: int) -> int:
    """`khóa XV`, `khóa 10`, `khóa mới`, `nhiệm kỳ VI` after a body, post or event; the
    Central Committee's term also bare (`BCH T.Ư IX`, `Ban Chấp hành Trung ương X`)."""
    if line.is_(i, "khóa") and (line.roman(i + 1) or line.digit(i + 1) or line.is_(i + 1, "mới")):
        return i + 2
    if line.phrase(i, "nhiệm kỳ") > 0 and line.roman(i + 2):
        return i + 3  # "Ban chấp hành nhiệm kỳ VI"; a span of years is its own DATE
    if line.roman(i) and line.ending(i, CENTRAL):
        return i + 1
    return -1


def counted_places(line: Line, i: int) -> int:
    """`UBND | 5 tỉnh Tây Nguyên`: the bodies of a counted group of places named by their
    region, or -1; a count without a name (`UBND 3 xã`) or with the places listed is
    no place of the body."""
    if not (line.digit(i) and line.surface[i].isdigit() and len(line.surface[i]) <= 2):
        return -1
    unit = line.match(i + 1, "place_units")
    end = place_at(line, unit) if unit > i + 1 and line.cap(unit) else -1
    listed = line.is_(end, "và") or line.surface[end : end + 1] == [","]
    return -1 if listed else end  # "Công an 2 tỉnh | Hà Tĩnh và Nghệ An": the places listed


def region_served(line: Line, i: int) -> int:
    """`Cảng vụ hàng không | miền Bắc`: the region a body's field in lowercase serves, or -1;
    not after a unit noun (`các tỉnh | miền Trung`)."""
    if not line.lower(i - 1) or line.match(i - 1, "place_units") == i:
        return -1
    served = tuple(line.keys[i : i + 2]) in line.gaz.by_kind["country_regions"]
    return i + 2 if served else -1


# Bodies a congress or session elects to run itself: "Đoàn Chủ tịch Đại hội".
_PRESIDIA = ("Đoàn Chủ tịch", "Đoàn Thư ký", "Ban Kiểm phiếu", "Ban Thư ký")
_MEETINGS = ("Đại hội", "Hội nghị", "kỳ họp")


def meeting_of(line: Line, i: int) -> int:
    """`Đại hội` after `Đoàn Chủ tịch`: the congress whose presidium it is joins the ORG."""
    if not line.ending(i, _PRESIDIA):
        return -1
    return line.longest(i, _MEETINGS)


def unit_name(line: Line, i: int) -> int:
    """`Đoàn Kết` after `Ban chỉ huy quân sự phường`: a body that ends in a unit noun takes its
    name, or its number in a city (`Công an quận 5`)."""
    if i < 1 or line.match(i - 1, "place_units") != i:
        return -1
    if line.is_(i - 1, "quận", "phường") and line.digit(i) and line.surface[i].isdigit():
        return i + 1
    if not line.cap(i):
        return -1
    return max(name_after(line, i), place_at(line, i))


_COMMANDS = ("Bộ Chỉ huy", "Bộ Tư lệnh")


def command_region(line: Line, i: int, end: int) -> int:
    """`Bộ chỉ huy Mỹ | tại Ấn Độ Dương-Thái Bình Dương`: a state's military command keeps
    the region it holds after `tại`; any other body's `tại` is where something happens."""
    if not line.longest(i, _COMMANDS) > i or not line.is_(end, "tại"):
        return end
    return max(end, place_at(line, end + 1)) if place_at(line, end - 1) == end else end


# Heads of outlets and broadcasters, whose own abbreviation is an outlet's name too.
OUTLETS = ("Đài", "Báo", "Hãng", "Tạp chí", "Thông tấn xã")


def own_acronym(line: Line, end: int, *, outlet: bool = False) -> int:
    """`Tổ chức Thương mại Thế giới (WTO)`: a body's abbreviation in brackets after
    its name belongs to it, before a spaced dash aside too (`Tổng công ty Điện lực Việt
    Nam (EVN) - tổng công ty lớn thứ 3`); an outlet's signature (`Đảng (NLĐ)- Sáng`),
    its dash glued to the bracket, does not, nor does a city in brackets (`Báo Tuổi Trẻ
    ([TPHCM])`: a LOC in every gold file)."""
    aside = max(acronym_aside(line, end), alias_aside(line, end))
    if (
        aside < 0
        or (line.match(end + 1, "media") == end + 2 and not outlet)
        or place_at(line, end + 1) == aside - 1
        or (line.surface[aside : aside + 1] == ["-"] and not line.gap(aside))
    ):
        return end
    return aside


def ends_in_place(line: Line, i: int, end: int) -> bool:
    """`quân đội Trung Quốc | Yue Gang`: a name after the body's place is a person's."""
    return any(place_at(line, k) == end for k in range(max(i + 1, end - 4), end))


# Bodies of a place: a two-word name right after them is the place, even when
# its first word is a family name ("Huyện ủy Vũ Quang", "đảng ủy Đức Giang").
_PLACE_BODIES = frozenset(keys_of("ủy ubnd hđnd"))
_COMMITTEE = frozenset(keys_of("ủy"))


def place_of_committee(line: Line, end: int) -> int:
    """End of `Vũ Quang` after `Huyện ủy`: two capitalised words and no third, or -1."""
    if line.key(end - 1) not in _PLACE_BODIES:
        return -1
    run = cap_run(line, end, 3)
    if line.foreign(end):
        # "Tỉnh ủy Holguin", "Tỉnh ủy Villa Clara": a party committee abroad names its province.
        return run if line.key(end - 1) in _COMMITTEE and end < run <= end + 2 else -1
    return end + 2 if run == end + 2 else -1


# Heads of the committees an assembly sets up, written before their field.
_COMMITTEE_HEADS = ("Ủy ban", "UB")


def assembly_owner(line: Line, i: int, end: int) -> int:
    """`Ủy ban Pháp luật | của Quốc hội`: a named committee keeps the assembly it belongs to.

    The gold marks the committee with `của Quốc hội` as one ORG (news14, news27,
    heldout), as it keeps it in its chairman's post (news8, news12, news19,
    news23); the rules cut it at `của` and left the assembly a body of its own.
    A bare head (`các Ủy ban của Quốc hội`) is the committees in general, and
    an ad hoc one (`Ủy ban lâm thời`) with no remit after it names no committee
    of its own: only the assembly is one there.
    """
    head = line.longest(i, _COMMITTEE_HEADS)
    if head < 0 or end <= head or not line.cap(head) or not line.is_(end, "của"):
        return end
    owner = line.phrase(end + 1, "Quốc hội")
    return owner if owner > end else end
