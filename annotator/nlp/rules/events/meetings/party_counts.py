"""EVENT: talks and meetings keep the number of parties that hold them.

World news names multilateral talks by how many sides sit at them: `[hội
nghị 6 bên] tại Bắc Kinh`, `[đàm phán hạt nhân 6 bên]`, `[hội đàm ba bên]`,
the Vietnamese of six-party talks or a trilateral summit. The count is part of
the event's name, as an ordinal is (`vòng đàm phán thứ ba`). Only a meeting
another rule found grows, and only over a count of three or more: `hai bên`
after a meeting is far more often the two sides acting in the next clause
(`Tại cuộc hội đàm hai bên đã …`), and two-sided talks are called `song phương`.
"""

from __future__ import annotations

from annotator.nlp.rules.events.extent.sides import grow_events
from annotator.nlp.rules.lines import Candidate, Line, keys_of, number

# The heads of meetings and talks a count of parties can follow.
_MEETINGS: tuple[str, ...] = (
    "hội nghị",
    "đàm phán",
    "hội đàm",
    "hòa đàm",
    "cuộc gặp",
    "cuộc họp",
    "họp",
)
_MEETINGS += ("thượng đỉnh", "đối thoại", "tham vấn", "gặp gỡ", "thương lượng")
# Numbers written in words, three and more.
_COUNT_WORDS = frozenset(keys_of("ba bốn năm sáu bảy tám chín mười"))
_MIN_PARTIES = 3


def meetings_with_party_counts(line: Line, spans: list[Candidate]) -> list[Candidate]:
    """Each EVENT that ends with a meeting or talks head grown over `6 bên` after it."""
    return grow_events(spans, lambda c: _parties_end(line, c))


def _parties_end(line: Line, c: Candidate) -> int:
    """End of `6 bên` / `sáu bên` right after the meeting `c`, or -1."""
    if not line.is_(c.end + 1, "bên") or not _ends_with_meeting(line, c):
        return -1
    count = number(line.surface[c.end]) if c.end < line.n else None
    counted = count is not None and count >= _MIN_PARTIES
    return c.end + 2 if counted or line.key(c.end) in _COUNT_WORDS else -1


def _ends_with_meeting(line: Line, c: Candidate) -> bool:
    """Whether `c` is a meeting or talks, its head at its end or before its topic."""
    return any(line.phrase(k, head) > 0 for k in range(c.start, c.end) for head in _MEETINGS)
