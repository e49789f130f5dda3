"""A body or post grown to a new end swallows the spans inside its new extent.

`activities_joined` and `fields_joined` both take a body's name past a
joining word (`và`, a dash) and the words after it; the spans the finders
made of those words (`Quốc gia Ukraine`, `kế toán`) are then part of the
name, not spans of their own.
"""

from __future__ import annotations

from collections.abc import Callable

from annotator.nlp.rules.lines import Candidate, Line


def grow_bodies(
    line: Line, spans: list[Candidate], joined_end: Callable[[Line, Candidate], int]
) -> list[Candidate]:
    """The spans with each ORG or ROLE grown to `joined_end`, where that lies past its end."""
    out: list[Candidate] = []
    for c in spans:
        end = joined_end(line, c) if c.label in ("ORG", "ROLE") else -1
        if end > c.end:
            out = [o for o in out if o.end <= c.start]
            out.append(Candidate(c.start, end, c.label))
        elif out and out[-1].start <= c.start and c.end <= out[-1].end and out[-1] != c:
            continue  # a span inside the grown name
        else:
            out.append(c)
    return out
