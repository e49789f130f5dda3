"""ROLE: a trade written right before a person's name (`[phóng viên] Evgeniy Maloletka`).

The guidelines make a profession right before a name a ROLE (`[luật sư] Phạm
Ngọc Hiếu`, `[Đạo diễn] Lưu Trọng Ninh`); `posts.txt` holds the trades that
are a ROLE with their body too. The trades here are a ROLE only before a
name: with an outlet or a ship after them, in general or in the plural they
are none (`trao đổi với phóng viên Dân trí`, `Phóng viên AP cho biết`,
`thuyền trưởng của tàu`, `các phóng viên`), as the gold has them. A
nationality may stand between, with or without `người` (`[rapper] người [Nga]
[Husky]`, `[Phóng viên chiến trường] [Nga] Alexander Sladkov`, news7 and news13), and a lone
foreign-shaped word after the trade is the person (`[rapper] [Husky]`).

Why (blind-time rules errors, news3 … news10): a profession before or
beside a name was missed in all eight sets (`Tướng`, `Đạo diễn`, `kế toán`,
`Luật gia`, `bình luận viên`, `bác sĩ`, …); what the lists did not reach by
round 13 were the trades below (news7 `Phóng viên chiến trường`, news8
`phóng viên`, news10 `rapper` twice and `thuyền trưởng`).
"""

from __future__ import annotations

from annotator.nlp.rules.lines import Candidate, Line, keys_of
from annotator.nlp.rules.places.listed import place_at

# Trades that are a ROLE only right before a person's name: a closed class of
# the press, the sea and the air, and the stage. Sport is left out: its
# trades come with clubs and nicknames (`cầu thủ Portsmouth`) the rules
# cannot tell from a person, and sport is no political news.
_TRADES = (
    "phóng viên",
    "phóng viên chiến trường",
    "phóng viên ảnh",
    "nhiếp ảnh gia",
    "thuyền trưởng",
    "phi công",
    "cơ trưởng",
    "rapper",
    "nghệ sĩ",
)
_FIRST = frozenset(keys_of(t)[0] for t in _TRADES)
# Words that make the trade general or plural (`các phóng viên`, `nhiều cầu thủ`).
_SOME = frozenset(keys_of("các những nhiều mấy vài một hai ba số nhóm đoàn"))


def trades_before_names(line: Line, spans: list[Candidate]) -> list[Candidate]:
    """The spans with a ROLE for a trade right before a PER (and a lone foreign name as PER)."""
    trades = _trades(line)
    if not trades:
        return spans
    out = list(spans)
    taken = {k for c in spans for k in range(c.start, c.end)}
    for start, end in trades:
        if taken.intersection(range(start, end)):
            continue
        found = _name_after(line, end, spans)
        if not found:
            continue
        out.append(Candidate(start, end, "ROLE"))
        out.extend(c for c in found if c not in spans)
    return sorted(out, key=lambda c: c.start)


# Words after a scholar's trade in apposition that place it, outside the ROLE
# (`Tobias Basuki, [chuyên gia] tại Trung tâm …`, news13).
_PLACED = ("tại", "ở", "thuộc")


def trades_after_names(line: Line, spans: list[Candidate]) -> list[Candidate]:
    """The spans with a ROLE for a profession in apposition after `PER ,`, placed by `tại`."""
    taken = {k for c in spans for k in range(c.start, c.end)}
    added = []
    for p in spans:
        k = p.end + 1
        if p.label != "PER" or line.surface[p.end : k] != [","] or not line.lower(k):
            continue
        end = line.match(k, "professions")
        if end > k and line.is_(end, *_PLACED) and taken.isdisjoint(range(k, end)):
            added.append(Candidate(k, end, "ROLE"))
    return sorted(spans + added, key=lambda c: c.start) if added else spans


def _trades(line: Line) -> list[tuple[int, int]]:
    """(start, end) of every trade of the line not made general by a word before it."""
    found: list[tuple[int, int]] = []
    if _FIRST.isdisjoint(line.keys):
        return found
    i = 0
    while i < line.n:
        end = line.longest(i, _TRADES) if line.keys[i] in _FIRST else -1
        if end > i and line.key(i - 1) not in _SOME and (line.lower(i) or line.cap(i)):
            found.append((i, end))
            i = end
        else:
            i += 1
    return found


def _name_after(line: Line, end: int, spans: list[Candidate]) -> list[Candidate]:
    """The person right after the trade (with the nationality before him), or []."""
    j, before = end, []
    opens = j + 1 if line.is_(j, "người") else j
    place = place_at(line, opens) if line.cap(opens) else -1
    if line.is_(j, "người") or place > opens and _person_at(line, place, spans):
        # "[rapper] người [Nga] Husky", "[Phóng viên chiến trường] [Nga] Alexander Sladkov"
        if place <= opens or any(c.start <= opens < c.end and c.label != "LOC" for c in spans):
            return []
        j, before = place, [Candidate(opens, place, "LOC")]
    for c in spans:
        if c.start == j and c.label == "PER":
            return [*before, c]
    if any(c.start <= j < c.end for c in spans):
        return []
    if line.foreign(j) and not line.hits(j) and not line.cap(j + 1):
        return [*before, Candidate(j, j + 1, "PER")]
    return []


def _person_at(line: Line, j: int, spans: list[Candidate]) -> bool:
    """A PER span starts at j: the name after a trade's nationality."""
    return any(c.start == j and c.label == "PER" for c in spans)
