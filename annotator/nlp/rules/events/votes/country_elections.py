"""EVENT: an election keeps the country that holds it, written right after it.

World news names a foreign election by its country: `[bầu cử Mỹ]`, `[cuộc bầu
cử tổng thống Mỹ]`, `[Cuộc bầu cử Quốc hội Ukraine]`, as a Vietnamese one is
named by its body (`bầu cử HĐND cấp tỉnh`). The rules cut the country off as
a LOC, or found nothing when `bầu cử` stood bare before it. An election word
(`bầu cử`, `tuyển cử`, `tổng tuyển cử`) with at most the office it fills
(`tổng thống`, `quốc hội`, …) and then a listed country or place is one EVENT; the
country is no LOC of its own there. After a classifier the office alone names it too
(news30 `[cuộc bầu cử quốc hội] vào tháng 4`, cut to `cuộc bầu cử` at blind time).
"""

from __future__ import annotations

from annotator.nlp.rules.lines import Candidate, Line

_ELECTIONS = ("bầu cử", "tuyển cử")
_CLASSIFIERS = ("cuộc", "kỳ")


def elections_of_countries(line: Line, spans: list[Candidate]) -> list[Candidate]:
    """Each election followed by a country: one EVENT over both, the LOC dropped."""
    found = [f for f in _country_elections(line) if not _crossed(spans, f)]
    if not found:
        return spans
    kept = [c for c in spans if not any(s <= c.start and c.end <= e for s, e in found)]
    out = kept + [Candidate(s, e, "EVENT") for s, e in found]
    return sorted(out, key=lambda c: (c.start, c.end))


def _crossed(spans: list[Candidate], found: tuple[int, int]) -> bool:
    """Whether a span reaches over the election's edge (`Hội đồng bầu cử TP HCM`, a
    body named after elections): the election is then no event of its own."""
    s, e = found
    return any(c.start < e and s < c.end and not (s <= c.start and c.end <= e) for c in spans)


def _country_elections(line: Line) -> list[tuple[int, int]]:
    """(start, end) of `cuộc bầu cử tổng thống Mỹ` on the line, for each election word."""
    found = []
    for i in line.where("bầu") + line.where("tuyển"):
        word = line.longest(i, _ELECTIONS)
        if word < 0:
            continue
        start = i - 1 if line.is_(i, "tuyển") and line.is_(i - 1, "tổng") else i
        start = start - 1 if line.is_(start - 1, *_CLASSIFIERS) else start
        # The office or kind it fills, between it and its country (`tổng thống`).
        k = max(word, line.longest(word, line.gaz.phrases("election_offices")))
        country = line.match(k, "places") if line.cap(k) or _continent(line, k) else -1
        if country > k:
            found.append((start, country))
        elif k > word and line.is_(start, *_CLASSIFIERS):
            found.append((start, k))  # "cuộc bầu cử quốc hội": the office names it
    return found


def _continent(line: Line, k: int) -> bool:
    """`châu Âu` at k: a continent, its noun in lowercase (news29 `[cuộc bầu cử châu Âu]`)."""
    return line.is_(k, "châu") and line.cap(k + 1)
