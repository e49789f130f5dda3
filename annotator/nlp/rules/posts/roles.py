"""ROLE candidates: a title with its qualifiers, its body and, for an envoy, its seat.

The body after a title is found in `title_complements`, an envoy's seat in
`envoy_seats`; the closed lists the title rules consult are data (`villages`,
`some_people`, `own_bodies`, `own_body_breaks`).
"""

from __future__ import annotations

from annotator.nlp.rules.bodies.orgs import org
from annotator.nlp.rules.lines import Line
from annotator.nlp.rules.names import person_run
from annotator.nlp.rules.places.listed import place_at
from annotator.nlp.rules.posts.envoy_seats import posted_at
from annotator.nlp.rules.posts.foreign_holders import before_foreign_holder
from annotator.nlp.rules.posts.title_complements import complement, shared_head
from annotator.nlp.rules.sections import person_next, title_place
from annotator.nlp.rules.unit_phrases import unit_place


def _listed_word(line: Line, i: int, kind: str) -> bool:
    """Token i is a one-syllable entry of the rules-only list `kind`."""
    return (line.key(i),) in line.gaz.by_kind[kind]


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


def _village_head(line: Line, i: int) -> bool:
    """`đối với [trưởng thôn]`, `HĐND xã và [trưởng thôn]`: the head of a village is a
    post wherever it stands (news16 0321 ×3); no word ends in `trưởng` + a village
    except growth (`tăng trưởng bản …`)."""
    village = _listed_word(line, i + 1, "villages") and line.match(i, "titles") == i + 2
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


# The gazetteer kinds a post is read from.
_POSTS = ("titles", "posts")


def role(line: Line, i: int) -> int:
    """End of a title with its qualifiers and body at i, or -1."""
    return line.remembered(("role", i, False, False), lambda: _role(line, i))


def _role(line: Line, i: int) -> int:
    hits = line.hits(i + 1) if line.is_(i, "phó") else []
    if line.match(i, *_POSTS) < 0 and not (hits and line.match(i + 1, *_POSTS) > 0):
        return -1  # no title or post starts here (most heads of bodies): nothing to read
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
        if trade and _listed_word(line, i - 1, "some_people"):
            continue  # "các chuyên gia của Intel": people of a trade in general
        qualified = _qualifiers(line, end)
        body = -1 if person_next(line, qualified) else complement(line, qualified)
        if trade and 0 < body <= place_at(line, qualified) and person_run(line, body) < 0:
            body = -1  # "chuyên gia | Nga cho biết": a nationality; "chuyên gia Mỹ Scott X" a post
        body = _field_before_name(line, i, (qualified, body), trade)
        body = max(body, shared_head(line, end), title_place(line, i, qualified))
        if body > qualified:
            body = max(body, title_place(line, i, body))  # "Bí thư Huyện ủy | Vũ Quang"
            best = max(best, posted_at(line, i, _qualifiers(line, body)))
        elif (
            strong
            or qualified > end
            or person_run(line, qualified) > 0
            or _titled(line, i)
            and not trade
        ):
            best = max(best, posted_at(line, i, qualified))
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
    """`Nhà phân tích hải quân | Li Jie`: a trade's field ends where a person's name starts.

    A listed place or body is read whole: no name starts inside it (`nhà nghiên cứu
    Nhật Bản | Takeshi Ito`, not `Nhật | Bản Takeshi Ito`).
    """
    k = start
    while k < end and not _name_starts(line, k):
        listed = line.match(k, "places", "org_heads", "bodies")
        k = listed if listed > k else k + 1
    k = min(k, end)
    return k if k > start else -1


def _name_starts(line: Line, k: int) -> bool:
    """A person's name at k, not a place, a body or its head that reads as one."""
    listed = line.match(k, "places", "org_heads", "bodies") > k
    return line.cap(k) and not listed and person_run(line, k) > k


def _own_body(line: Line, i: int, end: int) -> int:
    """`Bí thư Đảng ủy công ty`, `Tổng thư ký hội | Trần Luân Kim`: a lowercase kind of
    body after a title with its own body, or before the holder's name, is the holder's
    own; a bare title before one stays bare (`giám đốc | công ty duyệt chi`), and
    `hội nghị`, `hội đồng` or a body named after it are no such kind."""
    if not line.lower(end):
        return -1
    after = line.longest(end, line.gaz.phrases("own_bodies"))
    if after < 0 or _listed_word(line, after, "own_body_breaks"):
        return -1
    named = line.cap(after) and person_next(line, after)
    bodied = any(line.match(k, "bodies") == end for k in range(max(i, end - 4), end))
    bodied = bodied and not line.cap(after)
    return after if named or bodied else -1


def _titled(line: Line, i: int) -> bool:
    """A capitalised occupation inside a sentence reads as a title (`Bác sĩ`); an
    abbreviation (`ĐB`) is capitalised whoever it means, deputies in general too."""
    abbreviated = line.surface[i].isupper() and len(line.surface[i]) > 1
    return line.cap(i) and not abbreviated and i > 0 and line.surface[i - 1] in ",;("
