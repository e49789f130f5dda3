"""A person's name found once in an article, carried to their other mentions.

A full name found once (`Vladimir Putin`, `Tổng thống Putin`) is a PER wherever
else it is written: a foreign name also by its last word alone (`Putin`), a
Vietnamese one by its given name (`Dũng` of `Quan Minh Quốc Dũng`) where it stands
alone or after an address word or a post; the post right before a carried name
is a ROLE as before a name found in place. A foreign full name is also
mentioned by its first word where that stands alone (`Saddam` of `Saddam
Hussein`, `Antonino` of `Antonino Giuffre`; blind, news23, news26 and news27
missed such mentions), and by a last word of any shape when the name is
foreign by its first (`Lim` of `Robyn Lim`, news23); both only for a name
written once after a post or an address word, since a list of clubs or a
product (`Bilbao Villarreal`, `Ford Everest`) reads like a name too.
"""

from __future__ import annotations

from annotator.nlp.rules.lines import Candidate, Line, keys_of
from annotator.nlp.rules.people.nicknames import nickname_given
from annotator.nlp.rules.places.given import (
    alias_nicknames,
    foreign_people_not_places,
    quoted_nicknames,
    titled_given_names,
    unplaced,
)


def propagate_names(chosen: list[tuple[Line, list[Candidate]]]) -> None:
    """Every later or earlier mention of a full name found once is a PER too.

    A foreign name is also mentioned by its last word alone (`Putin` after
    `Vladimir Putin` or `Tổng thống Putin`).
    """
    found = [(line, c) for line, spans in chosen for c in spans if c.label == "PER"]
    names = {tuple(line.keys[c.start : c.end]) for line, c in found if c.end - c.start >= 2}
    surnames = {
        (line.keys[c.end - 1],)
        for line, c in found
        if c.end - c.start >= 2 and line.foreign(c.end - 1)
    }
    names |= {(line.keys[c.end - 1],) for line, c in found if line.foreign(c.end - 1)}
    introduced = _introduced_people(chosen)
    names |= {(line.keys[c.end - 1],) for line, c in introduced if _foreign_led(line, c, c.end - 1)}
    firsts = {(line.keys[c.start],) for line, c in introduced if _foreign_led(line, c, c.start)}
    names |= firsts
    given: set[tuple[str, ...]] = {
        (line.keys[c.end - 1],) for line, c in found if _vietnamese_full_name(line, c)
    }
    given |= {(nick,) for line, c in found if (nick := nickname_given(line, c))}
    names |= given
    # "Theo Thu Huệ" after "Nguyễn Thị Thu Huệ": the last two syllables name her too.
    names |= {
        tuple(line.keys[c.end - 2 : c.end])
        for line, c in found
        if c.end - c.start >= 3 and _vietnamese_full_name(line, c)
    }
    if not names:
        return
    aliases = alias_nicknames([line for line, _ in chosen], given)
    for index, (line, spans) in enumerate(chosen):
        spans = titled_given_names(line, _given_not_place(line, spans, given), given)
        spans = foreign_people_not_places(line, spans, surnames)
        mentions = _mentions(line, spans, names, given | firsts)
        spans = sorted(spans + mentions, key=lambda c: c.start)
        spans = quoted_nicknames(line, spans, given, aliases)
        spans += _listed_with_given(line, spans, given)
        spans += _ranks_before(line, spans)
        chosen[index] = (line, sorted(spans, key=lambda c: c.start))


def _mentions(
    line: Line, spans: list[Candidate], names: set[tuple[str, ...]], given: set[tuple[str, ...]]
) -> list[Candidate]:
    """The line's other mentions of the article's names, outside its spans; a given name
    alone only where it stands alone or after an address word."""
    longest = max(len(n) for n in names)
    taken = [False] * line.n
    for c in spans:
        for k in range(c.start, c.end):
            taken[k] = True
    extra = []
    for i in range(line.n):
        if taken[i] or not line.cap(i):
            continue
        for size in range(min(longest, line.n - i), 0, -1):
            key = tuple(line.keys[i : i + size])
            if key in names and not any(taken[i : i + size]):
                if (
                    not line.cap(i + size)
                    and not _on_premises(line, i)
                    and (
                        key not in given
                        or _alone(line, i)
                        or _addressed(line, i)
                        or _posted(line, i)
                    )
                ):
                    extra.append(Candidate(i, i + size, "PER"))
                    for k in range(i, i + size):
                        taken[k] = True
                break
    return extra


def _on_premises(line: Line, i: int) -> bool:
    """`quán karaoke Hương Xuân`, `doanh nghiệp tư nhân Kiều Phương`: a shop or a small
    business named after its owner, right before token i; the name there is the
    business's, not a mention of the owner."""
    premises = line.gaz.phrases("premises")
    return any(line.longest(k, premises) == i for k in range(max(0, i - 4), i))


def _listed_with_given(
    line: Line, spans: list[Candidate], given: set[tuple[str, ...]]
) -> list[Candidate]:
    """`Chung chỉ đạo Hải và Ngọc`: a lone capitalised word listed right after the
    article's given name of someone is one more person named the same way."""
    singles = {c.end: c for c in spans if c.label == "PER" and c.end == c.start + 1}
    taken = {k for c in spans for k in range(c.start, c.end)}
    out = []
    for end, c in singles.items():
        i = end + 1
        if (line.keys[c.start],) not in given or not (
            line.surface[end : end + 1] == [","] or line.is_(end, "và")
        ):
            continue
        if i in taken or not line.cap(i) or line.cap(i + 1) or line.foreign(i) or line.digit(i):
            continue
        # After a comma the list must go on (`Chung, Hải và Ngọc`), not a new clause
        # start (`Theo thầy Hội, Lịch sử ...`).
        listing = (
            line.is_(end, "và") or line.surface[i + 1 : i + 2] == [","] or line.is_(i + 1, "và")
        )
        if listing and _alone(line, i) and not line.surface[i].isupper():
            out.append(Candidate(i, i + 1, "PER"))
    return out


def _ranks_before(line: Line, spans: list[Candidate]) -> list[Candidate]:
    """`Tướng Konashenkov` after `Tướng Igor Konashenkov`: a one-word rank or post
    right before a name carried here is a ROLE, as it is before a name found in place."""
    taken = {k for c in spans for k in range(c.start, c.end)}
    one = [
        Candidate(c.start - 1, c.start, "ROLE")
        for c in spans
        if c.label == "PER"
        and c.start - 1 not in taken
        and line.match(c.start - 1, "posts", "titles") == c.start
        and (line.cap(c.start - 1) or not line.word(c.start - 2))  # not "thuyền [trưởng]"
    ]
    # "bác sĩ Cấp" after "bác sĩ Nguyễn Trung Cấp": a two-word post, as before the full name.
    two = [
        Candidate(c.start - 2, c.start, "ROLE")
        for c in spans
        if c.label == "PER"
        and not taken.intersection((c.start - 2, c.start - 1))
        and (
            line.match(c.start - 2, "posts", "titles") == c.start
            or line.phrase(c.start - 2, "đại biểu") == c.start  # "Đại biểu Dũng"
        )
    ]
    return one + [c for c in two if not any(o.start == c.start + 1 for o in one)]


def _introduced_people(chosen: list[tuple[Line, list[Candidate]]]) -> list[tuple[Line, Candidate]]:
    """The PERs written after a post or an address word, line by line.

    Where the line's ROLEs end is gathered once per line: a scan of every span
    per PER made a 200,000-character line cost twice prose per character."""
    out = []
    for line, spans in chosen:
        role_ends = frozenset(p.end for p in spans if p.label == "ROLE")
        out += [(line, c) for c in spans if _introduced(line, c, role_ends)]
    return out


def _introduced(line: Line, c: Candidate, role_ends: frozenset[int]) -> bool:
    """The PER c is written after a post or an address word (`ông Jordan Ryan`, `nhà
    phân tích Robyn Lim`): a person for sure, not a club or a product read as one."""
    if c.label != "PER":
        return False
    return c.start in role_ends or _addressed(line, c.start)


def _foreign_led(line: Line, c: Candidate, k: int) -> bool:
    """Token k of the PER c may name its holder alone: c is two or three words opening
    with a foreign-shaped one, and k is in no list (`Robyn Lim`: `Lim`, not `Nam` of
    `Kim Yong-Nam` nor a particle). Its first word only when every word is
    foreign-shaped: `Samco Công`, a firm run on into the next word, names no one."""
    if not 2 <= c.end - c.start <= 3 or not line.foreign(c.start) or line.hits(k):
        return False
    return k != c.start or all(line.foreign(j) for j in range(c.start, c.end))


def _vietnamese_full_name(line: Line, c: Candidate) -> bool:
    """`Quan Minh Quốc Dũng`: three or more syllables from a family name, whose given
    name (`Dũng`) the article then uses alone."""
    return c.end - c.start >= 2 and line.match(c.start, "surnames") == c.start + 1


def _alone(line: Line, i: int) -> bool:
    """A given name standing alone: no capitalised word before it, and no listed
    word or phrase at it (`Bộ đội`, `Thành phố`: a given name can be a common word).

    A family name is no such word (`Thiều` of `Nguyễn Gia Thiều` is also one), nor is a
    part of day that dates nothing after it (`Sáng` of `Lầu Lý Sáng`, see `_timeless`)."""
    listed = any(kinds - _SURNAME and not _timeless(line, i, kinds) for _, kinds in line.hits(i))
    return not line.cap(i - 1) and not listed


_SURNAME = frozenset({"surnames"})
# A part of day is listed as a time word and as a sentence opener (`place_stop.txt`).
_TIME_WORDS = frozenset({"time_words", "not_names"})
# Words after a part of day that make it a time (`Sáng nay`, `Sáng 22-3`, `Sáng thứ Hai`).
_DATING = frozenset(
    keys_of("nay qua mai hôm ngày mùng mồng thứ chủ cùng sớm muộn tối tới sau đó ấy này tuần rằm")
)


def _timeless(line: Line, i: int, kinds: frozenset[str]) -> bool:
    """A part of day at i (`Sáng`) with no date, day or time word after it: the given
    name the article's person goes by (`Sáng khai nhận`, `thuộc cấp của Sáng`, seven
    mentions of `Lầu Lý Sáng` missed in news30 at blind time), not `Sáng 22-3`."""
    if not kinds <= _TIME_WORDS or line.match(i, "time_words") != i + 1:
        return False
    nxt = i + 1
    return nxt < line.n and line.word(nxt) and not line.digit(nxt) and line.key(nxt) not in _DATING


def _posted(line: Line, i: int) -> bool:
    """A rank or post right before token i (`Tướng Oánh`, `Đại biểu Dũng`)."""
    before = any(line.match(k, "posts", "titles") == i for k in (i - 1, i - 2))
    return before or line.phrase(i - 2, "đại biểu") == i


def _addressed(line: Line, i: int) -> bool:
    """An address word right before token i (`ông`, `bị can`)."""
    return any(line.match(k, "honorifics") == i for k in (i - 1, i - 2))


def _given_not_place(
    line: Line, spans: list[Candidate], given: set[tuple[str, ...]]
) -> list[Candidate]:
    """`bị can Vinh`, `ông Vinh` after `Dương Quang Vinh`: an address word before the
    given name of the article's person makes it theirs, not the city's; so does
    standing where no place is written (`tại tòa, Vinh thừa nhận`)."""
    out = []
    for c in spans:
        if (
            c.label == "LOC"
            and c.end == c.start + 1
            and (line.keys[c.start],) in given
            and (_addressed(line, c.start) or unplaced(line, c.start))
        ):
            c = Candidate(c.start, c.end, "PER")
        out.append(c)
    return out
