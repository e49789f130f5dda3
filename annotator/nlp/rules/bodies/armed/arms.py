"""An arm of service with its state: a body, or soldiers of that state.

Capitalised, `Hải quân Ukraine`, `Không quân Ukraine`, `Thủy quân lục chiến
Mỹ` name the force, one ORG; lowercase after `lực lượng` too, which joins it
(`lực lượng vệ binh quốc gia Ukraine`). Lowercase after a word for soldiers
or an unnumbered unit, the arm says what kind of soldiers they are and the
state stays a LOC (`binh sĩ thủy quân lục chiến [Ukraine]`, `cả tiểu đoàn
thủy quân lục chiến [Ukraine]`), as every gold file has it and as `lính thủy
đánh bộ [Ukraine]` is read.

An arm in lower case right before its state with no body word at all
(`do [pháo binh Nga] đã pháo kích`, `sự bảo vệ của [bộ binh Nga]`) names
that state's force too, one ORG as news10's gold has it; blind sets brought
the arm of a state's army in four of eight sets (news3 `lính dù Nga`, news4
`Lực lượng Dù Nga`, news7 `thủy quân lục chiến Ukraine`, news10 `pháo binh
Nga` nine times), so the arms are a closed class here. After a word for
soldiers or a unit (`lính pháo binh [Nga]`, `các tiểu đoàn pháo binh [Nga]`)
the state stays a LOC.
"""

from __future__ import annotations

from annotator.nlp.rules.lines import Candidate, Line, keys_of
from annotator.nlp.rules.places.listed import place_at

_ARMS = ("thủy quân lục chiến", "vệ binh quốc gia", "hải quân", "không quân", "lục quân")
_SOLDIERS = (
    "binh sĩ",
    "lính",
    "quân nhân",
    "tiểu đoàn",
    "trung đoàn",
    "lữ đoàn",
    "sư đoàn",
    "đại đội",
    "khẩu đội",
    "đơn vị",
    "sĩ quan",
    "nhóm",
    "cụm",
)
# Arms of service that name a state's force when the state follows them bare
# (`pháo binh Nga`); `phòng không` is left out ("Bộ Quốc phòng không ...").
_BARE_ARMS = (
    *_ARMS,
    "pháo binh",
    "bộ binh",
    "công binh",
    "đặc công",
    "tăng thiết giáp",
    "hải quân đánh bộ",
)
# The bare arms by their last syllable, as keys: looked up from the state backwards.
_ARMS_BY_LAST: dict[str, tuple[tuple[str, ...], ...]] = {}
for _arm_keys in (keys_of(a) for a in _BARE_ARMS):
    _ARMS_BY_LAST[_arm_keys[-1]] = (*_ARMS_BY_LAST.get(_arm_keys[-1], ()), _arm_keys)


def arms_of_service(line: Line, spans: list[Candidate]) -> list[Candidate]:
    """The line's spans with a lowercase arm + state read as soldiers or as `lực lượng` X."""
    out = []
    for c in spans:
        arm = _arm(line, c)
        bare = _bare_arm(line, c)
        if bare >= 0:
            out.append(_state_force(line, bare, c))
        elif arm < 0:
            out.append(c)
        elif line.phrase(c.start - 2, "lực lượng") == c.start:
            out.append(Candidate(c.start - 2, c.end, "ORG"))
        elif _after_soldiers(line, c.start) and place_at(line, arm) == c.end:
            out.append(Candidate(arm, c.end, "LOC"))
        else:
            out.append(c)
    return out


def _arm(line: Line, c: Candidate) -> int:
    """End of a lowercase arm of service that opens the ORG c, with a state after, or -1."""
    if c.label != "ORG" or not line.lower(c.start):
        return -1
    end = max(line.phrase(c.start, arm) for arm in _ARMS)
    return end if c.start < end < c.end else -1


def _bare_arm(line: Line, c: Candidate) -> int:
    """Start of a lowercase arm of service right before the state LOC c (`pháo binh | Nga`), or -1."""
    if c.label != "LOC" or not line.lower(c.start - 1):
        return -1
    for arm in _ARMS_BY_LAST.get(line.key(c.start - 1), ()):
        start = c.start - len(arm)
        if start >= 0 and tuple(line.keys[start : c.start]) == arm and line.lower(start):
            return start
    return -1


def _state_force(line: Line, arm: int, c: Candidate) -> Candidate:
    """`[pháo binh Nga]`, `[lực lượng pháo binh Nga]`; `lính pháo binh [Nga]` keeps the LOC."""
    if line.phrase(arm - 2, "lực lượng") == arm:
        return Candidate(arm - 2, c.end, "ORG")
    if _after_soldiers(line, arm) or _site_of(line, arm, c.start):
        return c
    return Candidate(arm, c.end, "ORG")


def _site_of(line: Line, arm: int, end: int) -> bool:
    """`căn cứ không quân [Ramstein]`: the arm is part of a site's noun, the name its place."""
    return any(line.match(k, "place_units") == end for k in range(max(0, arm - 3), arm))


def _after_soldiers(line: Line, start: int) -> bool:
    """`binh sĩ | thủy quân lục chiến`, `tiểu đoàn | thủy quân lục chiến`."""
    return any(line.phrase(start - len(s.split()), s) == start for s in _SOLDIERS)
