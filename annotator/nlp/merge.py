"""Merging the suggestions of the rules, the trained model and stock underthesea NER.

The result never holds two overlapping spans. The rules are the most specific
source for this domain, so they win every conflict; the project's own model
comes next; stock NER only fills gaps, and only with the labels and shapes
that measured well on hand-checked political news. A model whose training
validated that it should lead (its combination is not rules-first: the
project's articles are where the rules err) already decided which rule spans
to keep, so it comes first and the rules are not added back.
"""

from __future__ import annotations

from bisect import bisect_left, insort
from collections.abc import Iterable, Sequence

from annotator.nlp.base import Suggestion

# Stock NER labels worth keeping where no rule or model span is.
NER_LABELS = frozenset({"PER", "LOC", "ORG"})


class _Occupied:
    """Sorted, non-overlapping [start, end) ranges with an overlap test."""

    def __init__(self) -> None:
        self._spans: list[tuple[int, int]] = []

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect_left(self._spans, (start, end))
        for j in (i - 1, i):
            if 0 <= j < len(self._spans):
                s, e = self._spans[j]
                if s < end and start < e:
                    return True
        return False

    def add(self, start: int, end: int) -> None:
        insort(self._spans, (start, end))


def merge_suggestions(
    rule: Sequence[Suggestion],
    ner: Sequence[Suggestion],
    model: Sequence[Suggestion],
    text: str | None = None,
    *,
    model_leads: bool = False,
    blocked: Sequence[tuple[int, int]] = (),
) -> list[Suggestion]:
    """One non-overlapping list: rules first, then the model, then underthesea NER.

    `blocked` are ranges the rules know name no entity (a holiday alone,
    `dịp Quốc khánh`): the model and stock NER put nothing across them.

    With `model_leads`, the model's own output (rules included as it chose)
    comes first and only stock NER fills its gaps.

    With `text`, stock NER spans are kept only when shaped like a proper name;
    without it, only its PER spans fill the gaps (its LOC and ORG are mostly
    numbers and acronyms in this domain).
    """
    taken = _Occupied()
    closed = _Occupied()
    for start, end in blocked:
        closed.add(start, end)
    out: list[Suggestion] = []
    leading = [_valid(model)] if model_leads else [_valid(rule), _valid(model)]
    for source in (*leading, name_shaped_ner(ner, text)):
        for s in sorted(source, key=lambda s: (s.start, -(s.end - s.start))):
            if source is not leading[0] and closed.overlaps(s.start, s.end):
                continue
            if not taken.overlaps(s.start, s.end):
                taken.add(s.start, s.end)
                out.append(s)
    return sorted(out, key=lambda s: (s.start, s.end))


def _valid(spans: Iterable[Suggestion]) -> list[Suggestion]:
    return [s for s in spans if s.start < s.end]


def name_shaped_ner(ner: Sequence[Suggestion], text: str | None) -> list[Suggestion]:
    """Stock NER spans shaped like proper names (it also tags numbers and acronyms)."""
    kept = []
    for s in _valid(ner):
        if s.label not in NER_LABELS:
            continue
        if text is None and s.label != "PER":
            continue
        if text is not None and not _name_shaped(text[s.start : s.end]):
            continue
        kept.append(s)
    return kept


def _name_shaped(surface: str) -> bool:
    """Two to six words, no digits, capitalised at both ends and mostly inside.

    `Nguyễn Thị Thu`, `Bỉm Sơn`, `Công ty Minh Phát` pass; `số 9`, `GCN QSDĐ`,
    `thời điểm đương nhiệm` do not.
    """
    words = surface.split()
    if not 2 <= len(words) <= 6 or any(ch.isdigit() for ch in surface):
        return False
    if all(w.isupper() for w in words):
        return False
    capitalised = [w[0].isupper() for w in words]
    return capitalised[0] and capitalised[-1] and 2 * sum(capitalised) > len(words)
