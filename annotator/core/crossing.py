"""Spans that cross: each has an edge strictly inside the other (neither nests in the other).

The guidelines let spans nest (an ORG inside a ROLE) but not cross: a
crossing pair cannot be written as nested tags or as BIO layers, so an
export drops or cuts one of them. The store refuses to make such a pair of
accepted spans; an imported corpus keeps what it has, and the import report
counts its crossings so the linguist can find and settle them.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from annotator.core.distinct import WARNINGS_KEY
from annotator.core.messages import message, template
from annotator.core.model import SourceDocument
from annotator.core.paragraphs import paragraph_at

# How many crossing pairs a document's warning names before "…".
PAIRS_NAMED = 5
# A document's own warning (the report counts documents with crossings under one line).
CROSSINGS_HERE = template(
    "annotations crossing another's edge here: {n} (kept as the file has them): {pairs}"
)


def crosses(a: tuple[int, int], b: tuple[int, int]) -> bool:
    """Whether [a) and [b) overlap with neither inside the other."""
    (a_start, a_end), (b_start, b_end) = sorted((a[:2], b[:2]))
    return a_start < b_start < a_end < b_end


def crossing_pairs(spans: Sequence[tuple[int, int, str]]) -> list[tuple[int, int]]:
    """(i, j) index pairs of `spans` that cross, the earlier-starting one first, in text order.

    Spans are swept in order of start; only those still open at a start are
    compared, so a long article with a few hundred spans costs little.
    """
    order = sorted(range(len(spans)), key=lambda i: (spans[i][0], -spans[i][1]))
    open_ones: list[int] = []
    pairs: list[tuple[int, int]] = []
    for i in order:
        start, end = spans[i][0], spans[i][1]
        open_ones = [j for j in open_ones if spans[j][1] > start]
        pairs.extend((j, i) for j in open_ones if crosses(spans[j][:2], (start, end)))
        open_ones.append(i)
    return pairs


def note_crossings(source: SourceDocument) -> SourceDocument:
    """`source` with its import warnings naming the annotations that cross, and where.

    The import report counts the documents with crossings under one line; the
    document's own warnings (its information panel) say which spans cross, by
    label, words and paragraph, so the linguist can find them in the text.
    """
    pairs = crossing_pairs(source.spans)
    if not pairs:
        return source
    named = "; ".join(f"{_place(source, i)} × {_place(source, j)}" for i, j in pairs[:PAIRS_NAMED])
    if len(pairs) > PAIRS_NAMED:
        named += "; …"
    note = message(
        CROSSINGS_HERE,
        n=len({i for pair in pairs for i in pair}),
        pairs=named,
    )
    warnings = [*source.meta.get(WARNINGS_KEY, ()), note]
    return dataclasses.replace(source, meta={**source.meta, WARNINGS_KEY: warnings})


def _place(source: SourceDocument, index: int) -> str:
    """A span as a reader finds it: label, words (cut to 40 characters) and paragraph."""
    start, end, label = source.spans[index][:3]
    words = " ".join(source.text[start:end].split())
    words = words if len(words) <= 40 else words[:39] + "…"
    return f"{label} “{words}” ¶{paragraph_at(source.text, start)}"
