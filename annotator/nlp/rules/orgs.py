"""ORG names: a body's core name and what attaches to it (place, term, parent body).

Titles (`rules/bodies.py`) and events and documents use `org` to find where a
body named after them ends.
"""

from __future__ import annotations

from annotator.nlp.rules.body_names import (
    english_tail,
    field_name,
    title_cased_on,
    whole_field,
)
from annotator.nlp.rules.bracket_aliases import alias_aside
from annotator.nlp.rules.branches import branch_name
from annotator.nlp.rules.counted_numbers import counts_time
from annotator.nlp.rules.district_numbers import numbered_district
from annotator.nlp.rules.double_provinces import comma_province
from annotator.nlp.rules.events.inquiries import remit_end
from annotator.nlp.rules.foreign import ambiguous_country, foreign_press
from annotator.nlp.rules.lines import Line, keys_of
from annotator.nlp.rules.lowercase import (
    AMOUNTS,
    DESCRIBED,
    described,
    joined_part,
    joins_names,
    lower_fields,
    lower_run,
    lowercase_body,
    lowercase_name,
    title_case_words,
)
from annotator.nlp.rules.names import (
    acronym_aside,
    cap_run,
    is_surname,
    level_suffix,
    name_after,
    person_run,
    place_at,
    topic,
    unit_place,
)
from annotator.nlp.rules.party_blocs import bloc_name
from annotator.nlp.rules.sections import (
    person_next,
    unit_number,
)
from annotator.nlp.rules.steering import steering_remit
from annotator.nlp.rules.trial_panels import trial_instance


def org_core(line: Line, i: int, *, loose: bool) -> int:
    """End of an organisation's name at i without its place, or -1.

    `loose` is used after a title, where heads and names may be lowercase.
    """
    if not (line.cap(i) or (loose and line.word(i))):
        return lowercase_body(line, i)
    if foreign_press(line, i) > 0:
        return -1  # "Đài | CNN": the outlet is its name alone
    if i > 0 and line.lower(i - 1) and line.match(i - 1, "place_units") == i:
        return -1  # "phường Đoàn Kết": a name after a unit noun is the place's
    best = line.match(i, "media", "bodies")
    if best > i:
        return _listed_body_end(line, i, best)
    for head in line.match_all(i, "org_heads"):
        if _no_name_after(line, i, head):
            continue
        described_head = line.cap(i) and line.key(i) in DESCRIBED
        if line.match(head, "sectors") > head:
            field = field_name(line, i, head, loose=loose)
            best = max(best, lower_fields(line, field) if described_head and field > 0 else field)
        elif loose and _holder_after(line, head, person_run(line, head)):
            best = max(best, head)  # "Tổng Giám đốc Tổng Công ty | Nguyễn Hữu Bằng"
        else:
            best = max(best, _head_name(line, i, head, loose=loose))
    return best


def _listed_body_end(line: Line, i: int, best: int) -> int:
    """End of a listed body or outlet ending at best, with its number, field or title-cased
    rest; an outlet's section is no more of its name."""
    listed = line.match(i, "bodies") == best
    best = max(best, _company_number(line, best) if listed else -1, _ministry_field(line, best))
    best = whole_field(line, i + 1, best) if listed else best  # "Ủy ban Kinh tế | – Ngân sách"
    return max(unit_number(line, best), title_cased_on(line, best) if listed else -1)


def _head_name(line: Line, i: int, head: int, *, loose: bool) -> int:
    """End of the name after an organisation's head word ending at head, or -1."""
    described_head = line.cap(i) and line.key(i) in DESCRIBED
    name = name_after(line, head, 5)
    if (
        name == head + 1
        and line.lower(name)
        and not line.surface[head].isupper()
        and not line.foreign(head)
        and not (place_at(line, head) > head and line.phrase(i, "lực lượng") == head)
    ):
        # A capitalised word cut short ("Viện Khoa" of "Viện Khoa học"):
        # the name goes on in lowercase, or it is not a name at all.
        rest = lower_run(line, name, 6)
        name = title_case_words(line, rest) if rest > name else -1
    name = _second_part(line, head, whole_field(line, head, name))
    if loose:
        name = max(name, lowercase_name(line, head))
    elif line.cap(i) and line.key(i) in DESCRIBED and not line.is_(i - 1, "các"):
        name = max(name, described(line, head))
    if name > head and described_head:
        name = lower_fields(line, name)  # "Viện nghiên cứu xã hội, kinh tế và môi trường"
    if name > head and line.digit(name) and line.surface[name].isdigit():
        name += 0 if line.is_(name + 1, *AMOUNTS) else 1  # not "quản trị | 5 triệu"
    elif name < 0 and line.surface[head : head + 1] and line.surface[head].isdigit():
        name = head + 1
    elif name < 0 and line.match(head, "place_units") > head:
        name = head
    return name


def _no_name_after(line: Line, i: int, head: int) -> bool:
    """A head at i whose words after it name no body here."""
    if not line.cap(i) and head == i + 1 and not line.cap(head):
        return True  # "ban hành", "phòng chống": a one-syllable head in lowercase
    if line.phrase(i, "lực lượng") == head and not line.cap(head):
        return True  # "Lực lượng công an", "lực lượng chức năng": a kind of force, no name
    return line.is_(i, "ĐH") and line.match(i, "events") > head  # "ĐH Đảng bộ": a congress


def _second_part(line: Line, head: int, name: int) -> int:
    """End of a name's second part after a dash or `và` (`Ban Tư tưởng - Văn hóa`,
    `Báo chí và Tuyên truyền`, `... và Kiểm soát Dịch bệnh`), or `name`."""
    if name > head and _dashed_part(line, name):
        name = max(name, title_cased_on(line, name))
    if name > head and joins_names(line, name):
        name = max(name, joined_part(line, name + 1))
        name = max(name, title_cased_on(line, name))
    return name


def term(line: Line, i: int) -> int:
    """`khóa XV`, `khóa 10`, `khóa mới`, `nhiệm kỳ VI` after a body, post or event."""
    if line.is_(i, "khóa") and (line.roman(i + 1) or line.digit(i + 1) or line.is_(i + 1, "mới")):
        return i + 2
    if line.phrase(i, "nhiệm kỳ") > 0 and line.roman(i + 2):
        return i + 3  # "Ban chấp hành nhiệm kỳ VI"; a span of years is its own DATE
    return -1


def extension(line: Line, i: int, *, role: bool) -> int:
    """One step of what may follow a body: another body, a place, a term."""
    steps = [
        _core_not_person(line, i),
        line.match(i, "bodies"),
        unit_place(line, i, bare=True)[0],
        place_at(line, i),
        comma_province(line, i),
        trial_instance(line, i),
        branch_name(line, i),
        bloc_name(line, i),
        term(line, i),
        line.phrase(i, "Trung ương Đảng"),
        line.phrase(i, "Trung ương"),
        line.phrase(i, "tối cao"),
        line.phrase(i, "quốc gia"),
        _unit_name(line, i),
        _meeting_of(line, i),
        _region(line, i),
        _counted_places(line, i),
        numbered_district(line, i),
    ]
    if role:
        steps.append(level_suffix(line, i))
        if line.is_(i, "của"):
            steps.append(org(line, i + 1, loose=True, role=True))
    return max(steps)


def _counted_places(line: Line, i: int) -> int:
    """`UBND | 5 tỉnh Tây Nguyên`: the bodies of a counted group of places named by their
    region, or -1; a count without a name (`UBND 3 xã`) or with the places listed is
    no place of the body."""
    if not (line.digit(i) and line.surface[i].isdigit() and len(line.surface[i]) <= 2):
        return -1
    unit = line.match(i + 1, "place_units")
    end = place_at(line, unit) if unit > i + 1 and line.cap(unit) else -1
    listed = line.is_(end, "và") or line.surface[end : end + 1] == [","]
    return -1 if listed else end  # "Công an 2 tỉnh | Hà Tĩnh và Nghệ An": the places listed


_REGIONS = ("miền Bắc", "miền Nam", "miền Trung", "miền Đông", "miền Tây")


def _region(line: Line, i: int) -> int:
    """`Cảng vụ hàng không | miền Bắc`: the region a body's field in lowercase serves, or -1;
    not after a unit noun (`các tỉnh | miền Trung`)."""
    if not line.is_(i, "miền") or not line.lower(i - 1) or line.match(i - 1, "place_units") == i:
        return -1
    return max(line.phrase(i, r) for r in _REGIONS)


# Bodies a congress or session elects to run itself: "Đoàn Chủ tịch Đại hội".
_PRESIDIA = ("Đoàn Chủ tịch", "Đoàn Thư ký", "Ban Kiểm phiếu", "Ban Thư ký")
_MEETINGS = ("Đại hội", "Hội nghị", "kỳ họp")


def _meeting_of(line: Line, i: int) -> int:
    """`Đại hội` after `Đoàn Chủ tịch`: the congress whose presidium it is joins the ORG."""
    if not line.ending(i, _PRESIDIA):
        return -1
    return line.longest(i, _MEETINGS)


def _unit_name(line: Line, i: int) -> int:
    """`Đoàn Kết` after `Ban chỉ huy quân sự phường`: a body that ends in a unit noun takes its
    name, or its number in a city (`Công an quận 5`)."""
    if i < 1 or line.match(i - 1, "place_units") != i:
        return -1
    if line.is_(i - 1, "quận", "phường") and line.digit(i) and line.surface[i].isdigit():
        return i + 1
    if not line.cap(i):
        return -1
    return max(name_after(line, i), place_at(line, i))


def org(line: Line, i: int, *, loose: bool, role: bool = False) -> int:
    """End of a body with everything attached to it (place, term, parent), or -1."""
    return line.remembered(("org", i, loose, role), lambda: _org(line, i, loose=loose, role=role))


def _core_not_person(line: Line, i: int, *, loose: bool = False) -> int:
    """`org_core` at i, unless it is a person's full name (`Đoàn Văn Dân`): then -1."""
    end = org_core(line, i, loose=loose)
    if end < 0 or (end >= i + 3 and person_next(line, i) and person_run(line, i) == end):
        return -1  # "Đoàn Anh Tuấn": a family name that is also an org head
    return end


def _org(line: Line, i: int, *, loose: bool, role: bool) -> int:
    end = _core_not_person(line, i, loose=loose)
    if end < 0:
        return -1
    for _ in range(8):
        step = extension(line, end, role=role)
        aside = acronym_aside(line, end)
        if step <= end and aside > end:
            step = extension(line, aside, role=role)
        if step <= end:
            break
        end = step
    if end - 1 > i and counts_time(line, end - 1):
        end -= 1  # "Điện Kremlin | 2 nhiệm kỳ": the number counts the time
    end = _parent_across_dash(line, i, end)
    if line.phrase(i, "Ban Chỉ đạo") > 0 and topic(line, end) > end:
        # "Ban Chỉ đạo phòng, chống dịch Covid-19 tỉnh Bắc Ninh"
        end = topic(line, end)
        end = max(end, unit_place(line, end, bare=False)[0], place_at(line, end))
    end = remit_end(line, i, _command_region(line, i, steering_remit(line, i, end)))
    tail = max(name_after(line, end, 3), _place_of_committee(line, end))
    country = ambiguous_country(line, end)
    if country > end and line.foreign(country):
        tail = country  # "Bộ Ngoại giao Anh | Nigel Adams": the state, then its minister
    abroad = line.foreign(end) and _place_of_committee(line, end) > 0
    cut_word = tail == end + 1 and line.lower(tail) and not abroad
    # "Hạ viện Mỹ Dennis Hastert": a foreign name after a body is a person's.
    person = (line.foreign(end) or _ends_in_place(line, i, end)) and not abroad
    if tail > end and not cut_word and not person and line.match(end, "titles", "org_heads") < 0:
        end = tail
    return _own_acronym(line, english_tail(line, end), outlet=line.is_(i, *_OUTLETS))


_COMMANDS = ("Bộ Chỉ huy", "Bộ Tư lệnh")


def _command_region(line: Line, i: int, end: int) -> int:
    """`Bộ chỉ huy Mỹ | tại Ấn Độ Dương-Thái Bình Dương`: a state's military command keeps
    the region it holds after `tại`; any other body's `tại` is where something happens."""
    if not line.longest(i, _COMMANDS) > i or not line.is_(end, "tại"):
        return end
    return max(end, place_at(line, end + 1)) if place_at(line, end - 1) == end else end


# Heads of outlets and broadcasters, whose own abbreviation is an outlet's name too.
_OUTLETS = ("Đài", "Báo", "Hãng", "Tạp chí", "Thông tấn xã")


def _own_acronym(line: Line, end: int, *, outlet: bool = False) -> int:
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


def _ministry_field(line: Line, end: int) -> int:
    """`Thanh tra Bộ | GTVT`, `Ban Cán sự Đảng bộ | GTVT`: a listed body ending in `Bộ`
    or `Sở` takes the field that names which one, or -1."""
    if not line.is_(end - 1, "bộ", "sở") or not line.surface[end : end + 1]:
        return -1
    field = line.match(end, "sectors")
    return field if field > end and line.cap(end) else -1


def _dashed_part(line: Line, end: int) -> bool:
    """A dash after a body's name and a second part of it, not another body's head
    (`Ban Tư tưởng - Văn hóa`, not `Ban Tuyên giáo - Ban Dân vận`)."""
    dash = line.surface[end : end + 1] in (["-"], ["–"])
    return dash and line.match(end + 1, "org_heads", "bodies") < 0


def _holder_after(line: Line, head: int, name: int) -> bool:
    """After a title, `Công ty` + a Vietnamese full name: the company is the title's,
    the name its holder's (a company named after someone has TNHH or the like first)."""
    return (
        line.key(head - 1) == _TY
        and name >= head + 3
        and is_surname(line, head)
        and person_run(line, head) == name
    )


_TY = keys_of("ty")[0]


def _company_number(line: Line, end: int) -> int:
    """`Cienco 8`, `Vinaconex 1 làm nhà thầu`: a member company numbered after its group's
    short name, not a count (`Viettel 5 năm`)."""
    number = line.surface[end : end + 1]
    if not (line.foreign(end - 1) and number and number[0].isdigit() and len(number[0]) <= 2):
        return -1
    return -1 if line.is_(end + 1, *_COUNTED_AFTER) else end + 1


# What a number after a company's short name counts (`Viettel 5 năm`, `FPT 3 tỷ`).
_COUNTED_AFTER: tuple[str, ...] = (
    "năm",
    "tháng",
    "ngày",
    "tuần",
    "giờ",
    "lần",
    "tuổi",
    "%",
    "phần",
    "triệu",
)
_COUNTED_AFTER += ("tỷ", "tỉ", "nghìn", "ngàn", "đồng", "người", "usd", "dự", "công", "km")


# Units that a dash ties to the ministry or police they belong to.
_UNITS = ("cơ quan", "cục", "phòng", "vụ", "trại", "đội")
_PARENTS = ("bộ", "công an", "tổng cục")


def _parent_across_dash(line: Line, i: int, end: int) -> int:
    """`Cơ quan Cảnh sát điều tra - Bộ Công an`, `Cục An ninh điều tra-Bộ Công an`: an
    investigating body or a department and, after a dash (spaced or glued), the ministry or
    police it belongs to are one body; other dashes join lists (`HĐND-UBND`)."""
    dash = line.surface[end : end + 1] in (["-"], ["–"]) and line.gap(end) == line.gap(end + 1)
    unit = line.longest(i, _UNITS) > i and line.cap(i)
    if not dash or not unit or not line.longest(end + 1, _PARENTS) > 0:
        return end
    return max(end, org(line, end + 1, loose=False))


def _ends_in_place(line: Line, i: int, end: int) -> bool:
    """`quân đội Trung Quốc | Yue Gang`: a name after the body's place is a person's."""
    return any(place_at(line, k) == end for k in range(max(i + 1, end - 4), end))


# Bodies of a place: a two-word name right after them is the place, even when
# its first word is a family name ("Huyện ủy Vũ Quang", "đảng ủy Đức Giang").
_PLACE_BODIES = frozenset(keys_of("ủy ubnd hđnd"))
_COMMITTEE = frozenset(keys_of("ủy"))


def _place_of_committee(line: Line, end: int) -> int:
    """End of `Vũ Quang` after `Huyện ủy`: two capitalised words and no third, or -1."""
    if line.key(end - 1) not in _PLACE_BODIES:
        return -1
    run = cap_run(line, end, 3)
    if line.foreign(end):
        # "Tỉnh ủy Holguin", "Tỉnh ủy Villa Clara": a party committee abroad names its province.
        return run if line.key(end - 1) in _COMMITTEE and end < run <= end + 2 else -1
    return end + 2 if run == end + 2 else -1
