"""`chính thức` after an event's name and before a verb is the verb's adverb.

`[chuyến thăm chính thức] Việt Nam` keeps the modifier that names the visit,
but in `[Đại hội … lần thứ XX] chính thức khai mạc` the word says how the
congress opens: it stays outside the EVENT.
"""

from __future__ import annotations

from annotator.nlp.rules.lines import Candidate, Line

# Verbs an event is officially said to do.
_VERBS = (
    "khai mạc",
    "bế mạc",
    "diễn ra",
    "bắt đầu",
    "kết thúc",
    "khởi động",
    "khép lại",
    "làm việc",
)


def drop_adverb_tails(chosen: list[tuple[Line, list[Candidate]]]) -> None:
    """Cut `chính thức` off the end of EVENT spans that a verb follows."""
    for index, (line, spans) in enumerate(chosen):
        chosen[index] = (line, [_cut(line, c) for c in spans])


def _cut(line: Line, c: Candidate) -> Candidate:
    start = c.end - 2
    if c.label != "EVENT" or start <= c.start or line.phrase(start, "chính thức") != c.end:
        return c
    if not any(line.phrase(c.end, verb) > 0 for verb in _VERBS):
        return c
    return Candidate(c.start, start, c.label, c.weak)
