"""EVENT: a natural hazard that struck, counted once or named (`trận động đất`, `bão Katrina`).

News of a disaster counts it once with `trận` (`[trận động đất] ở đảo
Lombok` news13, `[trận bão lũ khắc nghiệt] vừa qua` news16) and names a storm
by its name or number (`[cơn bão Katrina]`, `[Bão Katrina] đánh vào …`), then
refers back to the storm with `cơn bão`, `sau [bão]` or its name alone
(`không ứng phó với [Katrina]`, news16 ×5). The rules had no hazard list, so
all of them were missed. Plural or seasonal hazards are none (`những trận
động đất`, `mùa bão lũ`, `phòng chống lụt bão` news11), and a storm inside a
body's name belongs to the ORG (`Quỹ cứu trợ nạn nhân cơn bão Katrina`). The
hazards are listed in `hazards.txt` (kind `hazards`).
"""

from __future__ import annotations

from annotator.nlp.rules.events.extent.manners import manners_after
from annotator.nlp.rules.lines import Candidate, Line, add_where_free

# Words before a hazard that make it several, any or a season: "những trận động đất".
_MANY = ("các", "những", "nhiều", "mấy", "vài", "từng", "mỗi", "mọi", "hai", "ba", "mùa")
# Words right before a bare `bão` that point at the storm the article names.
_BARE_BEFORE = ("sau", "trước", "trong")
_OPENERS = frozenset('.!?:"“-–(')
_MAX_NAME = 2
# How far back a body's head may stand before the storm that ends its name.
_BODY_REACH = 6


def find_hazards(line: Line) -> list[Candidate]:
    """`trận động đất`, `trận bão lũ khắc nghiệt`, `cơn bão Katrina`, `bão số 7`."""
    found = []
    for i in line.where("trận"):
        end = line.match(i + 1, "hazards")
        if end > i + 1 and not _many(line, i) and not _in_body_name(line, i):
            found.append(Candidate(i, manners_after(line, end), "EVENT"))
    for i in _storm_heads(line):
        name = _named(line, line.longest(i, line.gaz.phrases("named_hazards")))
        start = i - 1 if line.is_(i - 1, "cơn") else i
        if name > 0 and not _many(line, start) and not _in_body_name(line, start):
            found.append(Candidate(start, name, "EVENT"))
    return found


def hazards_referred_back(chosen: list[tuple[Line, list[Candidate]]]) -> None:
    """In an article that names a storm, `cơn bão`, `sau bão` and the name are that storm."""
    named = [
        line.keys[h : c.end]
        for line, spans in chosen
        for c in spans
        if (h := _head_end(line, c)) > 0
    ]
    if not named:
        return
    names = {tuple(keys) for keys in named if keys and keys[0] != "số"}
    add_where_free(chosen, lambda line: _bare_storms(line) + _names_alone(line, names))


def _storm_heads(line: Line) -> list[int]:
    """Lowercase storm heads, or capitalised where a sentence or headline starts."""
    heads = []
    for i in line.where("bão") + line.where("siêu") + line.where("áp"):
        if (
            line.longest(i, line.gaz.phrases("named_hazards")) > i
            and _opens(line, i)
            and not line.is_(i - 1, "siêu")
        ):
            heads.append(i)
    return sorted(heads)


def _opens(line: Line, i: int) -> bool:
    """Lowercase, or capitalised only where a sentence or a headline starts."""
    return line.lower(i) or i == 0 or line.surface[i - 1] in _OPENERS


def _named(line: Line, j: int) -> int:
    """End of the storm's name or number at j (`Katrina`, `số 7`, `Haiyan`), or -1."""
    if line.is_(j, "số") and line.digit(j + 1):
        return j + 2
    k = j
    while k < line.n and k - j < _MAX_NAME and line.cap(k) and line.match(k, "places") < 0:
        k += 1
    return k if k > j and not line.cap(k) else -1


def _many(line: Line, i: int) -> bool:
    return line.is_(i - 1, *_MANY) or line.digit(i - 1)


def _in_body_name(line: Line, i: int) -> bool:
    """The hazard ends a body's name opened a few lowercase words before it (`Quỹ cứu trợ
    nạn nhân bão …`)."""
    k = i - 1
    while k >= 0 and i - k <= _BODY_REACH and line.lower(k):
        k -= 1
    return line.cap(k) and line.match(k, "org_heads") > k


def _head_end(line: Line, c: Candidate) -> int:
    """End of the storm head of a named storm's EVENT (`cơn bão` of `cơn bão Katrina`), or -1."""
    if c.label != "EVENT":
        return -1
    start = c.start + 1 if line.is_(c.start, "cơn") else c.start
    head = line.longest(start, line.gaz.phrases("named_hazards"))
    return head if start < head < c.end and _named(line, head) == c.end else -1


def _bare_storms(line: Line) -> list[Candidate]:
    """`cơn bão` and `sau bão` with no name, kind or other hazard after them."""
    found = []
    for i in line.where("bão"):
        if line.cap(i + 1) or line.match(i + 1, "hazards") > i + 1 or line.is_(i + 1, "số"):
            continue
        if line.is_(i - 1, "cơn") and _opens(line, i - 1) and not _many(line, i - 1):
            found.append(Candidate(i - 1, i + 1, "EVENT"))
        elif line.lower(i) and line.is_(i - 1, *_BARE_BEFORE):
            found.append(Candidate(i, i + 1, "EVENT"))
    return found


def _names_alone(line: Line, names: set[tuple[str, ...]]) -> list[Candidate]:
    """The storm's name standing alone, no capitalised word on either side."""
    found = []
    for name in names:
        for i in line.where(name[0]):
            end = i + len(name)
            if tuple(line.keys[i:end]) != name or line.cap(end) or line.cap(i - 1):
                continue
            if (
                line.ending(i, line.gaz.phrases("named_hazards"))
                or line.is_(i - 1, "số")
                or _in_body_name(line, i)
            ):
                continue  # the name after its head is the named storm, or a body's
            found.append(Candidate(i, end, "EVENT"))
    return found
