"""ROLE: a post runs on through `phụ trách` and the duty it names, up to its holder.

Why: the gold keeps a duty written after a post in the post's ROLE
(`[Bộ trưởng phụ trách các vấn đề người Syria ở nước ngoài] Buthaina
Shaaban`, news21; `[Bộ trưởng phụ trách Hoàng cung] cùng các quan chức`,
news27; `[phó giám đốc phụ trách vận dụng] Phạm Văn Trường`, news30), as it
does `[phó tổng giám đốc phụ trách thương mại Vietsovpetro]` (news22). The
rules stopped at the post, or took `phụ trách` as a qualifier and stopped
after it.

The duty is read only where its end is plain: the holder's name right after
it, `cùng` (the people with him), or a closing bracket. A duty running on
into a clause (`bộ trưởng phụ trách chuẩn bị đầu tư, ký giao cho …`) or ended
by a full stop (`phó chủ tịch tỉnh phụ trách.`) leaves the post as it was.
"""

from __future__ import annotations

from annotator.nlp.rules.lines import Candidate, Line
from annotator.nlp.rules.names import person_run

_LONGEST_DUTY = 8
# What may close a duty before the holder's name: the people with him, a bracket.
_CLOSERS = ("cùng", ")")


def posts_with_duties(line: Line, spans: list[Candidate]) -> list[Candidate]:
    """The spans with each post taking the duty after its `phụ trách`."""
    people = {c.start for c in spans if c.label == "PER"}
    out: list[Candidate] = []
    for c in spans:
        end = _duty_end(line, c, people) if c.label == "ROLE" else -1
        if out and c.start < out[-1].end:
            continue  # inside the duty of the post before it
        out.append(Candidate(c.start, end, "ROLE") if end > c.end else c)
    return out


def _duty_end(line: Line, c: Candidate, people: set[int]) -> int:
    """End of the duty after the post c, or -1."""
    k = c.end
    if line.phrase(k, "phụ trách") > 0 and line.lower(k):
        k += 2
    elif not (line.is_(k - 1, "trách") and line.is_(k - 2, "phụ") and c.end - c.start > 2):
        return -1
    start = k
    while k < line.n and k - start <= _LONGEST_DUTY and line.word(k):
        if k > start and _holder_at(line, k, people):
            return k
        if line.is_(k, "phụ"):
            return -1
        k += 1
    if k == start or k - start > _LONGEST_DUTY:
        return -1
    return k if k < line.n and line.surface[k] in _CLOSERS else -1


def _holder_at(line: Line, k: int, people: set[int]) -> bool:
    """The holder's name starts at k (found by the name rules, or name-shaped) or `cùng`
    closes the duty."""
    return k in people or person_run(line, k) > k or line.is_(k, "cùng")
