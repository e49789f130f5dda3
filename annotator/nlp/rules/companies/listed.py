"""ORG: state corporations listed by their trades after one head, each an ORG of its own.

`Tổng công ty Dầu khí, [Hàng hải], [Thủy sản]...` (news15), `những tổng công ty lớn
như [Than], [Giấy], [Xi măng], [Hàng hải]...` (news11): the general corporations of
the 2000s are called by their trade alone, and a list of them after one `Tổng công
ty` names as many bodies, as a list of fields after one plural `Bộ` names as many
ministries (`bodies/lists/field_lists.py`, heldout). Each capitalised trade of `company_trades.txt`
after a comma is an ORG; the first, right after a capitalised head, stays with it
(`[Tổng công ty Dầu khí]`). A list in lowercase (`công ty sản xuất, kinh doanh`) is
what a company does, and a trade with its own name after it is one company
(`trades.py`).
"""

from __future__ import annotations

from annotator.nlp.rules.lines import Candidate, Line

_HEADS = ("tổng công ty", "tập đoàn")
_PLURAL = ("những", "các", "nhiều")
_MAX_BETWEEN = 4


def listed_companies(line: Line, spans: list[Candidate]) -> list[Candidate]:
    """The spans with each corporation listed by its trade after one head added as an ORG."""
    items: list[tuple[int, int]] = []
    for i in line.where("tổng") + line.where("tập"):
        head = line.longest(i, _HEADS)
        if head < 0:
            continue
        if line.cap(i):
            first = _trade(line, head)
            items += _listed(line, first) if first > 0 else []
        elif line.is_(i - 1, *_PLURAL):
            items += _after_like(line, head)
    taken = {k for c in spans for k in range(c.start, c.end)}
    extra = [Candidate(s, e, "ORG") for s, e in items if not taken.intersection(range(s, e))]
    return sorted(spans + extra, key=lambda c: c.start) if extra else spans


def _trade(line: Line, k: int) -> int:
    """End of one capitalised trade at k, or -1."""
    end = line.match(k, "company_trades")
    return end if end > k and line.cap(k) else -1


def _listed(line: Line, end: int, *, ended: bool = True) -> list[tuple[int, int]]:
    """The capitalised trades after commas (the last one after `và` too) from `end` on, if
    two or more; after a head with no `như` the list must also end there (punctuation,
    `...`, the line's end), or the trades may be a company's own long name."""
    found = []
    while line.surface[end : end + 1] == [","] or line.is_(end, "và"):
        last = line.is_(end, "và")
        nxt = _trade(line, end + 1)
        if nxt < 0:
            break
        found.append((end + 1, nxt))
        end = nxt
        if last:
            break
    closed = end >= line.n or not line.word(end) or not ended and not line.cap(end)
    return found if len(found) >= 2 and closed else []


def _after_like(line: Line, head: int) -> list[tuple[int, int]]:
    """`những tổng công ty lớn như Than, Giấy, Xi măng`: the trades listed after `như`."""
    like = next(
        (k for k in range(head, min(line.n, head + _MAX_BETWEEN)) if line.is_(k, "như")), -1
    )
    first = _trade(line, like + 1) if like > 0 else -1
    if first < 0:
        return []
    rest = _listed(line, first, ended=False)
    return [(like + 1, first), *rest] if rest else []
