"""Names of bodies written in lowercase, or partly: `Phòng địa chính`, `Viện Khoa học`.

After a title, and for some heads everywhere, a body's name may run on in
lowercase words; these functions find where such a name ends.
"""

from __future__ import annotations

from annotator.nlp.rules.conflicts import signing_at
from annotator.nlp.rules.lines import Line, keys_of
from annotator.nlp.rules.names import cap_run, is_stop, is_surname, person_inside, person_run
from annotator.nlp.rules.places.listed import place_at
from annotator.nlp.rules.unit_phrases import unit_place

_MAX_LOWER_NAME = 8
# Words after a number that make it a sum or a count, never part of a name.
AMOUNTS = ("triệu", "tỷ", "tỉ", "nghìn", "ngàn", "đồng", "người", "usd")
# Heads whose bodies are often named in lowercase, even outside a title:
# "Phòng địa chính", "Công ty lương thực Hà Nội", "Viện quy hoạch ...".
DESCRIBED = frozenset(keys_of("phòng công ty viện trường trung nhà ngân văn chi cục tổng phân"))
_COMPANY = frozenset(keys_of("ty TNHH CP phần"))
_TIME = frozenset(keys_of("năm tháng ngày nhiệm kỳ giai đoạn tới này"))


def lowercase_name(line: Line, i: int, limit: int = _MAX_LOWER_NAME) -> int:
    """End of a lowercase descriptive name after an org head (`bệnh viện Bạch Mai`)."""
    j = i
    while j < line.n and j - i < limit:
        if any(line.cap(k) for k in range(i, j)) and joins_names(line, j):
            j += 1
            continue
        if line.word(j):
            if is_stop(line, j) or line.match(j, "titles") > j or after_country(line, i, j):
                break
            if signing_at(line, j) > j:
                break  # "Bộ trưởng Bộ Tài chính | ký biên bản ghi nhớ": the signing is an EVENT
            if line.digit(j) and line.is_(j + 1, *AMOUNTS):
                break  # "Hội đồng quản trị | 5 triệu": a sum, not a number in the name
            if place_starts(line, j):
                break
            # A person's name ends the body, unless a company is named after
            # one ("Công ty TNHH Trần Liên Hưng").
            after_company = line.key(j - 1) in _COMPANY
            if (
                not after_company
                and line.cap(j)
                and person_run(line, j) > j + 1
                and is_surname(line, j)
            ):
                break
            if line.cap(j) and not line.cap(j - 1) and line.key(j - 1) not in _COMPANY:
                run = cap_run(line, j, 8)
                split = person_inside(line, j, run)
                if split >= 0:
                    j = split
                    break
        elif not (line.surface[j] in "-&" and line.word(j + 1) and j > i):
            break
        j += 1
    j = _finished(line, i, max(j, region_after(line, j)), limit)
    return j if j > i else -1


def _finished(line: Line, i: int, j: int, limit: int) -> int:
    """A name cut at j by the limit goes on to the end of the name or word it fell inside."""
    while j - i >= limit and j < line.n and line.cap(j - 1) and line.cap(j) and line.word(j):
        j += 1  # the limit fell inside a name ("... du lịch Hà | Nam"): finish it
    if j - i >= limit and line.cap(j - 1) and line.lower(j) and not is_stop(line, j):
        j += 1  # or inside a word ("... và Du | lịch")
    return j


# Heads of lowercase phrases that describe a group, not one body:
# "đoàn đại biểu Quốc hội do ... dẫn đầu", "cơ quan điều tra".
_GROUP_HEADS = frozenset(keys_of("đoàn cơ"))


def lowercase_body(line: Line, i: int) -> int:
    """End of a body of three syllables or more written in lowercase (`hội đồng xét xử`), or -1."""
    end = line.match(i, "bodies")
    if end < i + 3 or line.is_(i - 1, "các", "những"):
        return -1
    if line.key(i) in _GROUP_HEADS and not _investigators_of(line, i, end):
        return -1
    return end


def _investigators_of(line: Line, i: int, end: int) -> bool:
    """`cơ quan điều tra hình sự | Bộ Quốc phòng`, `cơ quan công an | huyện Cao Lộc`: an
    investigating body in lowercase is one body with the ministry or place it belongs to;
    alone (`cơ quan điều tra đã khởi tố`) it is any of them."""
    if not line.is_(i, "cơ"):
        return False
    if line.surface[end : end + 1] == ["-"] and line.gap(end) and line.gap(end + 1):
        end += 1  # "Cơ quan Cảnh sát điều tra - Bộ Công an"
    parent = line.match(end, "bodies", "org_heads") > end and line.cap(end)
    return parent or unit_place(line, end, bare=False)[0] > end


def described(line: Line, i: int) -> int:
    """End of `địa chính`, `lương thực Hà Nội` after a head: lowercase words, then a name."""
    j = i
    while j < i + 8 and line.lower(j) and not is_stop(line, j) and not place_starts(line, j):
        if line.match(j, "titles", "events", "documents") > j or _new_head(line, i, j):
            break
        j += 1
        if _hyphened(line, j):
            j += 1  # "sản xuất-kinh doanh", "thiết kế cầu-đường": one description
    if j == i:
        return -1
    j = max(j, region_after(line, j))
    numbered = line.digit(j) and line.surface[j].isdigit()
    if numbered and (line.is_(j - 1, "số") or not line.lower(j + 1) or is_stop(line, j + 1)):
        j += 1  # "… công trình giao thông 6 (TCT 6)", "Công ty xây dựng số 4 được giao"
    return max(j, place_at(line, j), cap_run(line, j, 4) if line.cap(j) else j)


def _hyphened(line: Line, j: int) -> bool:
    """A hyphen written without spaces between two lowercase words at j."""
    glued = line.surface[j : j + 1] == ["-"] and not line.gap(j) and not line.gap(j + 1)
    return glued and line.lower(j - 1) and line.lower(j + 1)


_REGION = frozenset(keys_of("phía miền"))
_QUARTERS = frozenset(keys_of("nam bắc trung"))


def region_after(line: Line, j: int) -> int:
    """`Công ty tư vấn thiết kế giao thông vận tải | phía nam`: the region a company or
    office serves ends its name; end after it, or -1."""
    if line.key(j) in _REGION and line.key(j + 1) in _QUARTERS:
        return j + 2
    return -1


def _new_head(line: Line, i: int, j: int) -> bool:
    """An org head that starts another body; not `vụ` of `dịch vụ` inside the description."""
    head = line.match(j, "org_heads")
    return head > j and not (head == j + 1 and j > i and line.lower(j - 1))


def joins_names(line: Line, j: int) -> bool:
    """`Huyết học và Truyền máu`: `và` between two capitalised parts of one name
    (or `&`, which some sources left as `&amp;`: `Tài nguyên &amp; Môi trường`)."""
    k = _after_joint(line, j)
    if k < 0 or not line.cap(k):
        return False
    other = line.match(k, "org_heads", "bodies", "titles", "places", "media")
    return other < 0 and person_run(line, k) < 0


def _after_joint(line: Line, j: int) -> int:
    if line.is_(j, "và"):
        return j + 1
    if line.surface[j : j + 1] == ["&"]:
        return j + 3 if line.surface[j + 1 : j + 3] == ["amp", ";"] else j + 1
    return -1


def joined_part(line: Line, j: int) -> int:
    """End of the capitalised part after `và` at j - 1 in one name (`... và Tuyên truyền`)."""
    j = max(j, _after_joint(line, j - 1))
    end = cap_run(line, j, 3)
    rest = lower_run(line, end, 5) if end == j + 1 else -1  # "và Kiểm sát án điều tra"
    return max(end, rest)


def place_starts(line: Line, j: int) -> bool:
    """A unit noun that starts a place (`huyện Như Xuân`, `tỉnh` at the end), not `xã hội`."""
    unit = line.match(j, "place_units")
    if unit <= j:
        return False
    return unit_place(line, j, bare=False)[0] > 0 or not line.lower(unit)


def lower_run(line: Line, i: int, limit: int) -> int:
    """End of the lowercase syllables that finish a capitalised word, or -1."""
    j = i
    while j < i + limit and line.lower(j) and not is_stop(line, j) and line.key(j) not in _TIME:
        if line.match(j, "titles", "events", "documents") > j or place_starts(line, j):
            break
        j += 1
    return j if j > i else -1


def title_case_words(line: Line, j: int, limit: int = 8) -> int:
    """`Đầu tư Thương mại`: more words of a body's name, each capitalised on its first syllable.

    Official names capitalise each word's first syllable only
    (`Trung tâm Xúc tiến Đầu tư Thương mại`). A place, a person or another
    body ends the run; so does a capitalised syllable with no lowercase one
    after it.
    """
    start = j
    while j < start + limit and line.cap(j) and not line.digit(j):
        if line.roman(j) and line.surface[j].isupper():
            break  # "Hội Nhà văn lần | VII chính thức": a number, not a word of the name
        if place_at(line, j) > j or line.match(j, "bodies", "org_heads", "titles", "media") > j:
            break
        if is_surname(line, j) and person_run(line, j) > j + 1:
            break
        rest = lower_run(line, j + 1, 1)
        if rest < 0:
            break
        j = rest
        if line.surface[j : j + 1] in (["-"], ["–"]) and line.cap(j + 1):
            j += 1  # "Kinh tế - Xã hội"
    if j > start and not line.word(j - 1):
        j -= 1
    return j


def after_country(line: Line, i: int, j: int) -> bool:
    """`Bộ Tư pháp Canada | Irwin Cotler`: a foreign name right after the place ends a body."""
    if not line.foreign(j):
        return False
    return any(place_at(line, k) == j for k in range(max(i, j - 4), j))


# Words that start another phrase after `và`, not a second field of the same name.
_NOT_FIELDS = frozenset(keys_of("các những nhiều mọi một hai ba"))
_MAX_FIELD = 6
# People and bodies named beside a body after `và`, no field of its name.
_ACTORS: tuple[str, ...] = ("người", "nhân dân", "cán bộ", "công nhân", "học sinh", "sinh viên")
_ACTORS += ("bà con",)
_ACTORS += ("gia đình", "lãnh đạo", "đại diện", "chính quyền", "doanh nghiệp", "đơn vị")


def lower_fields(line: Line, end: int) -> int:
    """End of `, kinh tế và môi trường`, `và kinh tế số` after a body's name written in
    lowercase (`Viện nghiên cứu xã hội | , kinh tế và môi trường`), or `end`.

    Fields listed with commas must close with `và`; the list must end where a
    name may end (punctuation, a grammar word, a place or a capital), never
    inside a lowercase phrase that goes on.
    """
    if not line.lower(end - 1):
        return end
    j, closed = end, False
    while j < line.n and (line.is_(j, "và") or line.surface[j] == ","):
        closed = line.is_(j, "và")
        if any(line.phrase(j + 1, p) > 0 for p in _ACTORS):
            return end  # "Công ty Cây xanh | và người dân": people beside the body
        if line.match(j + 1, "titles") > j + 1:
            return end  # "Tổng cục Cảnh sát | và giám đốc Công an …": a second post (news15)
        words = _field_words(line, j + 1)
        if words <= j + 1:
            return end
        j = words
        if closed:
            break
    ended = j >= line.n or not line.lower(j) or is_stop(line, j)
    return j if closed and ended else end


def _field_words(line: Line, i: int) -> int:
    """End of one lowercase field (`kinh tế số`, `chất lượng công trình`) at i, or i when
    none, or the field runs on past its longest length."""
    j = i
    while j < line.n and line.lower(j):
        compound = (line.key(j - 1), line.key(j)) in _FIELD_COMPOUNDS
        if line.key(j) in _NOT_FIELDS or line.match(j, "place_units") > j:
            break
        if is_stop(line, j) and not compound:
            break
        if j - i == _MAX_FIELD:
            return i  # "... quản lý chất lượng công trình xây dựng ...": a phrase, no field
        j += 1
    return j


# Nouns whose second syllable is a grammar word or verb: "công trình", "chương trình".
_FIELD_COMPOUNDS = frozenset(keys_of(p) for p in ("công trình", "chương trình", "quy trình"))
