"""How big an event was, inside its span when the event is one already known.

`trước [cuộc xâm lược lớn] này` (news17 0140), `[cuộc bầu cử lớn] trong một sự
kiện lớn` (news15 0114), `[đợt cứu trợ lớn nhất]` (news16 0388): all missed at
blind time, each one the event the article speaks of. An event newly brought in
by `một` is being described, and its size stays out (`một [cuộc tấn công] lớn`,
`một [chiến dịch quân sự] quy mô lớn`, news6 0385). Only an EVENT that starts
with a classifier (`cuộc`, `đợt`, `trận`, `vụ`) grows: a bare verb-like event
(`biểu tình lớn`) may be a clause whose `lớn` is said of something else, and
after a name or before `hơn` the size is said of the event (`[Vụ PMU 18] lớn,
nghiêm trọng`).
"""

from __future__ import annotations

from annotator.nlp.rules.lines import Candidate, Line

_CLASSIFIERS = ("cuộc", "đợt", "trận", "vụ")


def events_with_size(line: Line, spans: list[Candidate]) -> list[Candidate]:
    """Each classified EVENT not after `một` grows over `lớn` / `quy mô lớn` (`lớn nhất`)."""
    starts = {c.start for c in spans}
    out = []
    for c in spans:
        size = line.longest(c.end, line.gaz.phrases("event_sizes")) if c.label == "EVENT" else -1
        known = line.is_(c.start, *_CLASSIFIERS) and not line.is_(c.start - 1, "một")
        # "[Vụ PMU 18] lớn, nghiêm trọng": after a name, `lớn` is said of it.
        known = known and line.lower(c.end - 1) and not line.is_(size, "hơn")
        if size > c.end and known and c.end not in starts:
            end = size + 1 if line.is_(size, "nhất") else size
            c = Candidate(c.start, end, c.label, c.weak)
        out.append(c)
    return out
