"""Spans that cross: each has an edge strictly inside the other (neither nests in the other).

The guidelines let spans nest (an ORG inside a ROLE) but not cross: a
crossing pair cannot be written as nested tags or as BIO layers, so an
export drops or cuts one of them. The store refuses to make such a pair of
accepted spans; an imported corpus keeps what it has, and the import report
counts its crossings so the linguist can find and settle them.
"""

from __future__ import annotations

from collections.abc import Sequence


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
