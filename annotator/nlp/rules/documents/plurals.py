"""`các Luật điều chỉnh về đất đai`: laws of a kind, in the plural, name no one law.

Outlets capitalise `Luật` even for laws in general. After a plural
quantifier (`các`, `những`, `nhiều` …), a `Luật` followed only by lowercase
words describes laws (`những Luật mới ban hành`); a named one keeps its
capitals (`các Luật Đất đai, Luật Nhà ở`). The gold marks no DOC there
(`Hiến pháp và các luật khác`).
"""

from __future__ import annotations

from annotator.nlp.rules.lines import Candidate, Line

_PLURAL = ("các", "những", "nhiều", "mọi")
_KINDS = ("luật", "nghị định", "thông tư", "bộ luật")


def drop_plural_documents(chosen: list[tuple[Line, list[Candidate]]]) -> None:
    """Remove, line by line, the DOC spans that name laws of a kind in the plural."""
    for index, (line, spans) in enumerate(chosen):
        generic = [c for c in spans if c.label == "DOC" and _of_a_kind(line, c)]
        if generic:
            chosen[index] = (line, [c for c in spans if c not in generic])


def _of_a_kind(line: Line, c: Candidate) -> bool:
    """A plural quantifier, a kind of text, then lowercase words only."""
    if not line.is_(c.start - 1, *_PLURAL):
        return False
    kind = max(line.phrase(c.start, k) for k in _KINDS)
    words = [k for k in range(kind, c.end) if line.word(k)] if kind > 0 else []
    return bool(words) and all(line.lower(k) for k in words)
