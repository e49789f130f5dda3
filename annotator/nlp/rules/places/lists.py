"""LOC: the city written `TP` alone, lists of foreign place names, and places
named beside one after a unit noun.

A city's paper writes its own city as `TP` (`bà con TP`, `lãnh đạo TP`);
war reports list the villages taken as bare transliterated names
(`kiểm soát Lozovoe, Aleksandrovka, Rozovka và Znamenovka`), which no
gazetteer can hold: the list's shape, after a place word or with a known
place in it, makes them places.
"""

from __future__ import annotations

from annotator.nlp.rules.lines import Candidate, Line, keys_of
from annotator.nlp.rules.names import cap_run, is_stop, is_surname
from annotator.nlp.rules.places.listed import place_at
from annotator.nlp.rules.unit_phrases import unit_place


def city_short(line: Line) -> list[Candidate]:
    """`TP` standing alone for the city (`cử tri TP nói chung`): a weak LOC.

    Not before a name or number (`TP Pleiku`, `TP.HCM`: the unit noun of a
    name), and weak so that a body around it (`UBND TP`) keeps it inside.
    """
    found = []
    for i in range(line.n):
        if line.surface[i] != "TP" or line.cap(i + 1) or line.digit(i + 1):
            continue
        if line.surface[i + 1 : i + 2] == ["."] and line.cap(i + 2):
            continue  # "TP. Hà Nội"
        if _unit_pair(line, i):
            continue
        found.append(Candidate(i, i + 1, "LOC", weak=True))
    return found


def _unit_pair(line: Line, i: int) -> bool:
    """`63 tỉnh, TP`, `các tỉnh, TP trực thuộc Trung ương`: `TP` paired with `tỉnh` is the
    unit noun of provinces and cities in general, as `tỉnh, thành phố` spelt out, no city."""
    joined = line.surface[i - 1] in (",", "/") if i > 0 else False
    return line.lower(i - 2) and line.is_(i - 2, "tỉnh") and (joined or line.is_(i - 1, "và"))


# Words right before a list of places: a control verb of war reports, a
# place noun (`khu dân cư bao gồm`), or a listing word after one.
_PLACE_WORDS = tuple(
    [
        "làng",
        "thị trấn",
        "thành phố",
        "khu dân cư",
        "khu vực",
        "điểm dân cư",
        "vùng",
        "tỉnh",
        "huyện",
        "xã",
        "kiểm soát",
        "chiếm",
        "giải phóng",
        "tiến vào",
        "bao vây",
        "pháo kích",
    ]
)
_LINKS = frozenset(keys_of("và cùng"))
_MIN_LIST = 3


def foreign_place_lists(line: Line) -> list[Candidate]:
    """Three or more one-word foreign-shaped names joined by commas and `và`, two of
    them unknown (or one beside two known foreign-shaped places), where a place word
    comes shortly before the list or one member is a known place (`tàu Shinkansen,
    Pháp và Nhật` names one train and two countries).

    `Putin, Biden và Macron` (no place word, no known place) stays out.
    """
    found: list[Candidate] = []
    free = 0
    for i, surface in enumerate(line.surface):
        if i < free or not surface[0].isupper() or not (line.foreign(i) or line.hits(i)):
            continue
        members = _list_at(line, i)
        unknown = sum(1 for k in members if place_at(line, k) < 0)
        # Two known foreign-shaped members vouch for one unknown: the more cities the
        # lists know, the fewer unknown neighbours a list of places has (`Kharkov,
        # Belgorod, Sumy`); countries in Vietnamese spelling do not (`Shinkansen, Pháp
        # và Nhật`).
        known_foreign = sum(1 for k in members if line.foreign(k) and place_at(line, k) > k)
        enough = unknown >= 2 or unknown == 1 and known_foreign >= 2
        if len(members) >= _MIN_LIST and enough and (_placed(line, i) or _has_known(line, members)):
            found += [Candidate(k, k + 1, "LOC", weak=True) for k in members]
        free = members[-1] + 1 if members else i + 1
    return found


def _list_at(line: Line, i: int) -> list[int]:
    """Token indices of the one-word names of a list starting at i (empty when none)."""
    members: list[int] = []
    k = i
    while _member(line, k):
        members.append(k)
        sep = k + 1
        if line.surface[sep : sep + 1] == [","] and line.is_(sep + 1, *_LINKS):
            sep += 1
        if sep < line.n and (line.surface[sep] == "," or line.is_(sep, *_LINKS)):
            k = sep + 1
            continue
        break
    return members


def _member(line: Line, k: int) -> bool:
    """A capitalised one-word name: foreign-shaped or a known place, no capital after it."""
    if not line.cap(k) or line.cap(k + 1) or line.digit(k):
        return False
    return line.foreign(k) or place_at(line, k) == k + 1


def _placed(line: Line, i: int) -> bool:
    """A place word starting among the five words before the list (`khu dân cư bao gồm`)."""
    return any(line.phrase(k, p) > 0 for k in range(max(0, i - 5), i) for p in _PLACE_WORDS)


def _has_known(line: Line, members: list[int]) -> bool:
    """One member of the list is a place the gazetteers know (`Rostov`)."""
    return any(place_at(line, k) == k + 1 for k in members)


# Lists that name something other than places (`các xã A, B` is a list of places,
# `huyện X, ông Y` is not: a name with a family name of three words or more).
_NOT_PLACES = ("bodies", "titles", "org_heads", "media", "honorifics", "events", "posts")


def sibling_places(line: Line) -> list[Candidate]:
    """Places named beside a unit noun's place: the unit above it in brackets
    (`xã Quảng Thạch (Quảng Xương)`), and a sibling of the same unit before the
    unit above or its bracket (`phường Thành Tô và Tràng Cát (quận Hải An)`,
    `xã Tân Phú Trung, Bình Mỹ huyện Củ Chi`, `các xã Thuần Lộc (Hậu Lộc), Tế
    Tân (Nông Cống)`). Weak: any rule's longer span wins."""
    found: list[Candidate] = []
    for i in line.listed():
        if not line.lower(i) or line.match(i, "place_units") <= i:
            continue
        end, _, name_end = unit_place(line, i, bare=False, persons=False)
        j = name_end if end > i else -1
        while 0 < j < line.n:
            name = _sibling(line, j)
            if name < 0 and line.foreign(j - 1):
                name = _foreign_sibling(line, j)
            if name <= j:
                break
            start = j + 1
            found.append(Candidate(start, name, "LOC", weak=True))
            j = name + 1 if line.surface[j] == "(" else name
    return found


def _sibling(line: Line, j: int) -> int:
    """End of the place named at j + 1 after `(`, `,` or `và` at j, or -1."""
    bracket = line.surface[j] == "("
    if not (bracket or line.surface[j] == "," or line.is_(j, "và")):
        return -1
    end = _plain_name(line, j + 1)
    if end < 0:
        return -1
    if bracket:
        return end if line.surface[end : end + 1] == [")"] else -1
    beside = line.surface[end : end + 1] in (["("], [";"]) or line.match(end, "place_units") > end
    return end if beside or _list_goes_on(line, end) else -1


# Marks that close a list of names: the sentence or clause ends after its last member.
_LIST_ENDS = frozenset('.;:!?)"”')


def _list_goes_on(line: Line, end: int) -> bool:
    """`phường Bình An, Bình Khánh.`, `xã A, B và C,`: the list goes on to a further
    member or ends with the clause, so the name at its end is one more sibling, not
    the subject of a new clause (`xã Tân Lập, Hòa nói`)."""
    if end >= line.n or line.surface[end] in _LIST_ENDS:
        return True
    following = end + 1
    joined = line.surface[end] == "," or line.is_(end, "và")
    return joined and _plain_name(line, following) > following


def _foreign_sibling(line: Line, j: int) -> int:
    """`thành phố Slavyansk và Kramatorsk`: one foreign-shaped word that no list knows,
    joined to a foreign place, ending the phrase; its end, or -1."""
    k = j + 1
    joined = line.surface[j] == "," or line.is_(j, "và")
    if not joined or not line.foreign(k) or line.hits(k) or line.cap(k + 1):
        return -1
    return k + 1 if not line.word(k + 1) else -1  # not "... và Zelensky nói"


def _plain_name(line: Line, k: int, *, streets: bool = False) -> int:
    """End of one to three capitalised Vietnamese words at k that no list names
    otherwise and that are no person's full name (unless `streets`, where a
    person's name names a street: `Hoàng Hoa Thám`), or -1."""
    end = cap_run(line, k, 3)
    if end <= k or line.cap(end) or any(line.surface[m].isupper() for m in range(k, end)):
        return -1
    person = end - k >= 3 and is_surname(line, k) and not streets
    if person or any(line.foreign(m) for m in range(k, end)):
        return -1
    if any(line.match(m, *_NOT_PLACES) > m for m in range(k, end)):
        return -1
    return end


# Words before a road or rail line named by the places it joins.
_ROUTE_WORDS = frozenset(keys_of("đoạn tuyến"))
_ROADS = ("quốc lộ", "tỉnh lộ", "đường tỉnh", "QL")
# Street corners, named by the streets that cross there (`ngã tư Trần Não – Lương Định Của`).
_CORNERS = ("ngã ba", "ngã tư", "ngã năm", "ngã sáu", "giao lộ", "nút giao")
_ROUTE_FIRST = _ROUTE_WORDS | frozenset(keys_of("quốc tỉnh đường ql ngã giao nút"))


def route_places(line: Line) -> list[Candidate]:
    """`quốc lộ 2` (a numbered road, the noun inside as in `quận 2`) and the places a
    section, a line or a street corner joins (`đoạn Đoan Hùng - Thanh Thủy`, `tuyến số 2
    Nội Bài - Nam Thăng Long - Thượng Đình`, `ngã tư Trần Não – Lương Định Của`): street
    names after a family name are places here."""
    found = []
    for i, key in enumerate(line.keys):
        if key not in _ROUTE_FIRST:
            continue
        corner = line.longest(i, _CORNERS)
        if key in _ROUTE_WORDS or corner > i:
            found += _route_chain(line, max(i + 1, corner))
        else:
            end = max(line.phrase(i, road) for road in _ROADS)
            if end > i and line.digit(end) and _road_number(line.surface[end]):
                found.append(Candidate(i, _branch(line, end + 1), "LOC"))
    return found


def _road_number(word: str) -> bool:
    """`2`, `18`, `1A`: a road's number, a branch letter glued to it."""
    return word.isdigit() or (len(word) > 1 and word[:-1].isdigit() and word[-1].isupper())


def _branch(line: Line, end: int) -> int:
    """`quốc lộ 14 | B` (news11): a branch letter, spaced, after the road's number."""
    letter = line.surface[end] if end < line.n else ""
    alone = end + 1 >= line.n or not line.cap(end + 1)
    return end + 1 if len(letter) == 1 and letter.isupper() and alone else end


def _route_chain(line: Line, k: int) -> list[Candidate]:
    """The places joined by dashes a few words after a route word: two right after
    it, three further on (`tuyến đường sắt đô thị số 2 Nội Bài - ...`)."""
    for start in range(k, min(line.n, k + 8)):
        if not line.cap(start):
            continue
        members = []
        j = start
        while True:
            end = max(_plain_name(line, j, streets=True), place_at(line, j))
            if end <= j or end == j + 1 and line.lower(end) and not is_stop(line, end):
                break  # "Vành đai 2,5": one capital word that goes on in lower case
            members.append(Candidate(j, end, "LOC"))
            if line.surface[end : end + 1] not in (["-"], ["–"]) or not _even_dash(line, end):
                break
            j = end + 1
        return members if len(members) >= (2 if start == k else 3) else []
    return []


def _even_dash(line: Line, dash: int) -> bool:
    """A dash spaced on both sides or glued on both (`Trung Lương-Mỹ Thuận`), as between
    two places a route joins; not one glued on one side only (`Hà Nội -2`)."""
    return line.gap(dash) == line.gap(dash + 1)
