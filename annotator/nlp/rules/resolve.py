"""Choosing one span per stretch of text: the outermost candidate wins."""

from __future__ import annotations

from collections.abc import Iterable

from annotator.nlp.rules.bodies.orgs import org
from annotator.nlp.rules.lines import Candidate, Line

# On equal length, the more specific composite label wins.
_PRIORITY = {"DOC": 0, "EVENT": 1, "ROLE": 2, "ORG": 3, "PER": 4, "LOC": 5, "DATE": 6}


def resolve(line: Line, candidates: Iterable[Candidate]) -> list[Candidate]:
    """Non-overlapping candidates, longest first (the gold keeps only outermost spans)."""
    ordered = sorted(
        {c for c in candidates if 0 <= c.start < c.end <= line.n},
        key=lambda c: (
            -(line.ends[c.end - 1] - line.starts[c.start]),
            c.weak,
            _PRIORITY.get(c.label, 9),
            c.start,
        ),
    )
    taken = [False] * line.n
    chosen: list[Candidate] = []
    for cand in ordered:
        if any(taken[cand.start : cand.end]):
            continue
        for k in range(cand.start, cand.end):
            taken[k] = True
        chosen.append(cand)
    return sorted(chosen, key=lambda c: c.start)


def trim(line: Line, cand: Candidate) -> Candidate | None:
    """Drop outer punctuation from a candidate; None when nothing is left."""
    start, end = cand.start, cand.end
    while start < end and not line.word(start) and not _keeps(line, cand, start):
        start += 1
    while end > start and not line.word(end - 1) and not _keeps(line, cand, end - 1):
        end -= 1
    if start >= end:
        return None
    return Candidate(start, end, cand.label, cand.weak)


def _keeps(line: Line, cand: Candidate, i: int) -> bool:
    """Quotation marks of a quoted document title or nickname (`Hùng "xì-tẹc"`) and
    closed brackets stay inside the span."""
    if line.surface[i] == ")" and "(" in line.surface[cand.start : i]:
        return True
    if cand.label == "PER":
        opened = ('"' in line.surface[cand.start : i]) or ("“" in line.surface[cand.start : i])
        return line.surface[i] in ('"', "”") and opened
    return cand.label == "DOC" and line.surface[i] in ('"', "“", "”")


def mend_cut_bodies(line: Line, spans: list[Candidate]) -> list[Candidate]:
    """`Phòng tiếp dân Thanh | tra Nhà nước`: a body's name that ends on the first syllable
    of another body (`Thanh tra`) runs on through it, taking the spans inside."""
    out: list[Candidate] = []
    for c in spans:
        if out and c.end <= out[-1].end:
            continue  # inside a mended span
        listed = line.match(c.end - 1, "bodies") > c.end  # `Thanh tra`, not `Phòng tổ chức`
        if c.label in ("ORG", "ROLE") and listed and line.cap(c.end - 1) and line.lower(c.end):
            body = org(line, c.end - 1, loose=False)
            crossing = any(o.start < body < o.end for o in spans)
            if body > c.end and not crossing:
                c = Candidate(c.start, body, c.label, c.weak)
        out.append(c)
    return out
