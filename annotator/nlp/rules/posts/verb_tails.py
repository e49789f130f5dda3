"""ROLE: a post read on over its body's name gives back the verb it ran into.

A post whose body ends in a lowercase field or a foreign name is read to the
next word, and takes the verb its holder does (`[Giám đốc Viện Okazaki] từng
là`, `[Quốc vụ khanh Bộ Phát triển quốc tế Vương quốc Anh] ký`, `[Giám đốc Sở
Quy hoạch kiến trúc] giải trình`): blind, news23, news27 and news28. The verbs
are data (`post_verbs`). A one-word verb closes the post only after a
capitalised word that opens no title (`Tổng Thư ký` keeps its `ký`); a verb of
two words when the post took its first (`giải | trình`).
"""

from __future__ import annotations

from annotator.nlp.rules.lines import Candidate, Line

_SHORTEST = 3  # words of a post with a body, the only ones read on so far


def posts_before_verbs(line: Line, spans: list[Candidate]) -> list[Candidate]:
    """The spans with each ROLE that ends in its holder's verb ended before it."""
    return [_cut(line, c) if c.label == "ROLE" else c for c in spans]


def _cut(line: Line, c: Candidate) -> Candidate:
    k = c.end - 1
    if c.end - c.start < _SHORTEST or not line.lower(k):
        return c
    verb = line.longest(k, line.gaz.phrases("post_verbs"))
    if (verb == k + 1 and _after_name(line, k)) or verb > c.end:
        return Candidate(c.start, k, "ROLE", c.weak)
    return c


def _after_name(line: Line, k: int) -> bool:
    """The word before k is capitalised and opens no title (`Anh`, not `Thư` of `Thư ký`)."""
    return line.cap(k - 1) and line.match(k - 1, "titles", "posts") <= k
