"""EVENT: a festival day or night known by its name, `ngày hội Toàn dân bảo vệ an ninh Tổ quốc`.

A festival named in capitals after `ngày hội` or `đêm hội` is one particular
event, its name up to the clause's end (news31 twice, `[ngày hội Toàn dân bảo vệ
an ninh Tổ quốc]`, `[Đêm hội Cồng chiêng]` in news17), missed at blind time. A
festival said in lowercase is a figure of speech (`Ngày bầu cử … đã thực sự là
ngày hội của quần chúng nhân dân`, `trong ngày hội lớn`), unmarked in the gold.
"""

from __future__ import annotations

from annotator.nlp.rules.lines import Candidate, Line, keys_of

_FESTIVALS = ("ngày hội", "đêm hội")
# Words that open the rest of the clause after a festival's name.
_ENDS = frozenset(keys_of("tại ở của là nhằm để được đã sẽ đang với và do vào từ khi thì mà"))
_MAX_NAME = 10


def find_festivals(line: Line) -> list[Candidate]:
    """Festival days and nights named in capitals on the line."""
    found = []
    for i in line.starting(_FESTIVALS):
        head = line.longest(i, _FESTIVALS)
        end = _name_end(line, head) if head > i else -1
        if end > head:
            found.append(Candidate(i, end, "EVENT"))
    return found


def _name_end(line: Line, j: int) -> int:
    """End of `Toàn dân bảo vệ an ninh Tổ quốc` at j: a name that starts with a capital
    and runs to a pause or a clause word, ending on a word, or -1."""
    if not (line.cap(j) and line.word(j)):
        return -1
    k = j
    while k < line.n and k - j < _MAX_NAME and line.word(k) and line.key(k) not in _ENDS:
        k += 1
    overflow = k - j >= _MAX_NAME and line.word(k) and line.key(k) not in _ENDS
    return -1 if overflow else k
