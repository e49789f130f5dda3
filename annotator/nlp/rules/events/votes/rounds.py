"""EVENT: one round of an election or of talks, `vòng` with its place in the series.

`trong [vòng cuối cùng của bầu cử Quốc hội]`, `các [vòng bầu cử trước]`, `2 [vòng
bỏ phiếu trước]`, `[vòng hai cuộc bầu cử]`, `[vòng đàm phán trước]`: the gold marks
a round with what it is a round of and its place in the series, and every such
round in the tuning files is marked (dev `[vòng hiệp thương lần 3]`, news17
`[vòng đàm phán đầu tiên]`, news18 `[vòng đàm phán cuối cùng]`, news28 `[Vòng đàm
phán thứ 7]`). `trước` (the earlier rounds) stays inside, as `cuối cùng` and
`tiếp theo` do, in all four rounds written so (news22 once, news30 three times).
At blind time the rules missed the round or cut it to its head in news22 (1),
news24 (1) and news30 (5): a round of an election was no event noun at all, and
a qualifier before the head (`vòng hai`, `vòng cuối cùng của`) was read nowhere.

`trong vòng 2 năm` (within) has no head after the series word and stays none,
as does a round of anything else (`vòng chung kết`, `vòng loại` of a sport);
a demonstrative after the round stays outside (`[vòng bầu cử cuối cùng] này`).
"""

from __future__ import annotations

from annotator.nlp.rules.events.extent.event_numbers import ordinal
from annotator.nlp.rules.events.votes.elections import elected
from annotator.nlp.rules.lines import Candidate, Line

# What a round is a round of: an election, a vote, talks.
_HEADS = (
    "bầu cử",
    "cuộc bầu cử",
    "bỏ phiếu",
    "cuộc bỏ phiếu",
    "đàm phán",
    "cuộc đàm phán",
    "hội đàm",
    "thương lượng",
    "hiệp thương",
    "tham vấn",
)
# The round's place in the series, written between `vòng` and its head:
# "vòng hai cuộc bầu cử", "vòng cuối cùng của bầu cử Quốc hội".
_SERIES_BEFORE = ("một", "hai", "ba", "bốn", "cuối", "cuối cùng", "đầu", "đầu tiên", "quyết định")
# ... or after the head: "vòng bầu cử trước", "vòng đàm phán tiếp theo".
_SERIES_AFTER = (
    "trước",
    "cuối cùng",
    "đầu tiên",
    "tiếp theo",
    "kế tiếp",
    "mới nhất",
    "thứ hai",
    "thứ ba",
    "quyết định",
)
# Words after `trước` that make it a conjunction or an adverb of its own.
_BEFORE_A_CLAUSE = ("khi", "đó", "đây", "hết", "tiên", "mắt")


def find_rounds(line: Line) -> list[Candidate]:
    """Rounds of an election or of talks on the line (module docstring)."""
    found = []
    for i in line.where("vòng"):
        end = round_at(line, i)
        if end > i:
            found.append(Candidate(i, end, "EVENT"))
    return found


def round_at(line: Line, i: int) -> int:
    """End of `vòng bầu cử trước`, `vòng hai cuộc bầu cử` whose `vòng` is at i, or -1."""
    if not line.is_(i, "vòng") or line.is_(i - 1, "vòng"):
        return -1
    series = _series_before(line, i + 1)
    head = line.longest(series, _HEADS)
    if head < 0:
        return -1
    head = max(head, elected(line, head))  # "bầu cử Quốc hội", "bầu cử tổng thống"
    if series > i + 1:
        return head
    after = line.longest(head, _SERIES_AFTER)
    if line.is_(head, "trước") and line.is_(head + 1, *_BEFORE_A_CLAUSE):
        after = -1  # "vòng đàm phán | trước khi ...": `trước` opens a clause
    return max(head, after, ordinal(line, head))


def _series_before(line: Line, j: int) -> int:
    """End of `hai`, `2`, `cuối cùng của` after `vòng` at j, or j."""
    end = line.longest(j, _SERIES_BEFORE)
    if end < 0 and line.digit(j) and line.surface[j].isdigit():
        end = j + 1
    if end < 0:
        return j
    return end + 1 if line.is_(end, "của") else end
