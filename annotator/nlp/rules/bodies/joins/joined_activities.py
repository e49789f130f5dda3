"""ORG and ROLE: a body named by two activities joined with `và`: `[Ủy ban Giám sát và Kiểm soát Quốc tế]`.

Councils, centres and committees are often named by what they do, two activities
joined by `và`, both capitalised (`Trung tâm Phòng ngừa và Kiểm soát Dịch bệnh
châu Âu`, `Hội đồng Quốc phòng và An ninh Quốc gia Ukraine`, `Trung tâm Nghiên
cứu Chiến lược và Quốc tế`). The gold keeps the whole name in one body; the rules
stopped at `và`, as between two bodies (`Quốc hội và HĐND`). Such names were cut
at blind time in news6 (twice), news15 and news18. Both activities must be listed
(`body_activities`), so `Bộ Xây dựng và UBND thành phố` or `Công ty Dệt Nam Định
và Tân Trường Sanh` stay two bodies.

A post over such a body takes the whole name too (`[Chủ nhiệm Uỷ ban Phát triển
và Cải cách Nhà nước] Mã Khải`, news22; committee names cut at `và` were
blind-time ROLE errors in news8, news19, news20 and news22), and the name ends
before its holder's.
"""

from __future__ import annotations

from annotator.nlp.rules.bodies.joins.grown import grow_bodies
from annotator.nlp.rules.lines import Candidate, Line
from annotator.nlp.rules.names import is_surname, person_run

# How many tokens back from a body's end its last activity may start.
_MAX_ACTIVITY = 4
# Capitalised words after the second activity that still name the body
# (`Quốc gia Ukraine`, `Dịch bệnh`), at most.
_MAX_TAIL = 4


def activities_joined(line: Line, spans: list[Candidate]) -> list[Candidate]:
    """The spans with a body that ends in an activity taken past `và` + activity + tail."""
    return grow_bodies(line, spans, _joined_end)


def _joined_end(line: Line, c: Candidate) -> int:
    """End of the name after `và` when c ends in a listed activity, or -1."""
    joint = c.end
    if not line.is_(joint, "và") or not line.cap(joint + 1):
        return -1
    first = max(c.start + 1, joint - _MAX_ACTIVITY)
    if not any(line.match(k, "body_activities") == joint for k in range(first, joint)):
        return -1
    j = line.match(joint + 1, "body_activities")
    if j <= joint + 1:
        return -1
    tail = 0
    while tail < _MAX_TAIL and line.gap(j) and not line.is_(j, "và"):
        if is_surname(line, j) and person_run(line, j) > j + 1:
            break  # "… Cải cách Nhà nước | Mã Khải": the holder's name after a post
        step = line.match(j, "body_activities", "places")
        if step <= j:
            step = _word_end(line, j)
        if step < 0:
            break
        j, tail = step, tail + 1
    return _acronym_end(line, j)


def _word_end(line: Line, j: int) -> int:
    """End of a capitalised word at j, with its lowercase second syllable when the name
    goes on after it (`Quốc gia Ukraine`, `Dịch bệnh châu Âu`), or -1."""
    if not (line.cap(j) and line.word(j)):
        return -1
    goes_on = line.cap(j + 2) or line.match(j + 2, "places") > j + 2 or line.is_(j + 2, "(")
    return j + 2 if line.lower(j + 1) and goes_on else j + 1


def _acronym_end(line: Line, j: int) -> int:
    """Past a bracketed acronym right after the name (`(ECDC)`), which the gold keeps in it."""
    acronym = line.surface[j + 1] if j + 1 < line.n else ""
    if (
        line.surface[j : j + 1] == ["("]
        and acronym.isupper()
        and line.surface[j + 2 : j + 3] == [")"]
    ):
        return j + 3
    return j
