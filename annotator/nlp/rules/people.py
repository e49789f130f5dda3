"""PER and LOC: names after titles and address words, bylines, credits and places."""

from __future__ import annotations

import re

from annotator.nlp.rules.compass import after_compass
from annotator.nlp.rules.credits import aside_sources, closing_aside, credit_heads
from annotator.nlp.rules.foreign import after_known_name
from annotator.nlp.rules.lines import Candidate, Line, keys_of
from annotator.nlp.rules.names import (
    OPENERS,
    STOP,
    cap_run,
    foreign_run,
    is_stop,
    is_surname,
    name_after,
    person_inside,
    person_run,
    place_at,
    single_name,
    unit_place,
)
from annotator.nlp.rules.venues import venue
from annotator.nlp.rules.zones import zone_head

# Lowercase address words that would be ordinary nouns when capitalised.
_LOWER_ONLY = frozenset({"em", "cô", "chú", "bác", "cháu", "cụ"})


def _after_honorific(line: Line, i: int) -> int:
    """Start of the name after an address word at i (`ông Dũng`), or -1."""
    end = line.match(i, "honorifics")
    if end < 0:
        return -1
    if line.cap(i) and (line.key(i) in _LOWER_ONLY or not _sentence_start(line, i)):
        return end if is_surname(line, end) and place_at(line, end) < 0 else -1
    return end


def _revered(line: Line, i: int, start: int, end: int) -> int:
    """`Bác Hồ`, `Bác Tôn`: a capitalised `Bác` before one syllable is the name the
    nation uses for a leader, so it starts the PER; `bác Ba` or `ông Hồ` do not."""
    revered = line.surface[i] == "Bác" and start == i + 1 and end == start + 1
    return i if revered else start


_ADDRESS_WORDS = ("số", "tại", "ở", "nhà", "hội", "ngõ", "hẻm", "kiệt", "ngách")
_HOUSE_NUMBER = re.compile(r"^\d{1,4}[A-Z]?(?:/\d{1,4}[A-Z]?)*$")


def _house_number(line: Line, i: int) -> bool:
    """`số 282`, `tại 12/3`, `(45A` right before a name: an address, not a count."""
    if i < 1 or not _HOUSE_NUMBER.match(line.surface[i]):
        return False
    return line.surface[i - 1] in ",(" or line.is_(i - 1, *_ADDRESS_WORDS)


def _sentence_start(line: Line, i: int) -> bool:
    return i == 0 or line.surface[i - 1] in '.:;!?"“(-–'


def find_people(line: Line, role_ends: set[int]) -> list[Candidate]:
    """PER candidates: after a ROLE, after an address word, surname-led names."""
    found: list[Candidate] = []
    for i in range(line.n):
        if not line.word(i) or not (line.hits(i) or i in role_ends or i - 1 in role_ends):
            continue
        start = _after_honorific(line, i)
        if start > 0:
            end = person_run(line, start, min_len=1, places=True)
            if place_at(line, start) >= end:
                end = -1  # "con cháu Việt Nam", "nhà lãnh đạo Việt Nam": a place, not a name
            if end > start:
                found.append(Candidate(_revered(line, i, start, end), end, "PER"))
                continue
        if i in role_ends or (i - 1 in role_ends and line.surface[i - 1] in "-–"):
            end = person_run(line, i)
            if end < 0 and single_name(line, i):
                end = i + 1
            if end > i and place_at(line, i) >= end:
                end = -1  # "nhà lãnh đạo Việt Nam": the leader's country, not a name
            if end > i:
                found.append(Candidate(i, end, "PER"))
                continue
        opened = not line.cap(i - 1) or _sentence_opener(line, i - 1)
        if is_surname(line, i) and opened and line.match(i, "place_units") != i + 1:
            end = person_run(line, i)  # not "Đường | Lương Định Của": a street, not a Đường
            street = _house_number(line, i - 1)
            if end > i + 2 or street and end == i + 2:
                # "282 Nguyễn Huy Tưởng", "số 585 Nguyễn Trãi": after a house number, a
                # street named after someone.
                label = "LOC" if street else "PER"
                found.append(Candidate(i, end, label, weak=True))
    found.extend(_credits(line))
    found.extend(_foreign_names(line))
    found.extend(_slashed_bylines(line))
    return found


def _sentence_opener(line: Line, k: int) -> bool:
    """`Riêng | Nguyễn Anh Đào`, `Còn | Trần Văn Hùng`: a listed word that opens the
    sentence, capitalised only for that, before a name."""
    starts = k == 0 or line.surface[k - 1] in '.!?:;"“(-–'
    return starts and line.match(k, "not_names") == k + 1


def _slashed_bylines(line: Line) -> list[Candidate]:
    """`Trung Hiếu/VOV.VN biên dịch`: a name glued by a slash to the outlet it writes for."""
    found = []
    for k in range(2, line.n - 1):
        if line.surface[k] != "/" or line.gap(k) or line.gap(k + 1):
            continue
        outlet = line.match(k + 1, "media") > k + 1 or line.surface[k + 1].isupper()
        start = k
        while start > 0 and k - start < 3 and line.cap(start - 1) and not line.digit(start - 1):
            start -= 1
        opens = start == 0 or not line.word(start - 1)
        source = line.match(k - 1, "media") == k  # "Theo Guardian/CNN": sources, no byline
        if (
            outlet
            and opens
            and k - start >= 2
            and line.match(start, "media", "bodies") < 0
            and not source
        ):
            found.append(Candidate(start, k, "PER"))
    return found


# Words after which a lone foreign-shaped word is where something happens.
_PLACE_BEFORE = ("tại", "ở", "rời", "sang", "khắp", "thăm", "đến", "tới", "gần", "quanh", "khỏi")


def _foreign_names(line: Line) -> list[Candidate]:
    """Foreign names by their shape: `Dennis Hastert` (a weak PER), `tại Mariupol` (LOC)."""
    found = []
    for i in range(line.n):
        if not line.foreign(i) or _listed(line, i):
            continue
        if line.cap(i - 1) and not after_known_name(line, i):
            continue
        end = foreign_run(line, i)
        if end > i + 1:
            # "New Orleans", "Đăk Nông", "đại lộ Champs-Elysees": a place by its first word or unit.
            unit = any(line.match(k, "place_units") == i for k in range(max(0, i - 2), i))
            placed = unit or line.match(i, "place_prefixes") == i + 1 or line.is_(i - 1, "ở", "tại")
            label = "LOC" if placed else "PER"  # "ở Thunder Bay"
            if unit and end - i >= 3 and line.gap(i + 1) and line.word(i + 1):
                # "tỉnh Champasak | Sonsay Siphandone": a one-word place, then its holder
                found += [
                    Candidate(i, i + 1, "LOC", weak=True),
                    Candidate(i + 1, end, "PER", weak=True),
                ]
                continue
            found.append(Candidate(i, end, label, weak=True))
        elif (
            end == i + 1
            and line.is_(i - 1, *_PLACE_BEFORE)
            and line.surface[end : end + 1] != ["-"]
        ):
            found.append(Candidate(i, end, "LOC", weak=True))
    return found


def _listed(line: Line, i: int) -> bool:
    """A word of some list other than name particles (`Del Piero` is still a name)."""
    return any(kinds - {"name_particles", "place_prefixes"} for _, kinds in line.hits(i))


def _credits(line: Line) -> list[Candidate]:
    """Photo, video and chart credits: `(Ảnh: N.Đ)`, `Ảnh: Quốc Chính`, `Video: Đức Huy`."""
    found = []
    for _, head in credit_heads(line):
        if head < line.n - 1 and line.surface[head] == ":":
            j = head + 1
            end = j + 1 if line.initials(j) else _credit_run(line, j)
            if end == j + 1 and len(line.surface[j]) == 1 and line.surface[end : end + 1] == ["."]:
                end = max(end, _initial_credit(line, end + 1))  # "Ảnh: N. Hữu"
            if end <= j:
                continue
            if (
                end == j + 1
                and line.surface[j].isupper()
                and "." not in line.surface[j]
                or line.match(j, "media") == end
            ):
                found.append(Candidate(j, end, "ORG"))
            else:
                found.append(Candidate(j, end, "PER"))
    return found


def _initial_credit(line: Line, i: int) -> int:
    """End of the name after an initial in a credit (`N. Hữu`, `M. SƠN`): two words, one case."""
    end = i
    upper = line.surface[i].isupper() if i < line.n else False
    while end < line.n and end - i < 2 and line.cap(end) and line.key(end) not in STOP:
        if line.surface[end].isupper() != upper or line.match(end, "not_names") == end + 1:
            break
        end += 1
    return end


def _credit_run(line: Line, i: int) -> int:
    end = i
    while end < line.n and end - i < 4 and line.cap(end):
        end += 1
    return end


def byline(line: Line) -> list[Candidate]:
    """A line that is only a name: the author at the end, `NGUYÊN ĐOAN | date`, `Theo TTXVN`."""
    if not line.n or line.n - line.surface.count("/") > 8 or not line.word(0):
        return []  # a slash between sources counts for nothing: "(Theo Guardian/CNN/Reuters)"
    start = 1 if line.is_(0, "theo", "ảnh") and line.n > 1 else 0  # "Ảnh Ng.Thạnh": a credit
    if line.initials(start) and (line.n == start + 1 or line.surface[start + 1] == "|"):
        return [Candidate(start, start + 1, "PER")]
    end = start
    while end < line.n and end - start < 4 and line.cap(end) and not line.digit(end):
        if end > start and line.is_(end, "theo") and not line.gap(end):
            return _glued_source(line, start, end)  # "Minh PhuongTheo Reuters"
        end += 1
    rest = line.surface[end:]
    aside = closing_aside(line, end)
    if end == start or (rest and rest[0] != "|" and not aside and not _credited(line, end)):
        return []
    if start and line.match(start, "media") == end or _acronym(line, start, end):
        return [Candidate(start, end, "ORG")]
    kinds = ("bodies", "titles", "places", "org_heads", "not_names", "media")
    if end - start < 2 or line.match(start, *kinds) >= end or _word_and_place(line, start, end):
        return []
    return [Candidate(start, end, "PER")] + (aside_sources(line, end) if aside else [])


# What an interview's author did, after the name on the closing line (`Việt Anh thực hiện`).
_CREDITS = ("thực hiện", "ghi")


def _credited(line: Line, end: int) -> bool:
    """`thực hiện`, `ghi` (and a full stop) end the line after the author's name."""
    credit = line.longest(end, _CREDITS)
    return credit > 0 and line.surface[credit:] in ([], ["."])


def _word_and_place(line: Line, start: int, end: int) -> bool:
    """`Tin Quảng Nam`, `Thời sự Hà Nội`: a heading word before a place, not someone's name
    (a surname before a place, `Trần Thái Bình`, is still a name)."""
    return not is_surname(line, start) and any(
        place_at(line, k) == end for k in range(start + 1, end)
    )


def _glued_source(line: Line, start: int, theo: int) -> list[Candidate]:
    """The author's name glued to `Theo` and the source after it, which is an ORG when listed."""
    found = [Candidate(start, theo, "PER")] if theo - start >= 2 else []
    source = line.match(theo + 1, "media")
    if source == line.n or _acronym(line, theo + 1, line.n):
        found.append(Candidate(theo + 1, line.n, "ORG"))
    return found


def _acronym(line: Line, start: int, end: int) -> bool:
    """`Theo AFP`: a source agency written as an acronym."""
    return end == start + 1 and start > 0 and line.surface[start].isupper()


def find_places(line: Line) -> list[Candidate]:
    """LOC candidates: names after unit nouns (`tỉnh Quảng Nam`) and known places."""
    found: list[Candidate] = []
    i = 0
    while i < line.n:
        if not line.hits(i):
            i += 1
            continue
        unit = line.match(i, "place_units")
        opens = line.surface[unit : unit + 1] in ([":"], ["("])
        if unit > i and (line.is_(i - 1, "các") or line.digit(i - 1)) and opens:
            found.extend(_place_list(line, unit, plural=True))
        end, name_start, name_end = unit_place(line, i, bare=False, persons=False)
        if _holder_after(line, name_start, name_end) < name_end:
            end = name_end = _holder_after(line, name_start, name_end)
        # "TP Pleiku", unless the whole is a known place ("TP Hồ Chí Minh").
        abbreviated = line.surface[i].isupper() and line.surface[i].isalpha()
        # A capitalised word that goes on in lowercase is no name ("TP Anh hùng").
        ended = not line.lower(end) or is_stop(line, end)  # "TP Pleiku | trong niềm vui"
        abbreviated = abbreviated and place_at(line, i) < 0 and ended
        zoned = zone_head(line, i, line.match(i, "place_units"))  # "Khu đô thị [Thủ Thiêm]"
        if end > i and (line.lower(i) or abbreviated or zoned or _after_open(line, i)):
            found.append(Candidate(name_start, name_end, "LOC"))
            plural = line.is_(i - 1, "các", "những") or _counted(line, i - 1)
            found.extend(_place_list(line, name_end, plural=plural))
            i = end
            continue
        end = venue(line, i)
        if end <= i:
            end = _known_place_at(line, i)
        if end > i:
            found.append(Candidate(i, end, "LOC"))
            i = end
            continue
        i += 1
    return found


def _known_place_at(line: Line, i: int) -> int:
    """End of a known place at i, or -1 for one word read as part of a longer capitalised run."""
    end = place_at(line, i)
    # A capitalised grammar word after it starts a glued sentence ("Ukraine Trong").
    named_on = line.cap(end) and line.key(end) not in STOP and not _acronym_at(line, end)
    capital_before = line.cap(i - 1) and not _side_word(line, i - 1)
    capital_before = capital_before and not after_compass(line, i)
    return end if end > i and not (end == i + 1 and (named_on or capital_before)) else -1


_SIDES = frozenset(keys_of("phía nước người"))
# Prepositions and conjunctions that open a sentence before a place (`Với Mỹ, …`,
# `Giữa VN và Nhật Bản`, `Cả VN và Nhật`): blind-time misses in news5, news9, news15.
_GRAMMAR_OPENERS = frozenset(
    keys_of("với giữa cả cùng nhưng và còn riêng về do vì cho trên ngoài sau trước qua nếu dù")
)


def _side_word(line: Line, i: int) -> bool:
    """`Phía Nga`, `Khi Nga`: a sentence's first word, capitalised only for its place,
    that is a grammar word or names a country's side, so the place after it stands alone."""
    opens = i == 0 or line.surface[i - 1] in '.:;!?"“(-–'
    word = line.key(i)
    return opens and (word in _SIDES or word in OPENERS or word in _GRAMMAR_OPENERS)


def _holder_after(line: Line, start: int, end: int) -> int:
    """Where the holder's full name starts inside a unit noun's place [start, end)
    (`cửa khẩu Tân Thanh | Nông Văn Măng`), else end; a two-word end after a
    business name is the place's own (`Co.opMart Phan Rang`)."""
    if end - start < 3:
        return end
    run = cap_run(line, start, 8)
    split = person_inside(line, start, run)
    return split if start < split < end and run - split >= 3 else end


def _acronym_at(line: Line, i: int) -> bool:
    """`TPO`, `TTO` right after a place: an outlet's mark glued on, not more of the name."""
    word = line.surface[i]
    return len(word) > 1 and word.isupper() and word.isalpha()


_AT = frozenset(keys_of("ở tại"))
_LISTED = ("bodies", "titles", "org_heads", "events", "media", "honorifics", "not_names", "places")


def places_after_at(line: Line) -> list[Candidate]:
    """`ở Cai Lậy`, `tại Bình Khánh`: two or three capitalised words after `ở`/`tại` (a weak LOC).

    Not a person's name (a family name first), a body, an event, a title or a
    foreign name (those have rules of their own).
    """
    found = []
    for i in range(1, line.n):
        if line.keys[i - 1] not in _AT or not (line.lower(i - 1) and line.cap(i)):
            continue
        end = cap_run(line, i, 3)
        if not 2 <= end - i <= 3 or line.cap(end) or is_surname(line, i):
            continue
        if line.lower(end) and not is_stop(line, end):
            continue  # "tại Nhà Truyền | thống": a word cut in two
        if any(line.match(k, *_LISTED) > k or line.foreign(k) for k in range(i, end)):
            continue
        found.append(Candidate(i, end, "LOC", weak=True))
    return found


def _after_open(line: Line, i: int) -> bool:
    """Sentence-initial or after an opening bracket, where a unit noun is capitalised."""
    return i == 0 or line.surface[i - 1] in '(.:;"“-–'


def _counted(line: Line, i: int) -> bool:
    """`3 phường`, `hai xã`: a count before a unit noun, so a list of names follows."""
    return line.digit(i) and line.surface[i].isdigit() or line.is_(i, "hai", "ba", "bốn", "năm")


def _place_list(line: Line, i: int, *, plural: bool) -> list[Candidate]:
    """Further names in `các huyện: A, B và C`."""
    if not plural:
        return []
    found = []
    while i < line.n and (line.surface[i] in ",:(" or line.is_(i, "và")):
        end = name_after(line, i + 1, 3)
        if end <= i + 1:
            break
        found.append(Candidate(i + 1, end, "LOC"))
        i = end
    return found
