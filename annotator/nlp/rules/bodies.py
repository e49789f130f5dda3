"""ROLE and ORG candidates: titles with their body, and named bodies.

Where a body's name ends is decided in `orgs` (`org` is imported from here by
older callers too).
"""

from __future__ import annotations

from annotator.nlp.rules.deputy_seats import deputies_named
from annotator.nlp.rules.foreign import ambiguous_country
from annotator.nlp.rules.foreign_holders import before_foreign_holder
from annotator.nlp.rules.lines import Candidate, Line, keys_of
from annotator.nlp.rules.lowercase import AMOUNTS
from annotator.nlp.rules.names import level_suffix, person_run, place_at, unit_place
from annotator.nlp.rules.orgs import extension, org, term
from annotator.nlp.rules.sections import (
    command_force,
    lower_section_name,
    own_unit,
    person_next,
    section,
    title_place,
)

# "Công an 63 địa phương": a count of local units makes a body generic.
_COUNTED = ("địa", "tỉnh", "đơn", "huyện", "xã", "quận", "phường", "thành")


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
        nxt = max(line.match(i, "qualifiers"), _official(line, i))
        if nxt < 0 or _duty(line, i, nxt):
            return i
        i = nxt


def _head_of(line: Line, i: int) -> bool:
    """`kiêm trưởng Công an xã`, `ông A - trưởng thôn`: a lowercase `trưởng` that heads
    something, after `kiêm` or a pause, not the end of another word (`tăng trưởng`)."""
    paused = line.is_(i - 1, "kiêm", "là", "làm", "nguyên", "cựu") or (
        i > 0 and not line.word(i - 1)
    )
    if _village_head(line, i):
        return True
    if not paused:
        return False
    return line.match(i, "titles") > i + 1 or org(line, i + 1, loose=False) > i + 1


# Villages and hamlets whose head is a listed title (`trưởng thôn`, `trưởng ấp`, `trưởng bản`).
_VILLAGES = ("thôn", "ấp", "xóm", "bản", "làng", "buôn", "sóc", "khóm")


def _village_head(line: Line, i: int) -> bool:
    """`đối với [trưởng thôn]`, `HĐND xã và [trưởng thôn]`: the head of a village is a
    post wherever it stands (news16 0321 ×3); no word ends in `trưởng` + a village
    except growth (`tăng trưởng bản …`)."""
    village = line.is_(i + 1, *_VILLAGES) and line.match(i, "titles") == i + 2
    return village and not line.is_(i - 1, "tăng")


def _official(line: Line, i: int) -> int:
    """`ủy viên trung ương chính thức khóa X`, `người phát ngôn chính thức của Bộ ...`:
    `chính thức` before the post's term or body is part of it, not before a verb
    (`Thủ tướng chính thức ký`)."""
    end = line.phrase(i, "chính thức")
    if end < 0 or not (line.is_(end, "của", "khóa") or org(line, end, loose=False) > end):
        return -1
    return end


def _duty(line: Line, i: int, nxt: int) -> bool:
    """`Phó chủ tịch tỉnh | phụ trách mảng đầu tư`: a verb of the duties, not a qualifier
    (`Phó Giám đốc phụ trách`, `... phụ trách Sở Tư pháp` keep it)."""
    if not line.is_(i, "phụ", "điều") or not line.lower(nxt) or not line.lower(i):
        return False
    return org(line, nxt, loose=False) < 0 and unit_place(line, nxt, bare=True)[0] < 0


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
        term(line, i),
        ambiguous_country(line, i),
    ]
    if line.is_(i, "của", "các"):
        options.append(org(line, i + 1, loose=True, role=True))
    central = line.phrase(i, "Trung ương")
    if central > 0 and line.cap(central):
        options.append(org(line, central, loose=False))  # "Trung ương Hội Khuyến học Việt Nam"
    options.extend((section(line, i), own_unit(line, i), _lower_section(line, i)))
    options.append(command_force(line, i))  # "chỉ huy | lực lượng đặc nhiệm"
    best = max(options)
    field = line.match(i, "sectors")
    if field > max(best, i) and _takes_field(line, i):
        best = field
        for _ in range(4):
            step = extension(line, best, role=True)
            if step <= best:
                break
            best = step
    if best > i:
        follow = max(term(line, best), level_suffix(line, best))
        if line.is_(best, "của"):
            # "chỉ huy sư đoàn dù số 7 của Nga": the state the body belongs to, too
            state = place_at(line, best + 1) if line.cap(best + 1) else -1
            follow = max(follow, org(line, best + 1, loose=True, role=True), state)
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
    # "Trưởng ban dân nguyện | Lê Quang Bình": the holder's name ends the section too
    named = person_run(line, end) > end + 1 and person_next(line, end)
    return end if line.is_(end, "của") or not line.word(end) or named else -1


def _takes_field(line: Line, i: int) -> bool:
    """`Trưởng phòng Nội vụ`, `Bộ trưởng Tư pháp`: a head-of title before a field."""
    return line.match(i - 1, "org_heads") == i or line.is_(i - 1, "trưởng")


def role(line: Line, i: int) -> int:
    """End of a title with its qualifiers and body at i, or -1."""
    return line.remembered(("role", i, False, False), lambda: _role(line, i))


def _role(line: Line, i: int) -> int:
    hits = line.hits(i + 1) if line.is_(i, "phó") else []
    best = -1
    if not hits and line.lower(i) and line.is_(i, "trưởng") and not _head_of(line, i):
        return -1  # "tăng trưởng", "thủ trưởng": part of another word
    if line.lower(i) and line.is_(i - 1, "sở", "tâm") and line.phrase(i, "chỉ huy") > i:
        return -1  # "sở chỉ huy", "trung tâm chỉ huy": a command post, no one's title
    if line.lower(i) and line.is_(i - 1, "tác", "chiếu", "phí", "vụ") and line.is_(i, "lãnh"):
        return -1  # "công tác lãnh sự", "hộ chiếu lãnh sự": consular work, no consul
    if line.lower(i) and line.is_(i - 1, "sự") and not line.is_(i - 2, "nhân"):
        return -1  # "dưới sự chủ tọa của": the act of chairing (not "nhân sự tổng bí thư")
    if line.lower(i) and line.is_(i, "thành") and line.is_(i - 1, "trở", "biến"):
        return -1  # "trở thành ủy viên": the verb, not a city party committee's member
    for end, kinds in hits + line.hits(i):
        strong = "titles" in kinds
        if not strong and "posts" not in kinds:
            continue
        trade = not strong and line.match(i, "professions") == end
        if trade and line.is_(i - 1, *_SOME):
            continue  # "các chuyên gia của Intel": people of a trade in general
        qualified = _qualifiers(line, end)
        body = -1 if person_next(line, qualified) else _complement(line, qualified)
        if trade and 0 < body <= place_at(line, qualified) and person_run(line, body) < 0:
            body = -1  # "chuyên gia | Nga cho biết": a nationality; "chuyên gia Mỹ Scott X" a post
        body = _field_before_name(line, i, (qualified, body), trade)
        body = max(body, _shared_head(line, end), title_place(line, i, qualified))
        if body > qualified:
            body = max(body, title_place(line, i, body))  # "Bí thư Huyện ủy | Vũ Quang"
            best = max(best, _posted_at(line, i, _qualifiers(line, body)))
        elif (
            strong
            or qualified > end
            or person_run(line, qualified) > 0
            or _titled(line, i)
            and not trade
        ):
            best = max(best, _posted_at(line, i, qualified))
    return max(best, _own_body(line, i, best)) if best > i else best


def _field_before_name(line: Line, i: int, field: tuple[int, int], trade: bool) -> int:
    """A trade's or a post's field (`field`: its start and end) ends where the name
    of its holder starts: a trade's at any name, a post's at a foreign one."""
    start, end = field
    if end <= start:
        return end
    if trade:
        return _before_foreign_name(line, start, end)
    return before_foreign_holder(line, i, start, end)


def _before_foreign_name(line: Line, start: int, end: int) -> int:
    """`Nhà phân tích hải quân | Li Jie`: a trade's field ends where a person's name starts."""
    k = next((k for k in range(start, end) if _name_starts(line, k)), end)
    return k if k > start else -1


def _name_starts(line: Line, k: int) -> bool:
    """A person's name at k, not a place, a body or its head that reads as one."""
    listed = line.match(k, "places", "org_heads", "bodies") > k
    return line.cap(k) and not listed and person_run(line, k) > k


# Words before a trade that make it people in general: "các chuyên gia", "một nhà phân tích".
_SOME = ("các", "những", "nhiều", "một", "mỗi", "vài", "hai", "ba")


# Bodies named by their kind alone after a title: the one the article is about.
_OWN_BODIES = ("công ty", "tổng công ty", "hội", "trường", "bệnh viện", "tập đoàn")
_NOT_BODIES = frozenset(keys_of("đồng nghị thảo viên nhập trình"))


def _own_body(line: Line, i: int, end: int) -> int:
    """`Bí thư Đảng ủy công ty`, `Tổng thư ký hội | Trần Luân Kim`: a lowercase kind of
    body after a title with its own body, or before the holder's name, is the holder's
    own; a bare title before one stays bare (`giám đốc | công ty duyệt chi`), and
    `hội nghị`, `hội đồng` or a body named after it are no such kind."""
    if not line.lower(end):
        return -1
    after = line.longest(end, _OWN_BODIES)
    if after < 0 or line.key(after) in _NOT_BODIES:
        return -1
    named = line.cap(after) and person_next(line, after)
    bodied = any(line.match(k, "bodies") == end for k in range(max(i, end - 4), end))
    bodied = bodied and not line.cap(after)
    return after if named or bodied else -1


# Posts held in another country's capital: "Đại sứ Palestine tại Hà Nội".
_ENVOYS: tuple[str, ...] = ("đại sứ", "lãnh sự", "đại biện", "trưởng đại diện", "đặc phái viên")
_ENVOYS += ("tùy viên",)
_ENVOYS += ("tham tán", "công sứ")
# Heads of a body's office in a country: "Đại diện thường trú UNDP tại Việt Nam".
_ENVOYS += ("trưởng văn phòng đại diện", "đại diện thường trú", "điều phối viên thường trú")


def _posted_at(line: Line, i: int, end: int) -> int:
    """End of an envoy's post with the city it is held in (`tại Hà Nội`, `ở Moscow`), else end.

    The seat belongs to the post with or without the sending state (every gold
    file: `đại sứ tại Damascus`), and a state after `của` joins it when a seat
    follows (`Đại biện lâm thời của Ukraine ở Hà Nội`); `của mình` is no state."""
    first = i + 1 if line.is_(i, "phó", "tổng") else i
    if line.longest(first, _ENVOYS) < 0 or line.is_(i - 1, "tòa", "toà"):
        return end  # "nóc toà đại sứ ở Sài Gòn": the embassy's building, no post
    at = end
    if line.is_(end, "của") and place_at(line, end + 1) > end + 1:
        at = place_at(line, end + 1)
    if line.is_(at, "tại", "ở"):
        return max(end, place_at(line, at + 1))
    return end


def _titled(line: Line, i: int) -> bool:
    """A capitalised occupation inside a sentence reads as a title (`Bác sĩ`); an
    abbreviation (`ĐB`) is capitalised whoever it means, deputies in general too."""
    abbreviated = line.surface[i].isupper() and len(line.surface[i]) > 1
    return line.cap(i) and not abbreviated and i > 0 and line.surface[i - 1] in ",;("


def find_bodies(line: Line) -> list[Candidate]:
    """ROLE and ORG candidates of one line (they may overlap; resolution picks)."""
    found: list[Candidate] = []
    # Heads start where a gazetteer entry does, or at `phó` (`phó | chủ tịch`).
    for i in sorted(set(line.listed()).union(line.where("phó"))):
        if i > 0 and line.cap(i - 1) and line.match(i - 1, "places") > i:
            continue  # "Phòng" of "Hải Phòng": a place's second word is no head
        if place_at(line, i) > i + 1 and line.match(i, "bodies", "media") <= place_at(line, i):
            continue  # "Đài Loan", "Đài Bắc": a place that starts with a head noun
        end = role(line, i)
        if end > i and not _board_or_rank(line, i, end):
            found.append(Candidate(i, end, "ROLE"))
        end = org(line, i, loose=False)
        if line.is_(end, "viên") and end == i + 1:
            continue
        if end > i and (_force_noun(line, i, end) or _title_head(line, i)):
            continue
        if end > i and not _generic(line, i, end) and not _bare_head(line, i, end):
            # Only a head noun and a name: a byline or a place may read the same.
            weak = line.match(i, "media", "bodies") < 0 and line.match(i + 1, "sectors") < 0
            found.append(Candidate(i, end, "ORG", weak=weak))
        elif _capital_anaphor(line, i):
            found.append(Candidate(i, i + 1, "ORG"))
    found.extend(_state_beside_party(line))
    found.extend(deputies_named(line))
    return found


def _board_or_rank(line: Line, i: int, end: int) -> bool:
    """`ban giám đốc`, `ban chỉ huy`, `ban thư ký`, `cấp chỉ huy`: a post after a
    lowercase `ban`, or a board's function after `cấp`, names a board or a level of
    command, no post anyone holds. A post held by one person after `cấp` is a rank
    and stays a ROLE (`từ cấp thứ trưởng trở lên`, `đối với cấp bộ trưởng`,
    `cấp phó chủ tịch tỉnh`, all marked in the gold). Not a capitalised post after
    a meeting (`họp giao ban Thủ tướng`)."""
    lowercase = not line.cap(i) and not line.cap(i - 1) and not line.is_(i - 2, "giao")
    if i == 0 or not lowercase:
        return False
    if line.is_(i - 1, "cấp"):  # `cấp ủy | viên`: a member of a party committee
        return line.match(i, "board_functions") >= end or line.is_(i, "ủy", "uỷ")
    return line.is_(i - 1, "ban")


def _capital_anaphor(line: Line, i: int) -> bool:
    """`Bộ` or `Ban` alone and capitalised mid-sentence; not `Bộ đội`, `Bộ phận`."""
    if not (_bare_head(line, i, i + 1) and line.cap(i) and i > 0 and not line.cap(i + 1)):
        return False
    if line.is_(i - 1, "các", "những", "số", "nhiều", "hai", "ba", "bốn", "năm") or line.digit(
        i - 1
    ):
        return False  # "các Bộ, ngành", "5 Bộ": ministries in general, not one of them
    # "Ban quản lý ...", "Ban biên tập": a kind of board named on, not an anaphor
    return not line.is_(
        i + 1, "đội", "phận", "máy", "mặt", "đầu", "ngày", "đêm", "quản", "biên", "soạn"
    )


def _force_noun(line: Line, i: int, end: int) -> bool:
    """`lực lượng Công an`, `lực lượng công an phường`: the force in general (of some
    level, no place named), not one body."""
    level = end == i + 3 and line.match(i + 2, "place_units") == end and line.lower(i + 2)
    general = end == i + 2 or level
    return general and line.phrase(i, "Công an") > 0 and line.phrase(i - 2, "lực lượng") > 0


def _title_head(line: Line, i: int) -> bool:
    """`Cục trưởng`, `Viện trưởng`: a head noun that starts a title heads no body."""
    title = line.match(i, "titles")
    return title > max(line.match(i, "org_heads"), line.match(i, "bodies", "media"))


def _state_beside_party(line: Line) -> list[Candidate]:
    """`Đảng, Nhà nước`, `Đảng và Nhà nước`: the State as a body next to the Party."""
    found = []
    for i in line.where("nhà"):
        beside = i >= 2 and (line.surface[i - 1] == "," or line.is_(i - 1, "và"))
        if beside and line.cap(i) and line.phrase(i, "Nhà nước") > 0 and line.is_(i - 2, "đảng"):
            found.append(Candidate(i, i + 2, "ORG"))
    return found


def _generic(line: Line, i: int, end: int) -> bool:
    """A type before a generic complement (`các cơ quan | những …`), not the one Party."""
    return generic_after(line, end) and not _the_party(line, i, end)


def _the_party(line: Line, i: int, end: int) -> bool:
    """`cho Đảng | những nhân tố mới`: the one Party is no generic type before `những`."""
    return end == i + 1 and line.cap(i) and line.is_(i, "đảng")


def _bare_head(line: Line, i: int, end: int) -> bool:
    """`Bộ` or `Ban` alone: an ORG only as a capitalised anaphor."""
    return end == i + 1 and line.is_(i, "bộ", "ban") and line.match(i, "bodies") < 0
