"""`các cấp ủy Đảng`, `một ban chỉ đạo`: bodies in general, no one body.

`cấp ủy` (a party committee at some level) followed by `Đảng` names the
committees in general (`Mỗi cấp ủy Đảng phải …`, `các cấp ủy Đảng, chính
quyền …`); the gold leaves them bare, as it leaves `cấp ủy` alone. A body
that names its own level keeps its ORG (`Đảng ủy Khối`, `Tỉnh ủy Nghệ An`).

A body after an indefinite or a quantifier (`không thể có một Ủy ban chống
tham nhũng`, `một ban chỉ đạo kiêm nhiệm`, `mỗi Bộ phải …`, `những Ban …`) is a
kind of body too; the gold marks no ORG after `một`, `mỗi`, `những`, `nhiều`
or `mọi` (it does after `các`: `các lực lượng Nga`), nor a bare head after `các`
or `một số` (`các Ủy ban của Quốc hội`, `một số Ủy ban`: news4, news11, news13,
news14 at blind time; the gold marks none in any file).

A body named by its function alone (`cơ quan công an`, `ban chỉ đạo`) is no
one body either: the gold leaves all eleven bare `cơ quan công an` in eight sets,
and the lowercase `ban chỉ đạo` in news12, news17, news18 and news20; a
capitalised `Ban chỉ đạo` may refer back to one named before (heldout marks
one, news17 not), and `Ban Chỉ đạo` is a name. An investigating agency named by its function alone (`Cơ quan điều tra đang
nghi ngờ …`, `cơ quan cảnh sát điều tra`) is whichever agency handles the
case, and the gold leaves it bare in every file; with its owner after it, it
is one body (`Cơ quan điều tra - Công an Hà Nội`, `Cơ quan CSĐT Công an tỉnh
Nghệ An`), and so is a capitalised name (`Cơ quan An ninh Điều tra`).
A body followed by `địa phương` is the local one wherever that is (`cơ quan
chủ quản hoặc UBND địa phương phục hồi …`), no one body either.

`Đảng` alone is the Communist Party, an ORG wherever it stands (round 14
decision 7), but not counted (`hai Đảng, hai Nhà nước`: two parties, news8,
news10) nor after a word for a unit of the Party (`tổ chức Đảng`: a party cell
of any level, news7, heldout; `cơ sở Đảng`, news15; `các cấp bộ Đảng`, news17)
or before `các cấp` (`đại hội Đảng các cấp`, news17), as `cấp ủy Đảng` is not.

The people's councils named bare beside the National Assembly (`Quốc hội và
HĐND ra nghị quyết`, `các chức danh do Quốc hội và HĐND bầu`, `vai trò của
Quốc hội và Hội đồng nhân dân`) are the councils as an institution, no one
council: the gold leaves all six such in news12, news15 and news16 bare
and marks the Assembly. A council with its place or level is one body.

A court or procuracy named by its type alone, with no seat, level or name
(`Tòa án sẽ được tổ chức …`, `Viện kiểm sát không tham gia tất cả phiên tòa`,
`thẩm quyền của Tòa hành chính`, `bị tòa phúc thẩm xử thua`), is the
institution of law and procedure, not one court: the gold leaves all 14 such
in news6, news8, news12, news21, news22, news23 and news24 bare (once marked,
a headline in news23). Written as a name, each word capitalised (`Theo Viện
Kiểm sát, …`, news5 and news22), or abbreviated (`VKS đề nghị …`), it is one
trial's procuracy, and the gold marks it; so it is when it charges a named
person (`Viện kiểm sát truy tố Kim về tội …`, news29).
"""

from __future__ import annotations

from annotator.nlp.rules.bodies.levels import at_a_level_in_general
from annotator.nlp.rules.lines import Candidate, Line


def drop_general_bodies(chosen: list[tuple[Line, list[Candidate]]]) -> None:
    """Remove, line by line, the ORG spans after `cấp ủy` or a quantifier, the local
    ones and the investigating agencies named by function alone."""
    for index, (line, spans) in enumerate(chosen):
        generic = [c for c in spans if c.label == "ORG" and _general(line, c.start, c.end)]
        if generic:
            chosen[index] = (line, [c for c in spans if c not in generic])


def _general(line: Line, start: int, end: int) -> bool:
    if _after_level(line, start) or _counted(line, start, end) or _by_function(line, start, end):
        return True
    if _parties(line, start, end) or at_a_level_in_general(line, start, end):
        return True
    if _beside_the_assembly(line, start, end) or _court_by_type(line, start, end):
        return True
    return line.phrase(end, "địa phương") > end  # "UBND địa phương": the local one, any


def _by_function(line: Line, start: int, end: int) -> bool:
    """`Cơ quan điều tra | đang …`, `cơ quan công an | đã`, `ban chỉ đạo | này`: a body
    named by its function alone (data, `function_bodies`), the function in lowercase;
    `lập ủy ban điều tra`, a committee of inquiry in lower case, is one to be set up."""
    if line.phrase(start, "ủy ban điều tra") == end and line.lower(start):
        return True
    if not any(line.phrase(start, name) == end for name in line.gaz.phrases("function_bodies")):
        return False
    function = end - 3 if line.is_(end - 1, "sự") else end - 1  # "... điều tra | hình sự"
    return line.lower(function) and not _capital_board(line, start)


def _capital_board(line: Line, start: int) -> bool:
    """`Ban chỉ đạo yêu cầu …`: a board capitalised may refer back to the one named
    before (heldout); only in lowercase is `ban chỉ đạo` a board in general."""
    return line.cap(start) and line.is_(start, "ban")


def _after_level(line: Line, start: int) -> bool:
    """`cấp ủy | Đảng`, `cấp uỷ | Đảng tỉnh`: the party after the word for its committees."""
    return line.is_(start, "đảng") and line.phrase(start - 2, "cấp ủy") == start


_QUANTIFIERS = ("một", "mỗi", "những", "nhiều", "mọi")


def _counted(line: Line, start: int, end: int) -> bool:
    """`một | Ủy ban`, `mỗi | Bộ`: an indefinite or quantifier right before the body;
    `các | Ủy ban của Quốc hội`, `một số | Ủy ban`: a bare head counted, with no name."""
    if line.is_(start - 1, *_QUANTIFIERS):
        return True
    plural = line.is_(start - 1, "các") or line.phrase(start - 2, "một số") == start
    return plural and line.match(start, "org_heads") == end


_COUNTS = ("hai", "ba", "bốn")


# Words for a unit of the Party at some level: `tổ chức Đảng`, `cơ sở Đảng`, `cấp bộ Đảng`.
_PARTY_UNITS = ("tổ chức", "cơ sở", "cấp bộ", "chi bộ")


def _parties(line: Line, start: int, end: int) -> bool:
    """`hai | Đảng`, `tổ chức | Đảng`, `Mỗi cơ sở | Đảng`, `các cấp bộ | Đảng`, `đại hội
    Đảng | các cấp`: parties counted, or a unit of the Party at any level, no one body
    (news7, news15, news17 and heldout mark none of them)."""
    if end != start + 1 or not line.is_(start, "đảng"):
        return False
    unit = any(line.phrase(start - 2, word) == start for word in _PARTY_UNITS)
    return line.is_(start - 1, *_COUNTS) or unit or line.phrase(end, "các cấp") > end


_COUNCILS = ("hđnd", "hội đồng nhân dân")
_ASSEMBLY = ("quốc hội", "qh")


def _beside_the_assembly(line: Line, start: int, end: int) -> bool:
    """`Quốc hội và | HĐND`, `Quốc hội, | HĐND`: the councils in general, bare."""
    if not any(line.phrase(start, council) == end for council in _COUNCILS):
        return False
    joined = start - 1
    if not (line.is_(joined, "và") or line.surface[joined : joined + 1] == [","]):
        return False
    return any(line.phrase(joined - n, name) == joined for n in (1, 2) for name in _ASSEMBLY)


# Types of court and procuracy, written out: `Tòa án`, `Viện kiểm sát`, `tòa phúc thẩm`.
_COURT_TYPES = tuple(
    f"{court} {kind}".strip()
    for court in ("tòa", "toà")
    for kind in ("án", "án nhân dân", "hành chính", "phúc thẩm", "sơ thẩm")
) + ("viện kiểm sát", "viện kiểm sát nhân dân")


def _court_by_type(line: Line, start: int, end: int) -> bool:
    """`Tòa án | sẽ …`, `Viện kiểm sát | không …`: a court's type alone is the institution;
    written as a name (`Theo Viện Kiểm sát, …`) it is the trial's own."""
    lowercase = all(line.lower(k) for k in range(start + 1, end))
    typed = lowercase and line.longest(start, _COURT_TYPES) == end
    return typed and not _charges_someone(line, end)


# What a procuracy does to one accused: charge, indict, change the charge.
_CHARGES = ("truy tố", "cáo trạng", "tội danh")
_CHARGE_REACH = 6


def _charges_someone(line: Line, end: int) -> bool:
    """`Viện kiểm sát | truy tố Kim về tội …`, `… ra cáo trạng truy tố Kim`: the procuracy
    of one case charging a named person, as the gold marks it (news23, news29 ×3); the
    clause ends the search."""
    charged = False
    for k in range(end, min(line.n, end + _CHARGE_REACH)):
        if not line.word(k):
            return False
        charged = charged or line.longest(k, _CHARGES) > k
        if charged and line.cap(k):
            return True
    return False
