"""ORG and ROLE: named bodies, bodies with their place, and titles with their body."""

from __future__ import annotations

from annotator.nlp.rules.body_names import (
    english_tail,
    field_name,
    title_cased_on,
    whole_field,
)
from annotator.nlp.rules.foreign import ambiguous_country
from annotator.nlp.rules.lines import Candidate, Line, keys_of
from annotator.nlp.rules.lowercase import (
    AMOUNTS,
    DESCRIBED,
    described,
    joined_part,
    joins_names,
    lower_run,
    lowercase_body,
    lowercase_name,
    title_case_words,
)
from annotator.nlp.rules.names import (
    acronym_aside,
    cap_run,
    level_suffix,
    name_after,
    person_run,
    place_at,
    topic,
    unit_place,
)
from annotator.nlp.rules.sections import (
    lower_section_name,
    own_unit,
    person_next,
    section,
    title_place,
    unit_number,
)

# "Công an 63 địa phương": a count of local units makes a body generic.
_COUNTED = ("địa", "tỉnh", "đơn", "huyện", "xã", "quận", "phường", "thành")


def org_core(line: Line, i: int, *, loose: bool) -> int:
    """End of an organisation's name at i without its place, or -1.

    `loose` is used after a title, where heads and names may be lowercase.
    """
    if not (line.cap(i) or (loose and line.word(i))):
        return lowercase_body(line, i)
    if i > 0 and line.lower(i - 1) and line.match(i - 1, "place_units") == i:
        return -1  # "phường Đoàn Kết": a name after a unit noun is the place's
    best = line.match(i, "media", "bodies")
    if best > i:
        listed = line.match(i, "bodies") == best  # an outlet's section is no more of its name
        return max(unit_number(line, best), title_cased_on(line, best) if listed else -1)
    for head in line.match_all(i, "org_heads"):
        if not line.cap(i) and head == i + 1 and not line.cap(head):
            continue  # "ban hành", "phòng chống": a one-syllable head in lowercase
        if line.match(head, "sectors") > head:
            best = max(best, field_name(line, i, head, loose=loose))
            continue
        name = name_after(line, head, 5)
        if (
            name == head + 1
            and line.lower(name)
            and not line.surface[head].isupper()
            and not line.foreign(head)
        ):
            # A capitalised word cut short ("Viện Khoa" of "Viện Khoa học"):
            # the name goes on in lowercase, or it is not a name at all.
            rest = lower_run(line, name, 6)
            name = title_case_words(line, rest) if rest > name else -1
        name = whole_field(line, head, name)
        if name > head and joins_names(line, name):
            name = max(name, joined_part(line, name + 1))  # "Báo chí và Tuyên truyền"
        if loose:
            name = max(name, lowercase_name(line, head))
        elif line.cap(i) and line.key(i) in DESCRIBED and not line.is_(i - 1, "các"):
            name = max(name, described(line, head))
        if name > head and line.digit(name) and line.surface[name].isdigit():
            name += 0 if line.is_(name + 1, *AMOUNTS) else 1  # not "quản trị | 5 triệu"
        elif name < 0 and line.surface[head : head + 1] and line.surface[head].isdigit():
            name = head + 1
        elif name < 0 and line.match(head, "place_units") > head:
            name = head
        best = max(best, name)
    return best


def _term(line: Line, i: int) -> int:
    """`khóa XV`, `khóa 10`, `khóa mới` after a body, post or event."""
    if line.is_(i, "khóa") and (line.roman(i + 1) or line.digit(i + 1) or line.is_(i + 1, "mới")):
        return i + 2
    return -1


def _extension(line: Line, i: int, *, role: bool) -> int:
    """One step of what may follow a body: another body, a place, a term."""
    steps = [
        _core_not_person(line, i),
        line.match(i, "bodies"),
        unit_place(line, i, bare=True)[0],
        place_at(line, i),
        _term(line, i),
        line.phrase(i, "Trung ương Đảng"),
        line.phrase(i, "Trung ương"),
        line.phrase(i, "tối cao"),
        line.phrase(i, "quốc gia"),
        _unit_name(line, i),
    ]
    if role:
        steps.append(level_suffix(line, i))
        if line.is_(i, "của"):
            steps.append(org(line, i + 1, loose=True, role=True))
    return max(steps)


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
    key = ("org", i, loose, role)
    found = line.memo.get(key)
    if found is None:
        found = line.memo[key] = _org(line, i, loose=loose, role=role)
    return found


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
        step = _extension(line, end, role=role)
        aside = acronym_aside(line, end)
        if step <= end and aside > end:
            step = _extension(line, aside, role=role)
        if step <= end:
            break
        end = step
    if line.phrase(i, "Ban Chỉ đạo") > 0 and topic(line, end) > end:
        # "Ban Chỉ đạo phòng, chống dịch Covid-19 tỉnh Bắc Ninh"
        end = topic(line, end)
        end = max(end, unit_place(line, end, bare=False)[0], place_at(line, end))
    tail = max(name_after(line, end, 3), _place_of_committee(line, end))
    abroad = line.foreign(end) and _place_of_committee(line, end) > 0
    cut_word = tail == end + 1 and line.lower(tail) and not abroad
    # "Hạ viện Mỹ Dennis Hastert": a foreign name after a body is a person's.
    person = (line.foreign(end) or _ends_in_place(line, i, end)) and not abroad
    if tail > end and not cut_word and not person and line.match(end, "titles", "org_heads") < 0:
        end = tail
    return english_tail(line, end)


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


def generic_after(line: Line, end: int) -> bool:
    """A generic body type: `HĐND các cấp`, `HĐND quận, phường`."""
    if level_suffix(line, end) > 0:
        return True
    if line.is_(end, "các", "những") and line.lower(end + 1):
        return True
    if line.digit(end) and line.is_(end + 1, *_COUNTED):
        return True
    # "HĐND quận, phường": bare unit nouns in a row; not "UBND huyện A, tỉnh B".
    if line.match(end - 1, "place_units") != end or line.surface[end : end + 1] != [","]:
        return False
    nxt = end + 1
    named = unit_place(line, nxt, bare=False)[0] > 0 or line.match(nxt, "bodies") > 0
    return line.match(nxt, "place_units") > 0 and not named


def _qualifiers(line: Line, i: int) -> int:
    while True:
        nxt = line.match(i, "qualifiers")
        if nxt < 0:
            return i
        i = nxt


def _complement(line: Line, i: int) -> int:
    """End of the body, place or level that belongs to a title at i, or -1."""
    if line.digit(i) and line.is_(i + 1, *AMOUNTS):
        return -1  # "Chủ tịch Hội đồng quản trị | 5 triệu"
    options = [
        org(line, i, loose=True, role=True),
        unit_place(line, i, bare=True)[0],
        place_at(line, i),
        level_suffix(line, i),
        line.phrase(i, "Trung ương Đảng"),
        line.phrase(i, "Trung ương"),
        _term(line, i),
        ambiguous_country(line, i),
    ]
    if line.is_(i, "của", "các"):
        options.append(org(line, i + 1, loose=True, role=True))
    central = line.phrase(i, "Trung ương")
    if central > 0 and line.cap(central):
        options.append(org(line, central, loose=False))  # "Trung ương Hội Khuyến học Việt Nam"
    options.extend((section(line, i), own_unit(line, i), _lower_section(line, i)))
    best = max(options)
    field = line.match(i, "sectors")
    if best < 0 and field > i and _takes_field(line, i):
        best = field
        for _ in range(4):
            step = _extension(line, best, role=True)
            if step <= best:
                break
            best = step
    if best > i:
        follow = max(_term(line, best), level_suffix(line, best))
        if line.is_(best, "của"):
            follow = max(follow, org(line, best + 1, loose=True, role=True))
        best = max(best, follow)
    return best


def _shared_head(line: Line, end: int) -> int:
    """`Phó ban chỉ huy quân sự phường X`: the title's last word starts its body's name."""
    if not line.is_(end - 1, "ban", "phòng", "khoa") or line.cap(end - 1):
        return -1
    body = org(line, end - 1, loose=False)
    return body if body > end else -1


def _lower_section(line: Line, i: int) -> int:
    """`Phó ban đền bù giải tỏa`, `Trưởng phòng quản lý xuất nhập khẩu`: a section named in lowercase.

    The lowercase name counts only where a title's body would end
    (punctuation, `của`, a place or a body), so `Trưởng ban cho biết` stays a
    bare title; the section's place or parent body joins it.
    """
    end = lower_section_name(line, i)
    if end < 0:
        return -1
    after = max(
        org(line, end, loose=False), place_at(line, end), unit_place(line, end, bare=True)[0]
    )
    if after > end:
        return after  # "... huyện Cao Lộc", "... XNK Bộ Thương mại"
    return end if line.is_(end, "của") or not line.word(end) else -1


def _takes_field(line: Line, i: int) -> bool:
    """`Trưởng phòng Nội vụ`, `Bộ trưởng Tư pháp`: a head-of title before a field."""
    return line.match(i - 1, "org_heads") == i or line.is_(i - 1, "trưởng")


def role(line: Line, i: int) -> int:
    """End of a title with its qualifiers and body at i, or -1."""
    key = ("role", i, False, False)
    found = line.memo.get(key)
    if found is None:
        found = line.memo[key] = _role(line, i)
    return found


def _role(line: Line, i: int) -> int:
    hits = line.hits(i + 1) if line.is_(i, "phó") else []
    best = -1
    if not hits and line.lower(i) and line.is_(i, "trưởng"):
        return -1  # "tăng trưởng", "thủ trưởng": part of another word
    if line.lower(i) and line.is_(i - 1, "sở", "tâm") and line.phrase(i, "chỉ huy") > i:
        return -1  # "sở chỉ huy", "trung tâm chỉ huy": a command post, no one's title
    if line.lower(i) and line.is_(i - 1, "sự") and not line.is_(i - 2, "nhân"):
        return -1  # "dưới sự chủ tọa của": the act of chairing (not "nhân sự tổng bí thư")
    for end, kinds in hits + line.hits(i):
        strong = "titles" in kinds
        if not strong and "posts" not in kinds:
            continue
        qualified = _qualifiers(line, end)
        body = -1 if person_next(line, qualified) else _complement(line, qualified)
        body = max(body, _shared_head(line, end), title_place(line, i, qualified))
        if body > qualified:
            body = max(body, title_place(line, i, body))  # "Bí thư Huyện ủy | Vũ Quang"
            best = max(best, _posted_at(line, i, _qualifiers(line, body)))
        elif strong or qualified > end or person_run(line, qualified) > 0 or _titled(line, i):
            best = max(best, qualified)
    return best


# Posts held in another country's capital: "Đại sứ Palestine tại Hà Nội".
_ENVOYS = frozenset(keys_of("đại sứ lãnh sự đại biện trưởng đặc phái tùy viên tham"))


def _posted_at(line: Line, i: int, end: int) -> int:
    """End of an envoy's post with the city it is held in (`tại Hà Nội`), else end."""
    first = i + 1 if line.is_(i, "phó", "tổng") else i
    if line.key(first) in _ENVOYS and line.is_(end, "tại"):
        return max(end, place_at(line, end + 1))
    return end


def _titled(line: Line, i: int) -> bool:
    """A capitalised occupation inside a sentence reads as a title (`Bác sĩ`)."""
    return line.cap(i) and i > 0 and line.surface[i - 1] in ",;("


def find_bodies(line: Line) -> list[Candidate]:
    """ROLE and ORG candidates of one line (they may overlap; resolution picks)."""
    found: list[Candidate] = []
    for i in range(line.n):
        if not line.hits(i) and not line.is_(i, "phó"):
            continue
        if i > 0 and line.cap(i - 1) and line.match(i - 1, "places") > i:
            continue  # "Phòng" of "Hải Phòng": a place's second word is no head
        if place_at(line, i) > i + 1 and line.match(i, "bodies", "media") <= place_at(line, i):
            continue  # "Đài Loan", "Đài Bắc": a place that starts with a head noun
        end = role(line, i)
        if end > i:
            found.append(Candidate(i, end, "ROLE"))
        end = org(line, i, loose=False)
        if line.is_(end, "viên") and end == i + 1:
            continue
        if end > i and (_force_noun(line, i, end) or _title_head(line, i)):
            continue
        if end > i and not generic_after(line, end) and not _bare_head(line, i, end):
            # Only a head noun and a name: a byline or a place may read the same.
            weak = line.match(i, "media", "bodies") < 0 and line.match(i + 1, "sectors") < 0
            found.append(Candidate(i, end, "ORG", weak=weak))
        elif _capital_anaphor(line, i):
            found.append(Candidate(i, i + 1, "ORG"))
    found.extend(_state_beside_party(line))
    return found


def _capital_anaphor(line: Line, i: int) -> bool:
    """`Bộ` or `Ban` alone and capitalised mid-sentence; not `Bộ đội`, `Bộ phận`."""
    if not (_bare_head(line, i, i + 1) and line.cap(i) and i > 0 and not line.cap(i + 1)):
        return False
    return not line.is_(i + 1, "đội", "phận", "máy", "mặt", "đầu", "ngày", "đêm")


def _force_noun(line: Line, i: int, end: int) -> bool:
    """`lực lượng Công an`: the force in general, not one body."""
    return end == i + 2 and line.phrase(i, "Công an") > 0 and line.phrase(i - 2, "lực lượng") > 0


def _title_head(line: Line, i: int) -> bool:
    """`Cục trưởng`, `Viện trưởng`: a head noun that starts a title heads no body."""
    title = line.match(i, "titles")
    return title > max(line.match(i, "org_heads"), line.match(i, "bodies", "media"))


def _state_beside_party(line: Line) -> list[Candidate]:
    """`Đảng, Nhà nước`, `Đảng và Nhà nước`: the State as a body next to the Party."""
    found = []
    for i in range(2, line.n - 1):
        beside = line.surface[i - 1] == "," or line.is_(i - 1, "và")
        if beside and line.cap(i) and line.phrase(i, "Nhà nước") > 0 and line.is_(i - 2, "đảng"):
            found.append(Candidate(i, i + 2, "ORG"))
    return found


def _bare_head(line: Line, i: int, end: int) -> bool:
    """`Bộ` or `Ban` alone: an ORG only as a capitalised anaphor."""
    return end == i + 1 and line.is_(i, "bộ", "ban") and line.match(i, "bodies") < 0
