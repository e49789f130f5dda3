"""A committee's own name after its bare head, dashes and lowercase words included.

`Chủ nhiệm Uỷ ban Văn hoá - Giáo dục - Thanh thiếu niên - Nhi đồng, bà …`,
`Chủ nhiệm Ủy ban Văn hóa giáo dục Thanh thiếu niên Trần Thị Tâm Đan`: the
rules stopped a post or a body at its bare head (`Chủ nhiệm Ủy ban`) when the
committee's name was not listed; the gold keeps the whole name inside, and
a body's name run on with dashes or lowercase words was an error in five
of seven blind sets (news4, news6, news7, news8, news9). The name starts
with a capital right after the head and ends before a person's name,
punctuation other than a dash, or a grammar word.
"""

from __future__ import annotations

from annotator.nlp.rules.lines import Candidate, Line
from annotator.nlp.rules.names import is_stop, person_run
from annotator.nlp.rules.places.listed import place_at

_HEADS = ("ủy ban", "uỷ ban", "ban", "hội đồng")
_DASHES = ("-", "–")
_MAX_NAME = 14
_LISTED = ("titles", "org_heads", "bodies", "events", "documents", "time_words", "media")


def committees_named(line: Line, spans: list[Candidate]) -> list[Candidate]:
    """The line's posts and bodies that end at a bare committee head, run on over its name."""
    out: list[Candidate] = []
    for c in spans:
        if out and c.start < out[-1].end:
            continue  # inside a name just run on
        end = _name_after(line, c) if c.label in ("ROLE", "ORG") else -1
        out.append(Candidate(c.start, end, c.label) if end > c.end else c)
    return out


def _name_after(line: Line, c: Candidate) -> int:
    """End of the committee's name after the span c that ends at its bare head, or -1."""
    if not any(line.phrase(c.end - len(h.split()), h) == c.end for h in _HEADS):
        return -1
    if not line.cap(c.end) or _person(line, c.end) or place_at(line, c.end) > c.end:
        return -1
    if line.match(c.end, *_LISTED) > c.end:
        return -1  # "Ủy ban | Thường vụ ...", "Ban | Chấp hành ...": listed, read elsewhere
    end = j = c.end
    while j < line.n and j - c.end < _MAX_NAME:
        if line.surface[j] in _DASHES and line.cap(j + 1) and not _person(line, j + 1):
            j += 1
        elif line.word(j) and (line.cap(j) or not is_stop(line, j)) and not _person(line, j):
            j += 1
            end = j
        else:
            break
    return end


def _person(line: Line, j: int) -> bool:
    return person_run(line, j) >= j + 2
