"""ORG: a company's lowercase head joins the name the rules found after it.

`[công ty Agrimexco]`, `[công ty Zuellig Pharma]`, `[tập đoàn Intel]`: the gold
keeps the lowercase `công ty`, `tập đoàn`, `doanh nghiệp` inside the company's
ORG (news5, news20, news22, news26), where the rules proposed the name alone (at
blind time in news20 and news26). The heads are data (`company_heads`). After a
quantifier (`các công ty EU`: companies of the Union in general, news4 and
news14), inside a longer head (`Tổng công ty`) or before an English name that
ends in its own body noun (`công ty Canadian Wheat Board`, news18; data,
`english_body_nouns` and `company_ends`) the name stays as it was.
"""

from __future__ import annotations

from annotator.nlp.rules.lines import Candidate, Line

# Words that make the companies after them many or any: no one company's head.
_QUANTIFIERS = ("các", "những", "nhiều", "một", "mỗi", "số", "tổng", "mọi")


def companies_with_heads(line: Line, spans: list[Candidate]) -> list[Candidate]:
    """The line's spans with a lowercase company head joined to the ORG after it."""
    heads = line.gaz.phrases("company_heads")
    joined = []
    for span in spans:
        start = _head_before(line, span.start, heads) if span.label == "ORG" else -1
        if (
            start >= 0
            and line.cap(span.start)
            and not _names_its_kind(line, span.end)
            and not any(c.start < span.start and c.end > start for c in spans if c is not span)
        ):
            span = Candidate(start, span.end, "ORG", weak=span.weak)
        joined.append(span)
    return joined


def _names_its_kind(line: Line, end: int) -> bool:
    """`Canadian Wheat Board`, `Ford Motor Company`: an English name ending in its own
    body noun or legal ending carries its kind; the head before it is a gloss."""
    last = (line.key(end - 1),)
    return (
        last in line.gaz.by_kind["english_body_nouns"] or last in line.gaz.by_kind["company_ends"]
    )


def _head_before(line: Line, start: int, heads: tuple[str, ...]) -> int:
    """Start of the lowercase company head that ends right before start, or -1."""
    for k in (start - 2, start - 1):
        if k >= 0 and line.lower(k) and line.longest(k, heads) == start:
            return -1 if line.is_(k - 1, *_QUANTIFIERS) else k
    return -1
