"""ORG: a lowercase unit of a body named before the body or place it belongs to.

`về đội quản lý hành chính Công an quận Đống Đa`, `cán bộ phòng PID1 - PMU18`,
`cán bộ hội đồng giám định y khoa tỉnh Hà Tĩnh`, `(cán bộ chi nhánh Công ty
X)`: a team, section, branch or council named in lowercase and then its
parent body or its province is one body, as the gold has it in every file
(news5, news7). The unit must follow a word that makes it a place of work
or a destination (`về`, `tại`, `cán bộ`, `thuộc` …) and have a name of its
own, so `văn phòng Tỉnh ủy Gia Lai` and `tổ chức Đảng` stay as they are, and
`phòng chống tham nhũng` is the verb.
"""

from __future__ import annotations

from annotator.nlp.rules.lines import Candidate, Line
from annotator.nlp.rules.names import is_stop

_UNITS = ("đội", "phòng", "chi nhánh", "hội đồng")
_OPENERS = ("về", "tại", "ở", "thuộc", "của", "cán bộ", "nhân viên", "trưởng", "phó")
# Words after the unit noun that make it a verb (`phòng chống`, to prevent) or a team of
# sport (`đội bóng`, `đội tuyển`), no unit of a body.
_VERB_AFTER: tuple[str, ...] = (
    "chống",
    "ngừa",
    "tránh",
    "cháy",
    "bệnh",
    "dịch",
    "vệ",
    "thủ",
    "không",
    "tuyến",
)
_VERB_AFTER += ("bóng", "tuyển", "hình", "ngũ", "viên")
_LONGEST_NAME = 5


def units_before_bodies(line: Line, spans: list[Candidate]) -> list[Candidate]:
    """The line's spans with an ORG, or a LOC after its unit noun, grown back to the unit."""
    out = []
    for c in spans:
        start = _parent_start(line, c)
        unit = _unit_before(line, start) if start >= 0 else -1
        out.append(Candidate(unit, c.end, "ORG") if unit >= 0 else c)
    return out


def _parent_start(line: Line, c: Candidate) -> int:
    """Where the parent starts: the ORG itself, or the unit noun of a province (`tỉnh`)."""
    if c.label == "ORG":
        return c.start
    if c.label == "LOC" and line.match(c.start - 1, "place_units") == c.start:
        return c.start - 1 if line.lower(c.start - 1) else -1
    return -1


def _unit_before(line: Line, start: int) -> int:
    """Start of `đội quản lý hành chính` ending at `start`: a unit noun, a lowercase or
    code name of one to five words (none after `chi nhánh`), after a word of a place of
    work; or -1."""
    for size in range(_LONGEST_NAME + 1):
        end = start - size
        if size and not _name_word(line, end):
            return -1
        for u in _UNITS:
            unit = end - len(u.split())
            if line.phrase(unit, u) != end or not line.lower(unit) or not _opened(line, unit):
                continue
            named = size > 0 or u == "chi nhánh"
            return unit if named and not line.is_(end, *_VERB_AFTER) else -1
    return -1


def _name_word(line: Line, j: int) -> bool:
    """A word of a unit's own name: lowercase and no grammar word, a code, or a dash."""
    if j < 0:
        return False
    if line.surface[j] in ("-", "–"):
        return True
    word = line.surface[j]
    code = (word.isupper() or word.isdigit()) and not (line.gap(j) and line.gap(j + 1))
    return code or (line.lower(j) and line.word(j) and not is_stop(line, j))


def _opened(line: Line, unit: int) -> bool:
    return any(line.phrase(unit - len(o.split()), o) == unit for o in _OPENERS)
