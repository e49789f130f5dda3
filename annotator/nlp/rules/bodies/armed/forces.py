"""ORG: a force of a state described by its kind, a state's guard, and a unit by its number.

The armed forces a state or region fields are one ORG with it (the gold's
convention since news4, see `bodies/governments.py`). Blind sets kept bringing the
forms that module does not reach, each in a different outlet and war:

- `lực lượng` with the kind of force between it and the state or the force's
  code: `lực lượng đặc biệt Nga`, `lực lượng tinh nhuệ chống khủng bố SSO`,
  `lực lượng đổ bộ đường không Nga`; the bare kind with no state
  (`lực lượng đặc nhiệm` of a Vietnamese text) stays unmarked;
- a force with a name of its own after `lực lượng`, written in title case and
  ended by a grammar word: `lực lượng Bảo vệ quốc gia đã ...`,
  `lực lượng Phòng vệ Israel (IDF)`;
- special troops or a guard named by their state: `đặc nhiệm Chechnya`,
  `Vệ binh Chechnya`, `biệt kích Nga`; after a word for soldiers the kind
  says what the soldiers are and the state stays a LOC
  (`binh sĩ đặc nhiệm [Nga]`), as `bodies/armed/arms.py` reads `binh sĩ thủy quân lục chiến`;
- a capitalised unit named by its arm in title case and `số` + number:
  `Lữ đoàn Thủy quân Lục chiến số 36`, `Sư đoàn Bộ binh số 5`.
"""

from __future__ import annotations

from annotator.nlp.rules.bodies.body_phrases import acronym_aside
from annotator.nlp.rules.bodies.governments import REGION_UNITS
from annotator.nlp.rules.lines import Candidate, Line, keys_of
from annotator.nlp.rules.names import is_stop
from annotator.nlp.rules.places.listed import place_at

# Kinds of force, a closed class: what kind of troops, or what they fight.
_KINDS = (
    "đặc biệt",
    "đặc nhiệm",
    "tinh nhuệ",
    "dù",
    "đổ bộ",
    "đổ bộ đường không",
    "phòng không",
    "tên lửa",
    "thiết giáp",
    "pháo binh",
    "bộ binh",
    "cơ giới",
    "chống khủng bố",
    "phản ứng nhanh",
    "gìn giữ hòa bình",
    "viễn chinh",
    "biên phòng",
    "bảo vệ biên giới",
    "đồn trú",
    "vệ binh",
    "vệ binh quốc gia",
    "ly khai",
    "nổi dậy",
    "chính phủ",
    "phòng không",
)
_MAX_KINDS = 3
# Troops named by their state with no `lực lượng` before them.
_TROOPS = ("đặc nhiệm", "vệ binh", "biệt kích")
# Words for soldiers or their unit: after them the kind describes them (`binh sĩ đặc
# nhiệm Nga`, `Tiểu đoàn đặc nhiệm Nga`).
_SOLDIERS = frozenset(keys_of("sĩ lính nhân quan viên đoàn đội nhóm toán"))
_UNITS = ("sư đoàn", "lữ đoàn", "trung đoàn", "tiểu đoàn", "quân đoàn", "liên đoàn")
_MAX_NAME = 4


def find_forces(line: Line) -> list[Candidate]:
    """The line's described forces, guards and numbered units, as ORG candidates."""
    found = []
    for i in line.where("lực"):
        end = max(_described_force(line, i), _named_force(line, i))
        if end > i:
            found.append(Candidate(i, max(end, acronym_aside(line, end)), "ORG"))
    for word in ("đặc", "vệ", "biệt"):
        for i in line.where(word):
            end = _troops(line, i)
            if end > i:
                found.append(Candidate(i, end, "ORG"))
    for word in ("sư", "lữ", "trung", "tiểu", "quân", "liên"):
        for i in line.where(word):
            end = _numbered_unit(line, i)
            if end > i:
                found.append(Candidate(i, end, "ORG"))
    return found


def _state_or_code(line: Line, j: int) -> int:
    """End of a state (`Nga`, `Chechnya`, `vùng Belgorod`) or a force's code (`SSO`) at j,
    or -1."""
    unit = line.longest(j, REGION_UNITS)
    if unit > j and line.cap(unit):
        return _state_or_code(line, unit)
    place = place_at(line, j)
    if place > j:
        return place
    word = line.surface[j] if 0 <= j < line.n else ""
    if line.foreign(j) or (word.isupper() and word.isalpha() and len(word) >= 2):
        return j + 1
    return -1


def _described_force(line: Line, i: int) -> int:
    """End of `lực lượng đặc biệt Nga`: `lực lượng`, one to three kinds, a state or code."""
    j = line.phrase(i, "lực lượng")
    if j < 0:
        return -1
    kinds = 0
    while kinds < _MAX_KINDS:
        end = line.longest(j, _KINDS)
        if end < 0 or not line.lower(j):
            break
        j, kinds = end, kinds + 1
    return _state_or_code(line, j) if kinds else -1


def _named_force(line: Line, i: int) -> int:
    """End of `lực lượng Bảo vệ quốc gia`: a title-case name ended by a grammar word."""
    j = line.phrase(i, "lực lượng")
    if j < 0 or not line.cap(j) or place_at(line, j) > j:
        return -1
    if line.match(j, "bodies", "org_heads", "titles", "surnames", "media") > j:
        return -1
    end = j + 1
    while end < line.n and end - j < _MAX_NAME and line.word(end) and not is_stop(line, end):
        end += 1
    stopped = end >= line.n or not line.word(end) or is_stop(line, end)
    return end if stopped and end - j >= 2 else -1


def _troops(line: Line, i: int) -> int:
    """End of `đặc nhiệm Chechnya`, `Vệ binh Chechnya` at i, not after a soldier word."""
    head = line.longest(i, _TROOPS)
    if head < 0 or line.key(i - 1) in _SOLDIERS or line.phrase(i - 2, "lực lượng") == i:
        return -1
    place = place_at(line, head)
    return place if place > head else -1


def _numbered_unit(line: Line, i: int) -> int:
    """End of `Lữ đoàn Thủy quân Lục chiến số 36`: a capitalised unit, its arm, `số` N."""
    head = line.longest(i, _UNITS)
    if head < 0 or not line.cap(i):
        return -1
    if not line.cap(head):
        return -1
    j = head
    while j < line.n and j - head < _MAX_NAME and line.word(j) and not line.digit(j):
        if line.is_(j, "số") or is_stop(line, j):
            break
        j += 1
    if not line.is_(j, "số") or not line.digit(j + 1):
        return -1
    return j + 2
