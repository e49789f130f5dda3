"""Sections and units inside a body: what follows a head-of title, and military units.

`Trưởng khoa Tim mạch`, `Đội trưởng Đội đo đạc`, `Phó ban đền bù giải tỏa`:
after a title that heads a section, the section's own name follows, often
in lowercase. `Sư đoàn 363`, `Tiểu đoàn Azov`, `Lữ đoàn bộ binh cơ giới 92`:
a military unit is named by a number, a name, or its arm and a number.
"""

from __future__ import annotations

from annotator.nlp.rules.bodies.lowercase import lowercase_name, place_starts, title_case_words
from annotator.nlp.rules.lines import Line, keys_of
from annotator.nlp.rules.names import cap_run, is_stop, is_surname, person_inside, person_run
from annotator.nlp.rules.places.listed import place_at

# Military units are told apart by number: "Sư đoàn 363", "Quân khu 7".
_NUMBERED_UNITS = frozenset(keys_of("đoàn đội khu"))


def unit_number(line: Line, end: int) -> int:
    """`Sư đoàn` + `363` (or a name, or an arm and a number): what names a unit joins it."""
    if line.key(end - 1) not in _NUMBERED_UNITS:
        return end
    named = max(_unit_named(line, end), _unit_described(line, end))
    if named > end:
        return named
    plain = line.surface[end : end + 1]
    if plain and plain[0].isdigit() and len(plain[0]) <= 4:
        return end if _counted(line, end + 1) else end + 1
    return end


def _counted(line: Line, j: int) -> bool:
    """`Sư đoàn 2 người`: the number counts people, it does not name the unit."""
    return line.is_(j, "người", "đơn", "cán", "chiến")


def _unit_named(line: Line, end: int) -> int:
    """`Tiểu đoàn Azov`: a military unit's own name, when it is no place or person."""
    if not line.cap(end) or place_at(line, end) > end or person_run(line, end) > end + 1:
        return -1
    if line.match(end, "bodies", "media", "titles", "org_heads") > end:
        return -1
    return cap_run(line, end, 3)


def _unit_described(line: Line, end: int) -> int:
    """`Lữ đoàn lính thủy đánh bộ độc lập 36`, `Tiểu đoàn tiễu phạt Azov`: a unit's arm in
    lowercase, then its number or its foreign name."""
    j = end
    while j < end + 7 and line.lower(j) and not is_stop(line, j):
        j += 1
    named = line.is_(end - 1, "đoàn") and j > end  # not "Quân đội | kiểm soát Lozovoe"
    if named and line.foreign(j) and place_at(line, j) <= j:
        return cap_run(line, j, 3)  # "Tiểu đoàn tiễu phạt Azov": its kind, then its name
    digits = line.surface[j : j + 1]
    if j == end or not (digits and digits[0].isdigit() and len(digits[0]) <= 4):
        return -1
    return -1 if _counted(line, j + 1) else j + 1


def person_next(line: Line, i: int) -> bool:
    """`Đại tá Đoàn Xuân Bộ`: a name whose surname is also an org head (`Đoàn`)."""
    if not is_surname(line, i) or line.match(i, "bodies", "media", "titles") > i:
        return False
    return person_run(line, i) > i + 1 and line.match(i + 1, "sectors", "places") < 0


def section(line: Line, i: int) -> int:
    """`Trưởng khoa Tim mạch - Lồng ngực`: a section's own name after a head-of title."""
    if not line.is_(i - 1, "khoa", "phòng", "ban") or not line.cap(i) or person_next(line, i):
        return -1
    if line.match(i, "bodies", "org_heads", "titles", "places", "media", "sectors") > i:
        return -1
    end = i + 1
    while end < line.n and end - i < 6:
        if line.lower(end) and not is_stop(line, end) and not place_starts(line, end):
            if line.match(end, "titles", "org_heads", "events", "documents") > end:
                break
            end += 1
        elif line.surface[end] in "-–" and line.cap(end + 1) and line.gap(end):
            end += 2
        else:
            break
    if end < i + 6 and line.cap(end) and line.lower(end - 1):
        end = title_case_words(line, end)  # "Ban Tư tưởng Văn hóa"
    return _central(line, end)


_CENTRAL_SHORT = ("TƯ", "TW", "T.Ư", "T.W")


def _central(line: Line, end: int) -> int:
    """`Trung ương`, or its short forms `TƯ`, `T.Ư`, after a section's name joins it."""
    if line.surface[end : end + 1] and line.surface[end] in _CENTRAL_SHORT:
        return end + 1
    central = line.phrase(end, "Trung ương")
    return central if central > end else end


def _lower_or_acronym(line: Line, j: int, start: int) -> bool:
    """A lowercase word, or a short acronym inside a lowercase name (`quản lý XNK`)."""
    word = line.surface[j] if j < line.n else ""
    return line.lower(j) or (j > start and word.isalpha() and word.isupper() and len(word) <= 5)


def _title_word(line: Line, j: int) -> bool:
    return line.match(j, "titles", "events", "documents", "org_heads") > j


def _opens_no_section(line: Line, i: int) -> bool:
    if line.match(i, "titles", "events", "org_heads") > i:
        return True
    document = line.match(i, "documents")
    if document <= i:
        return False
    named = line.cap(document) and line.match(document, "bodies", "org_heads", "places") < 0
    return line.digit(document) or named or document > i + 2


def own_unit(line: Line, i: int) -> int:
    """`Đội trưởng Đội đo đạc`, `Tổ trưởng Tổ đăng ký`: the head of a unit, then the unit's name."""
    if not (line.is_(i - 1, "trưởng", "phó") and line.cap(i) and line.key(i) == line.key(i - 2)):
        return -1
    if line.match(i + 1, "sectors") > i + 1:
        return -1  # "Bộ trưởng Bộ Quốc phòng": a ministry named by its field, found as a body
    return max(i + 1, lowercase_name(line, i + 1, 5))


def lower_section_name(line: Line, i: int) -> int:
    """End of a section's lowercase name after `phòng` or `ban` of a title, or -1.

    A document word opens one when no number or name follows it (`trưởng phòng
    kế hoạch của …`, the planning section; not `Ban kế hoạch 107`)."""
    if not line.is_(i - 1, "phòng", "ban") or not line.lower(i) or _opens_no_section(line, i):
        return -1
    end = i
    while (
        end < i + 8 and _lower_or_acronym(line, end, i) and (end == i or not _title_word(line, end))
    ):
        if line.is_(end, "và") and end > i and line.lower(end + 1):
            end += 1  # "nghiên cứu và đào tạo"
        elif is_stop(line, end) or place_starts(line, end) or line.is_(end, "của", "và"):
            break
        end += 1
    return end if end >= i + 2 else -1


_COMMITTEE_END = frozenset(keys_of("ủy"))


def title_place(line: Line, start: int, end: int) -> int:
    """End of the place after `Bí thư đảng ủy | Đức Giang`, `xã đội trưởng | Hương Minh`, or -1.

    A title that ends in a committee or starts with a unit noun is held in one
    place, named by the two capitalised words after it (not a person's name,
    not a body); a person's name may follow them.
    """
    if line.key(end - 1) not in _COMMITTEE_END and line.match(start, "place_units") <= start:
        return -1
    run = cap_run(line, end, 6)
    if run > end + 2 and person_inside(line, end, run) == end + 2:
        run = end + 2  # "Huyện ủy Vũ Quang | Nguyễn Văn An": the place, then the holder
    if run != end + 2 or person_next(line, end) or (line.foreign(end) and line.foreign(end + 1)):
        return -1  # "Tỉnh trưởng tỉnh Champasak | Sonsay Siphandone": a foreign name
    if line.match(end, "bodies", "titles", "org_heads", "media") > end:
        return -1
    return end + 2


_COMMAND_TITLES = ("chỉ huy", "tư lệnh", "chỉ huy trưởng")
_FORCES = ("lực lượng", "dân quân", "quân đội", "quân")
_FORCE_KIND = 3


# Words before `chỉ huy` that make it a post, not the verb (`ông chỉ huy lực lượng`).
_BEFORE_POST = ("với", "của", "là", "làm", "phó", "cho", "và", "các", "viên", "tân", "cựu")


def _post_position(line: Line, k: int) -> bool:
    return k == 0 or not line.word(k - 1) or line.is_(k - 1, *_BEFORE_POST, "nguyên")


def command_force(line: Line, i: int) -> int:
    """End of `lực lượng đặc nhiệm`, `dân quân` after `chỉ huy` at i: the force a commander
    leads, with up to three lowercase words of its kind; or -1."""
    title = next(
        (i - len(t.split()) for t in _COMMAND_TITLES if line.phrase(i - len(t.split()), t) == i), -1
    )
    if title < 0 or not _post_position(line, title):
        return -1
    head = line.longest(i, _FORCES)
    if head < 0 or not line.lower(i):
        return -1
    end = head
    while (
        end < head + _FORCE_KIND and line.lower(end) and line.word(end) and not is_stop(line, end)
    ):
        end += 1
    return end if end > head or not line.is_(i, "quân") else -1
