"""ORG: ministries listed by their fields after one `Bộ`.

`lãnh đạo 5 Bộ: Ngoại giao (chủ trì), Y tế, Công an, Quốc phòng`, `các Bộ Tài
chính, Kế hoạch và Đầu tư, Công Thương`: one plural `Bộ` and then the fields,
each of which names one ministry, an ORG of its own (the heldout gold's
`5 Bộ: [Ngoại giao] (chủ trì), [Y tế], …`). The first field written right
after `Bộ` keeps it (`[Bộ Tài chính]`); after a colon the fields stand alone.
"""

from __future__ import annotations

from annotator.nlp.rules.lines import Candidate, Line

_PLURAL = ("các", "những", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười")
_ITEM_ENDS = (",", ";", ".", "(", ")", ":")


def listed_fields(line: Line, spans: list[Candidate]) -> list[Candidate]:
    """The line's spans with the fields after a plural `Bộ` added as ORGs."""
    taken = {k for c in spans for k in range(c.start, c.end)}
    extra: list[Candidate] = []
    for i in line.where("bộ"):
        plural = line.is_(i - 1, *_PLURAL) or line.digit(i - 1)
        if not plural or not line.cap(i):
            continue
        start = i + 2 if line.surface[i + 1 : i + 2] == [":"] else i + 1
        extra.extend(_fields(line, start, colon=start == i + 2, taken=taken))
    return sorted(spans + extra, key=lambda c: c.start) if extra else spans


def _fields(line: Line, k: int, *, colon: bool, taken: set[int]) -> list[Candidate]:
    """The fields from k on, one per comma or `và`, as long as each is a ministry's field."""
    found = []
    first = True
    while k < line.n:
        end = line.match(k, "sectors")
        if end <= k or not line.cap(k) or not _ends_item(line, end):
            break
        if (colon or not first) and not taken.intersection(range(k, end)):
            found.append(Candidate(k, end, "ORG"))
        first = False
        k = _next_item(line, end)
        if k < 0:
            break
    return found if len(found) + (0 if colon else 1) >= 2 else []


def _ends_item(line: Line, end: int) -> bool:
    return (
        end >= line.n or line.surface[end] in _ITEM_ENDS or line.is_(end, "và") or line.lower(end)
    )


def _next_item(line: Line, end: int) -> int:
    """Start of the next field after `, `, `và` or a bracketed aside (`(chủ trì),`), or -1."""
    k = end
    if line.surface[k : k + 1] == ["("]:
        close = next((j for j in range(k, min(line.n, k + 6)) if line.surface[j] == ")"), -1)
        k = close + 1 if close > 0 else -1
    if k < 0 or k >= line.n:
        return -1
    if line.surface[k] in (",", ";") or line.is_(k, "và"):
        return k + 1
    return -1
