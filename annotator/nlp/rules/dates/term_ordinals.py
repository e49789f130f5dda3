"""DATE: a term of office named by its order, not its years (`nhiệm kỳ hai`,
`nhiệm kỳ tổng thống thứ 3`).

Why: world prose places a leader's acts in his second or third term as it
does in a year (`trong [nhiệm kỳ hai] của Tổng thống George Bush`, news26;
`làm hết [nhiệm kỳ tổng thống thứ 2] của mình`, news27; `tìm kiếm [nhiệm kỳ
tổng thống thứ 3]`, news30), and the gold marks the whole as one DATE, the
post inside it no ROLE of its own. The rules read only `nhiệm kỳ 3` and a
term's years, and cut a ROLE `tổng thống` out of the middle.

Two shapes stay out: a length (`nhiệm kỳ hai năm`, like `nhiệm kỳ 5 năm`),
and a bare `nhiệm kỳ thứ hai` with no post between, which the gold leaves
unmarked where it is the prize of a campaign (`thắng cử nhiệm kỳ thứ hai`,
news30 ×2).
"""

from __future__ import annotations

from annotator.nlp.rules.dates.forms import in_range
from annotator.nlp.rules.lines import Line

# Order words written as a cardinal right after `nhiệm kỳ` (`nhiệm kỳ hai`).
_SPELLED = ("hai", "ba", "bốn", "tư")
# The posts a term is said of in these words; a longer title is no term's name.
_TERM_POSTS = ("tổng thống", "thủ tướng", "chủ tịch", "thị trưởng", "thống đốc")


def ordered_term(line: Line, i: int) -> int:
    """End of a term named by its order at the `nhiệm kỳ` token i, or -1."""
    k = i + 2
    if line.is_(k, *_SPELLED) and not _length_at(line, k + 1):
        return k + 1
    post = line.longest(k, _TERM_POSTS)
    if post < 0 or not line.is_(post, "thứ"):
        return -1
    order = post + 1
    if line.is_(order, *_SPELLED, "nhất") or in_range(_surface(line, order), 1, 9):
        return order + 1 if not _length_at(line, order + 1) else -1
    return -1


def _length_at(line: Line, k: int) -> bool:
    """A unit of time at k makes the number a length (`nhiệm kỳ hai năm`)."""
    return line.is_(k, "năm", "tháng")


def _surface(line: Line, k: int) -> str | None:
    return line.surface[k] if 0 <= k < line.n else None
