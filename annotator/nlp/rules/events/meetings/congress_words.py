"""EVENT: `ĐH` written for the congress an article reports; congresses of a whole class.

A report from a party congress names it once (`Đại hội (ĐH)`, `ĐH X`, `ĐH
Đảng`) and then writes a bare `ĐH` for it (`ĐH sẽ nghe …`, `văn kiện ĐH`,
`đề nghị ĐH giao …`, `không tham dự ĐH`): news12 marks it so 14 times in
three articles (0157, 0173, 0029) and the blind-time rules missed four;
elsewhere `ĐH` is a university (`ĐH Harvard`, `4 năm ĐH`), so a bare one is
read as the congress only in an article that has named the congress with it,
or named a party congress in full (news14 0379 names `Đại hội Đảng lần X`
and writes `[ĐH] nhất trí …`, `[ĐH] đã lấy biểu quyết`, two blind-time pure
misses; news12 0157, 0173, 0029 name it `Đại hội (ĐH)` or `ĐH X`).

Congresses of a level, not one congress, stay unmarked: `ĐH Đảng bộ xã,
phường, thị trấn`, `ĐH Đảng bộ các tỉnh, thành phố`, `Đại hội Đảng bộ các
cấp` (news12 0173, two blind-time false alarms; news6 marks each named
provincial congress, `Đại hội Đảng bộ tỉnh Bình Dương lần VIII`).
"""

from __future__ import annotations

from annotator.nlp.rules.lines import Candidate, Line, keys_of

_CONGRESS = keys_of("ĐH")[0]
_BIG = keys_of("Đại hội")
# Words after a bare `ĐH` that make it a university or a class: "ĐH Harvard" (a capital),
# "ĐH đảng bộ các cấp"; before it, school years and schooling: "4 năm ĐH", "học ĐH",
# "trình độ ĐH", "bằng ĐH", "hệ ĐH".
_NOT_AFTER = frozenset(keys_of("đảng đại các"))
_NOT_BEFORE = frozenset(keys_of("năm học trường sinh viên nghiệp các những độ bằng hệ"))
# Levels of the party's committees: a congress of a level names no one congress.
_LEVELS = frozenset(keys_of("xã phường huyện tỉnh quận thị trấn thành phố cấp bộ"))


def congress_abbreviations(chosen: list[tuple[Line, list[Candidate]]]) -> None:
    """Bare `ĐH` tokens become EVENTs in an article that named the congress with `ĐH`;
    congresses of a whole level are dropped."""
    defined = any(_names_congress(line, spans) for line, spans in chosen)
    for index, (line, spans) in enumerate(chosen):
        kept = [c for c in spans if not _of_a_level(line, c)]
        if defined:
            taken = {k for c in kept for k in range(c.start, c.end)}
            bare = [i for i in line.where("ĐH") if i not in taken and _bare(line, i)]
            kept = sorted(kept + [Candidate(i, i + 1, "EVENT") for i in bare], key=_start)
        if len(kept) != len(spans) or kept != spans:
            chosen[index] = (line, kept)


def _start(c: Candidate) -> int:
    return c.start


def _names_congress(line: Line, spans: list[Candidate]) -> bool:
    """`Đại hội (ĐH)`, an EVENT that starts with `ĐH` and names it (`ĐH X`, `ĐH Đảng`), or
    a party congress named in full (`Đại hội Đảng lần X`, `Đại hội X`)."""
    if any(_party_congress(line, c) for c in spans):
        return True
    for i in line.where("ĐH"):
        if line.surface[i - 1 : i] == ["("] and tuple(line.keys[i - 3 : i - 1]) == _BIG:
            return True
        if any(c.label == "EVENT" and c.start == i and c.end > i + 1 for c in spans):
            return True
    return False


# What follows `Đại hội` in a party congress's full name: "Đại hội Đảng", "Đại hội đại
# biểu toàn quốc", "Đại hội X" (its number).
_PARTY = frozenset(keys_of("Đảng đại"))


def _party_congress(line: Line, c: Candidate) -> bool:
    """An EVENT `Đại hội Đảng …`, `Đại hội đại biểu …`, `Đại hội X` longer than the noun."""
    i = c.start
    if c.label != "EVENT" or c.end <= i + 2 or tuple(line.keys[i : i + 2]) != _BIG:
        return False
    return line.cap(i) and (line.key(i + 2) in _PARTY or line.roman(i + 2))


def _bare(line: Line, i: int) -> bool:
    """A capital `ĐH` alone: no name after it, no schooling before it."""
    if line.surface[i] != "ĐH" or line.surface[i - 1 : i] == ["("]:
        return False
    if i + 1 < line.n and (line.cap(i + 1) or line.key(i + 1) in _NOT_AFTER):
        return False
    return not (i > 0 and (line.key(i - 1) in _NOT_BEFORE or line.digit(i - 1)))


def _of_a_level(line: Line, c: Candidate) -> bool:
    """`[ĐH Đảng bộ xã], phường`, `[ĐH Đảng bộ] các tỉnh`: congresses of a level."""
    if c.label != "EVENT" or line.keys[c.start] not in (_CONGRESS, _BIG[0]):
        return False
    if line.key(c.end - 1) not in _LEVELS:
        return False  # "Đại hội Đảng bộ tỉnh Bình Dương": one province's congress
    listed = line.surface[c.end : c.end + 1] == [","] and line.key(c.end + 1) in _LEVELS
    return listed or line.is_(c.end, "các")
