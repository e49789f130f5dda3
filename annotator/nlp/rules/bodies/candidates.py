"""ORG candidates of named bodies, and the ROLE candidates of titles beside them.

Where a title ends is decided in `posts.roles` and where a body's name ends in
`orgs`. The closed lists these rules consult are data (`local_counts`,
`head_compounds`).
"""

from __future__ import annotations

from annotator.nlp.rules.bodies.orgs import org
from annotator.nlp.rules.lines import Candidate, Line
from annotator.nlp.rules.places.listed import place_at
from annotator.nlp.rules.posts.deputy_seats import deputies_named
from annotator.nlp.rules.posts.roles import role
from annotator.nlp.rules.unit_phrases import level_suffix, unit_place

__all__ = ["find_bodies", "generic_after"]


def generic_after(line: Line, end: int) -> bool:
    """A generic body type: `HĐND các cấp`, `HĐND quận, phường`."""
    if level_suffix(line, end) > 0:
        return True
    if line.is_(end, "các", "những") and line.lower(end + 1):
        return True
    # "Công an 63 địa phương": a count of local units makes a body generic.
    if line.digit(end) and (line.key(end + 1),) in line.gaz.by_kind["local_counts"]:
        return True
    # "HĐND quận, phường": bare unit nouns in a row; not "UBND huyện A, tỉnh B".
    if line.match(end - 1, "place_units") != end or line.surface[end : end + 1] != [","]:
        return False
    nxt = end + 1
    named = unit_place(line, nxt, bare=False)[0] > 0 or line.match(nxt, "bodies") > 0
    return line.match(nxt, "place_units") > 0 and not named


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
    return (line.key(i + 1),) not in line.gaz.by_kind["head_compounds"]


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
