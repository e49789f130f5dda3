"""EVENT: a public apology, `[xin lỗi] người bị oan`, `[nhận lỗi] với bà con`.

The gold marks an apology made to someone as an event (news2's `xin lỗi`,
news5's `Xin lỗi bà con TP`, `nhận lỗi với bà con TP`): the apology is an
EVENT when the people it is made to follow it, or when it is held (`buổi
xin lỗi`, `tổ chức xin lỗi`). The politeness formula (`Xin lỗi, tôi ...`,
`xin lỗi vì đến muộn`) is not.
"""

from __future__ import annotations

from annotator.nlp.rules.lines import Candidate, Line, keys_of

_APOLOGIES = ("xin lỗi", "nhận lỗi")
# Whom an apology is made to: "xin lỗi | bà con", "nhận lỗi | với cử tri".
_ADDRESSEES = frozenset(
    keys_of("với bà con người nhân dân cử tri ông bà gia đình các toàn thể đồng bào công dân")
)
_HELD = frozenset(keys_of("buổi cuộc lễ chức"))  # "buổi xin lỗi", "tổ chức xin lỗi"


def apology_at(line: Line, i: int) -> int:
    """End of an apology made to someone at i, or -1."""
    end = max(line.phrase(i, a) for a in _APOLOGIES)
    if end < 0:
        return -1
    if line.key(i - 1) in _HELD or (end < line.n and line.key(end) in _ADDRESSEES):
        return end
    return -1


def find_apologies(line: Line) -> list[Candidate]:
    found = []
    for i, key in enumerate(line.keys):
        if key in _FIRST:
            end = apology_at(line, i)
            if end > i:
                # "[buổi xin lỗi]": a classifier is inside, as for every event.
                start = i - 1 if line.is_(i - 1, "buổi", "cuộc", "lễ") else i
                found.append(Candidate(start, end, "EVENT"))
    return found


_FIRST = frozenset(keys_of("xin nhận"))
