"""A company named once with its head noun is an ORG wherever its name stands alone.

Business and energy news name a firm once as `Công ty Gazprom` or `Tập đoàn
Naftogaz` and then write `Gazprom` alone, before or after that mention
(`khách hàng của Gazprom`, `Gazprom bơm khoảng 145 tỉ m3`). A one-word
foreign-shaped name after a company head is carried to its bare mentions,
unless the article uses the same word in a person's name.
"""

from __future__ import annotations

from annotator.nlp.rules.lines import Candidate, Line

# Head nouns of a company's name.
_HEADS = ("công ty", "tập đoàn", "tổng công ty", "hãng", "ngân hàng")


def propagate_companies(chosen: list[tuple[Line, list[Candidate]]]) -> None:
    """Add an ORG for every bare mention of a company the article names with its head."""
    names = {key for line, spans in chosen for c in spans if (key := _company_name(line, c))}
    names -= {
        line.keys[k]
        for line, spans in chosen
        for c in spans
        if c.label == "PER"
        for k in range(c.start, c.end)
    }
    if not names:
        return
    for index, (line, spans) in enumerate(chosen):
        bare = _bare_mentions(line, spans, names)
        if bare:
            chosen[index] = (line, sorted(spans + bare, key=lambda c: c.start))


def _company_name(line: Line, c: Candidate) -> str:
    """The key of the one foreign-shaped name word of `Công ty Gazprom`, else ''."""
    if c.label != "ORG" or not line.foreign(c.end - 1):
        return ""
    head = max(line.phrase(c.start, h) for h in _HEADS)
    return line.keys[c.end - 1] if head == c.end - 1 else ""


def _bare_mentions(line: Line, spans: list[Candidate], names: set[str]) -> list[Candidate]:
    """The line's free words that spell a company's name, alone between other words."""
    taken = {k for c in spans for k in range(c.start, c.end)}
    return [
        Candidate(i, i + 1, "ORG")
        for i in range(line.n)
        if i not in taken
        and line.keys[i] in names
        and line.foreign(i)
        and not (line.cap(i + 1) and line.gap(i + 1))
    ]
