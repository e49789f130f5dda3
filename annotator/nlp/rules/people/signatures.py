"""Authors and photographers signed in initials where no colon announces them.

Older reports credit a photo as `Ảnh Ng.Thạnh` (no colon) and close the
article with the author's initials after its last sentence (`… đại chúng.
Y.Anh`, `… cầu Văn Thánh 2… Ng. Thạnh`). Initials read as a name only there:
right after `Ảnh`, or ending a line after the sentence before it has ended.
"""

from __future__ import annotations

from annotator.nlp.rules.lines import Candidate, Line

_SENTENCE_ENDS = frozenset(".!?…")
_MAX_PREFIX = 3  # "Ng", "Th": a family name shortened to a few letters


def signed_initials(line: Line) -> list[Candidate]:
    """`Ảnh Ng.Thạnh`, and `Y.Anh` or `Ng. Thạnh` closing a line after a full stop."""
    found = [
        Candidate(i + 1, i + 2, "PER")
        for i in line.where("ảnh")
        if i < line.n - 1 and line.cap(i) and _signed(line, i + 1)
    ]
    closing = _closing(line)
    if closing is not None and not any(c.start == closing.start for c in found):
        found.append(closing)
    return found


def _signed(line: Line, i: int) -> bool:
    """Initials at i that no list knows (not `T.Ư`, `TP.HCM`)."""
    return line.initials(i) and not line.hits(i)


def _closing(line: Line) -> Candidate | None:
    """The line's last words, when they are initials after the end of a sentence."""
    n = line.n
    if n >= 2 and _signed(line, n - 1) and line.surface[n - 2][-1] in _SENTENCE_ENDS:
        return Candidate(n - 1, n, "PER")
    spaced = (
        n >= 4
        and line.surface[n - 2] == "."
        and line.cap(n - 3)
        and len(line.surface[n - 3]) <= _MAX_PREFIX
        and line.surface[n - 3].isalpha()
        and line.cap(n - 1)
        and (line.surface[n - 1][1:].islower() or line.surface[n - 1].isupper())
        and line.surface[n - 4][-1] in _SENTENCE_ENDS
        and line.gap(n - 3)
        and not line.gap(n - 2)
        and line.gap(n - 1)
    )
    return Candidate(n - 3, n, "PER") if spaced and not line.hits(n - 1) else None
