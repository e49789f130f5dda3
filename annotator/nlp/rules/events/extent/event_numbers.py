"""EVENT: the number of an event (`kỳ họp thứ 6`, `lần thứ V`, `XIII`) and its acronym.

A number after an event noun names the event unless it counts what follows
(`khởi tố 4 bị can`); a titled event runs on to its number (`Đại hội Thi đua
yêu nước ngành tư pháp lần thứ V`) and keeps a bracketed acronym (`(APPF-14)`).
"""

from __future__ import annotations

import re

from annotator.nlp.rules.events.extent.purposes import CLAUSE_END
from annotator.nlp.rules.events.extent.tails import event_verb_at
from annotator.nlp.rules.lines import Line, keys_of
from annotator.nlp.rules.names import STOP, is_stop

ORDINAL_WORDS = ("nhất", "hai", "ba", "tư", "năm", "sáu", "bảy", "tám", "chín", "mười")
# Nouns counted after a number that start with a grammar word ("4 bị can").
_COUNTED_NOUNS = ("bị can", "bị cáo", "bị hại", "có liên quan")
_TERMS = frozenset(keys_of("khóa khoá lần"))


def ordinal(line: Line, i: int) -> int:
    """End of `thứ 6`, `lần thứ 4`, `lần 3`, `vòng 3`, `11`, `XIII` at i, or -1."""
    j = i
    if line.is_(j, "lần", "vòng"):
        j += 1
    if line.is_(j, "thứ"):
        j += 1
    if line.is_(j + 1, "tháng", "năm", "ngày", "người", "đại"):
        return -1
    if j == i and not line.roman(j) and _counted(line, j):
        return -1
    if j == i and line.digit(j) and line.is_(j + 1, "và", "đến") and line.digit(j + 2):
        return -1  # "tuyên phạt 4 và 6 năm tù": counts joined, no number of the event
    if (
        line.digit(j)
        and line.surface[j].isdigit()
        or line.roman(j)
        or (j > i and line.is_(j, *ORDINAL_WORDS))
    ):
        end = j + 1
        if line.surface[end : end + 1] == [","] and line.is_(end + 1, "lần", "vòng"):
            more = ordinal(line, end + 1)
            end = max(end, more)
        return end
    return -1


def _counted(line: Line, j: int) -> bool:
    """`khởi tố 4 bị can`: a number before a noun counts it; it does not number the event."""
    nxt = line.key(j + 1)
    if any(line.phrase(j + 1, noun) > 0 for noun in _COUNTED_NOUNS):
        return True
    if event_verb_at(line, j + 1):
        return False  # "Hội nghị Trung ương 8 khai mạc": the number names the meeting
    return line.lower(j + 1) and nxt not in STOP and nxt not in CLAUSE_END and nxt not in _TERMS


def numbered_name(line: Line, i: int) -> int:
    """`Đại hội Thi đua yêu nước ngành tư pháp lần thứ V`: end of a titled event's number
    (the caller takes the modifiers after it), or -1."""
    titled = False
    for j in range(i, min(line.n, i + 7)):
        if line.is_(j, "lần", "thứ") and ordinal(line, j) > j:
            named = not titled or line.cap(i) and line.cap(j - 1)  # "... ASEAN | lần thứ"
            return ordinal(line, j) if named else -1
        titled = titled or line.match(j, "titles") >= 0  # "Hội nghị Bộ trưởng ... lần thứ 55"
        if not line.word(j) or is_stop(line, j) or line.match(j, "documents") >= 0:
            return -1
    return -1


_ACRONYM = re.compile(r"^[A-Z][A-Z0-9+]*$|^[0-9]+$|^[-+]$")
_MAX_ACRONYM = 4


def acronym_after(line: Line, end: int) -> int:
    """End of `(APPF-14)`, `(AMM-55)` right after a titled event ending at end, or end."""
    first = line.surface[end + 1] if end + 1 < line.n else ""
    if line.surface[end : end + 1] != ["("] or not first.isupper():
        return end
    for k in range(end + 2, min(line.n, end + 2 + _MAX_ACRONYM)):
        if line.surface[k] == ")":
            return k + 1
        if not _ACRONYM.match(line.surface[k]):
            return end
    return end
