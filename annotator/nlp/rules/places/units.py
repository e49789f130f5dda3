"""LOC: names after unit nouns (`tỉnh Quảng Nam`), known places and `ở`/`tại` places."""

from __future__ import annotations

from annotator.nlp.rules.lines import Candidate, Line, keys_of
from annotator.nlp.rules.names import STOP, cap_run, is_stop, is_surname, name_after, person_inside
from annotator.nlp.rules.places.compass import after_compass
from annotator.nlp.rules.places.listed import OPENERS, place_at
from annotator.nlp.rules.places.venues import venue
from annotator.nlp.rules.places.zones import zone_head
from annotator.nlp.rules.unit_phrases import unit_place


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
