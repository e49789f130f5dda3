"""A person's given name that is also a place's name (`Vinh`, `Huế`).

Court and crime reports name a defendant in full once (`Dương Quang Vinh`)
and then by the given name alone (`[Vinh] thừa nhận`, `được [Vinh] thu
gom`); the place gazetteer reads the city. Where nothing before the word
makes it a place (`tại`, `ở`, a unit noun, a capitalised word) it is the
person's. A nickname in quotes after the given name is part of the name,
also when it is a place's name (`Dũng “Huế”`, as `Hùng "xì-tẹc"`).
"""

from __future__ import annotations

from collections.abc import Set as AbstractSet

from annotator.nlp.rules.lines import Candidate, Line, keys_of

# Words after which a place's name stands: prepositions of place and of origin.
_PLACE_WORDS = (
    "tại",
    "ở",
    "từ",
    "đến",
    "tới",
    "về",
    "ra",
    "vào",
    "thăm",
    "sang",
    "lên",
    "xuống",
    "khắp",
    "qua",
    "khỏi",
    "gần",
    "thuộc",
    "quê",
    "xứ",
    "miền",
    "dân",
    "người",
    "tỉnh",
    "thành",
)
_OPEN = frozenset('"“')
_CLOSE = frozenset('"”')


def unplaced(line: Line, i: int) -> bool:
    """Token i (a one-word place in the gazetteer) stands where no place is written:
    no place word or unit noun before it, no capitalised word beside it, no country."""
    if line.match(i, "countries") > i or line.cap(i - 1) or line.cap(i + 1):
        return False
    if line.is_(i - 1, *_PLACE_WORDS):
        return False
    if any(line.match(k, "place_units") == i for k in range(max(0, i - 3), i)):
        return False
    after = line.surface[i + 1 : i + 2]
    if after in (["-"], ["–"], ["("]):
        return False  # "Vinh - Nghệ An", "Vinh (Nghệ An)"
    return not (after == [","] and line.match(i + 2, "provinces", "places") > i + 2)


# Words that introduce a nickname: "còn có biệt danh là Hải “đại nhân”".
_ALIAS_CUES = ("biệt danh", "biện danh", "hỗn danh", "gọi là", "tức")
_CUE_STARTS = frozenset(keys_of(cue)[0] for cue in _ALIAS_CUES)


def alias_nicknames(lines: list[Line], given: set[tuple[str, ...]]) -> set[tuple[str, ...]]:
    """Given name and nickname keys of every `biệt danh là Hải “đại nhân”` in the article:
    a lowercase nickname of several words is one only where the article calls it one."""
    found = set()
    for line in lines:
        for i in range(line.n):
            if line.keys[i] not in _CUE_STARTS:
                continue
            cue = max(line.phrase(i, cue) for cue in _ALIAS_CUES)
            name = cue + 1 if line.is_(cue, "là") else cue
            if cue < 0 or (line.key(name),) not in given or not line.cap(name):
                continue
            close = _quoted_after(line, name + 1, lowercase=True)
            if close:
                found.add(tuple(line.keys[name : close + 1]))
    return found


def quoted_nicknames(
    line: Line,
    spans: list[Candidate],
    given: set[tuple[str, ...]],
    aliases: AbstractSet[tuple[str, ...]] = frozenset(),
) -> list[Candidate]:
    """`[Dũng] “[Huế]”` → `[Dũng “Huế”]`: the article's given name, then one or two
    capitalised words in quotes right after it, is one PER with its quotes; so is a
    lowercase nickname the article introduced as one (`Hải “đại nhân”`)."""
    out: list[Candidate] = []
    skip_to = -1
    for c in spans:
        if c.start < skip_to:
            continue
        close = _quoted_after(line, c.end)
        alias = _quoted_after(line, c.end, lowercase=True)
        if alias and tuple(line.keys[c.start : alias + 1]) in aliases:
            close = alias
        if c.label == "PER" and c.end == c.start + 1 and (line.keys[c.start],) in given and close:
            inside = [o for o in spans if c.end <= o.start and o.end <= close]
            if all(o.label in ("LOC", "PER", "ORG") for o in inside):
                out.append(Candidate(c.start, close + 1, "PER"))
                skip_to = close + 1
                continue
        out.append(c)
    return out


def _quoted_after(line: Line, q: int, *, lowercase: bool = False) -> int:
    """Index of the quote closing one or two capitalised words (or, with `lowercase`,
    one to three lowercase words) opened at q, or 0."""
    if line.surface[q : q + 1] == [] or line.surface[q] not in _OPEN:
        return 0
    if not line.gap(q) or line.gap(q + 1):
        return 0  # `Dũng “Huế”`: a space before the quote, none after it
    for k in range(q + 1, min(line.n, q + 5 if lowercase else q + 4)):
        if line.surface[k] in _CLOSE:
            return k if k > q + 1 and not line.gap(k) else 0
        if not (line.lower(k) if lowercase else line.cap(k)):
            return 0
    return 0


def foreign_people_not_places(
    line: Line, spans: list[Candidate], surnames: AbstractSet[tuple[str, ...]]
) -> list[Candidate]:
    """`đứng gần [Putin]` after `Vladimir Putin`: a foreign word read as a place after a
    preposition is the person the article named in full with it."""
    return [
        Candidate(c.start, c.end, "PER")
        if c.label == "LOC"
        and c.end == c.start + 1
        and line.foreign(c.start)
        and line.match(c.start, "places", "countries") < 0
        and (line.keys[c.start],) in surnames
        else c
        for c in spans
    ]


def titled_given_names(
    line: Line, spans: list[Candidate], given: AbstractSet[tuple[str, ...]]
) -> list[Candidate]:
    """`Thứ trưởng [Đức]` after `Ngô Thịnh Đức`: a title whose one-word country or place
    (`Thứ trưởng Đức`, a German deputy minister) is the given name of the article's
    person is the title and that person, as `ông Vinh` is the person, not the city.

    So is any other listed word a title ran on to (`Thứ trưởng Khu` after `Bùi Xuân
    Khu`, `Thẩm phán Hội` after `Nguyễn Quốc Hội`: a zone's and an association's
    head word; news25 and news31 at blind time)."""
    out: list[Candidate] = []
    for c in spans:
        last = c.end - 1
        if (
            c.label == "ROLE"
            and c.end - c.start >= 2
            and (line.keys[last],) in given
            and line.hits(last)
            and line.match(c.start, "titles", "posts") == last
            and not line.cap(c.end)  # "Thủ tướng Đức Angela Merkel": the country's post
        ):
            out += [Candidate(c.start, last, "ROLE"), Candidate(last, c.end, "PER")]
            continue
        out.append(c)
    return out
