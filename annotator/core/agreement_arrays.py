"""Agreement counts over many documents at once, with integer arrays instead of Python loops.

Ten thousand documents of three annotators are some 25 million token tags:
a Python step per token costs tens of seconds. Here a batch of documents
is one array of tokens; each annotator's BIO tags are one integer array
(0 is O, 1 + 2i is B of label i, 2 + 2i is I of label i, labels in name
order), filled from the spans with searches and a running sum; confusion
tallies and the per-document figures are counted with bincount. The rules
are those of core.agreement (`token_tags`, `pair_counts`), which the tests
check this module against.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from annotator.core.agreement import OUTSIDE

SHIFT = 32  # a token's or a span's key: document index << SHIFT | code point offset


def tag_names(labels: Sequence[str]) -> list[str]:
    """The tag of each code: O, then B- and I- of every label."""
    names = [OUTSIDE]
    for label in labels:
        names += ["B-" + label, "I-" + label]
    return names


@dataclass(frozen=True)
class Tokens:
    """The tokens of a batch of documents, in document order then text order."""

    key: np.ndarray  # int64 document index << SHIFT | start
    end: np.ndarray  # int64 document index << SHIFT | end
    doc: np.ndarray  # document index (in the batch) of each token

    @classmethod
    def of(cls, documents: Sequence[tuple[np.ndarray, np.ndarray]]) -> Tokens:
        """From each document's token starts and lengths (code points)."""
        counts = [len(starts) for starts, _ in documents]
        doc = np.repeat(np.arange(len(documents), dtype=np.int64), counts)
        if not documents:
            empty = np.zeros(0, dtype=np.int64)
            return cls(empty, empty, empty)
        starts = np.concatenate([s for s, _ in documents]).astype(np.int64)
        lengths = np.concatenate([n for _, n in documents]).astype(np.int64)
        base = doc << SHIFT
        return cls(base | starts, base | (starts + lengths), doc)

    def __len__(self) -> int:
        return len(self.key)


@dataclass(frozen=True)
class Spans:
    """Spans of one annotator in a batch: document index, start, end, label code."""

    doc: np.ndarray
    start: np.ndarray
    end: np.ndarray
    label: np.ndarray

    def take(self, which: np.ndarray) -> Spans:
        return Spans(self.doc[which], self.start[which], self.end[which], self.label[which])

    def unique(self) -> Spans:
        """Each (document, start, end, label) once, sorted as token_tags takes them."""
        order = np.lexsort((self.label, -self.end, self.start, self.doc))
        spans = self.take(order)
        if len(order) < 2:
            return spans
        same = (
            (spans.doc[1:] == spans.doc[:-1])
            & (spans.start[1:] == spans.start[:-1])
            & (spans.end[1:] == spans.end[:-1])
            & (spans.label[1:] == spans.label[:-1])
        )
        return spans.take(np.concatenate(([True], ~same)))


def bio_tags(tokens: Tokens, spans: Spans) -> np.ndarray:
    """BIO tag codes of every token under `spans` (unique, sorted); outermost span wins.

    As core.agreement.token_tags: a span covers the tokens it overlaps; one
    touching a token already tagged (nested, crossing) is left out, spans
    taken by start, the longer first, then label.
    """
    n = len(tokens)
    tags = np.zeros(n, dtype=np.int16)
    if not len(spans.doc) or not n:
        return tags
    start_key = (spans.doc << SHIFT) | spans.start
    at = np.searchsorted(tokens.key, start_key, side="right") - 1
    first = at + ((at < 0) | (tokens.end[np.maximum(at, 0)] <= start_key))
    last = np.searchsorted(tokens.key, (spans.doc << SHIFT) | spans.end, side="left") - 1
    keep = _outermost(first, last)
    first, last, label = first[keep], last[keep], spans.label[keep].astype(np.int64)
    inside = 2 + 2 * label
    running = np.bincount(first + 1, weights=inside, minlength=n + 1)
    running -= np.bincount(last + 1, weights=inside, minlength=n + 1)
    tags[:] = np.cumsum(running[:n])
    tags[first] = 1 + 2 * label
    return tags


def _outermost(first: np.ndarray, last: np.ndarray) -> np.ndarray:
    """Which spans keep their tokens: none of them tagged by a span kept before.

    Spans come sorted by start, so `first` never decreases: a span is free
    when it starts after the furthest token of every earlier span. Only the
    others (nested or crossing spans, rare) are decided one by one.
    """
    live = first <= last
    lasts = np.where(live, last, -1)
    before = np.concatenate(([-1], np.maximum.accumulate(lasts)[:-1]))
    free = live & (first > before)
    doubtful = np.flatnonzero(live & ~free)
    if not len(doubtful):
        return free
    kept_free = np.concatenate(([-1], np.maximum.accumulate(np.where(free, last, -1))[:-1]))
    furthest = -1  # the furthest token of the doubtful spans kept so far
    keep = free.copy()
    for i in doubtful:
        if first[i] > max(kept_free[i], furthest):
            keep[i] = True
            furthest = max(furthest, int(last[i]))
    return keep


def confusion(a: np.ndarray, b: np.ndarray, size: int) -> np.ndarray:
    """size x size counts of (tag of a, tag of b) over the tokens."""
    flat = np.bincount(a.astype(np.int64) * size + b, minlength=size * size)
    return flat.reshape(size, size)


@dataclass
class DocumentTally:
    """Per-document sums over pairs: token agreement and marginals, span matches."""

    tokens: np.ndarray  # tokens compared (summed over pairs)
    agreed: np.ndarray  # of which both tags equal
    rows: np.ndarray  # documents x tags: a's tags
    cols: np.ndarray  # documents x tags: b's tags
    exact: np.ndarray  # documents x (tp, fp, fn)

    @classmethod
    def zeros(cls, documents: int, size: int) -> DocumentTally:
        z = np.zeros
        return cls(
            z(documents, np.int64),
            z(documents, np.int64),
            z((documents, size), np.int64),
            z((documents, size), np.int64),
            z((documents, 3), np.int64),
        )

    def add_tokens(self, doc: np.ndarray, a: np.ndarray, b: np.ndarray) -> None:
        documents, size = self.rows.shape
        self.tokens += np.bincount(doc, minlength=documents)
        self.agreed += np.bincount(doc[a == b], minlength=documents)
        self.rows += np.bincount(doc * size + a, minlength=documents * size).reshape(-1, size)
        self.cols += np.bincount(doc * size + b, minlength=documents * size).reshape(-1, size)

    def kappa(self, i: int) -> float | None:
        """Cohen's kappa of document i over its pairs (as core.agreement.cohen_kappa)."""
        total = int(self.tokens[i])
        if not total:
            return None
        observed = int(self.agreed[i]) / total
        expected = int(np.dot(self.rows[i], self.cols[i])) / (total * total)
        if expected >= 1.0:
            return 1.0 if observed >= 1.0 else None
        return (observed - expected) / (1.0 - expected)


def exact_matches(a: Spans, b: Spans, labels: int) -> tuple[np.ndarray, np.ndarray, Spans, Spans]:
    """Exact span matches of two unique span sets.

    Returns the (tp, fp, fn) counts per label (labels x 3), which spans of a
    are matched (a boolean array), and the unmatched spans of a and of b.
    """
    in_b, in_a = _shared(a, b, labels)
    counts = np.zeros((labels, 3), dtype=np.int64)
    counts[:, 0] = np.bincount(a.label[in_b], minlength=labels)
    counts[:, 1] = np.bincount(a.label[~in_b], minlength=labels)
    counts[:, 2] = np.bincount(b.label[~in_a], minlength=labels)
    return counts, in_b, a.take(~in_b), b.take(~in_a)


def _shared(a: Spans, b: Spans, labels: int) -> tuple[np.ndarray, np.ndarray]:
    """Which spans of a are in b and of b in a: both sorted together, equal neighbours paired.

    Each set holds a span once, so a span found twice in the joint order is in both.
    """
    where = np.concatenate(((a.doc << SHIFT) | a.start, (b.doc << SHIFT) | b.start))
    what = np.concatenate((a.end * labels + a.label, b.end * labels + b.label))
    order = np.lexsort((what, where))
    where, what = where[order], what[order]
    same = (where[1:] == where[:-1]) & (what[1:] == what[:-1])
    found = np.zeros(len(order), dtype=bool)
    found[order[1:][same]] = True
    found[order[:-1][same]] = True
    return found[: len(a.doc)], found[len(a.doc) :]


def overlap_matches(a: Spans, b: Spans, labels: int) -> np.ndarray:
    """(tp, fp, fn) per label of spans matched by overlap (as core.agreement.overlap_matches).

    Spans whose document has no span of their label on the other side are
    unmatched at once; the others are swept group by group, both sides
    sorted by numpy beforehand.
    """
    counts = np.zeros((labels, 3), dtype=np.int64)
    group_a, group_b = a.doc * labels + a.label, b.doc * labels + b.label
    both = np.intersect1d(group_a, group_b)
    shared_a, shared_b = np.isin(group_a, both), np.isin(group_b, both)
    counts[:, 1] = np.bincount(a.label[~shared_a], minlength=labels)
    counts[:, 2] = np.bincount(b.label[~shared_b], minlength=labels)
    if not len(both):
        return counts
    left = _sorted_groups(a.take(shared_a), group_a[shared_a], both)
    right = _sorted_groups(b.take(shared_b), group_b[shared_b], both)
    matched = np.array(_sweep(left, right), dtype=np.int64)
    label = both % labels
    sizes_a = np.diff(left[2])
    sizes_b = np.diff(right[2])
    counts[:, 0] += np.bincount(label, weights=matched, minlength=labels).astype(np.int64)
    counts[:, 1] += np.bincount(label, weights=sizes_a - matched, minlength=labels).astype(np.int64)
    counts[:, 2] += np.bincount(label, weights=sizes_b - matched, minlength=labels).astype(np.int64)
    return counts


def _sorted_groups(
    spans: Spans, groups: np.ndarray, chosen: np.ndarray
) -> tuple[list[int], list[int], list[int]]:
    """Starts and ends sorted by (group, start, end), and where each chosen group begins."""
    order = np.lexsort((spans.end, spans.start, groups))
    bounds = np.searchsorted(groups[order], chosen, side="left")
    bounds = np.append(bounds, len(order))
    return spans.start[order].tolist(), spans.end[order].tolist(), bounds.tolist()


def _sweep(
    left: tuple[list[int], list[int], list[int]], right: tuple[list[int], list[int], list[int]]
) -> list[int]:
    """Per group, how many one-to-one overlapping pairs (match_overlaps_count's sweep)."""
    l_start, l_end, l_bounds = left
    r_start, r_end, r_bounds = right
    out = []
    for g in range(len(l_bounds) - 1):
        low, stop = r_bounds[g], r_bounds[g + 1]
        taken: set[int] = set()
        matched = 0
        for i in range(l_bounds[g], l_bounds[g + 1]):
            start, end = l_start[i], l_end[i]
            while low < stop and (low in taken or r_end[low] <= start):
                low += 1
            j = low
            while j < stop and r_start[j] < end:
                if j not in taken and r_end[j] > start:
                    taken.add(j)
                    matched += 1
                    break
                j += 1
        out.append(matched)
    return out


def pattern_counts(tags: Sequence[np.ndarray], size: int) -> list[tuple[tuple[int, ...], int]]:
    """Each distinct combination of the raters' tags over the tokens, with how many tokens."""
    if not tags or not len(tags[0]):
        return []
    if size ** len(tags) < 2**62:
        code = np.zeros(len(tags[0]), dtype=np.int64)
        for rater in tags:
            code = code * size + rater
        if size ** len(tags) <= 1 << 22:  # few enough combinations to count them all
            found = np.bincount(code, minlength=size ** len(tags))
            values = np.flatnonzero(found)
            counts = found[values]
        else:
            values, counts = np.unique(code, return_counts=True)
        out = []
        for value, count in zip(values.tolist(), counts.tolist(), strict=True):
            digits = []
            for _ in tags:
                value, digit = divmod(value, size)
                digits.append(digit)
            out.append((tuple(reversed(digits)), count))
        return out
    stacked, counts = np.unique(np.stack(tags), axis=1, return_counts=True)
    return [(tuple(col), n) for col, n in zip(stacked.T.tolist(), counts.tolist(), strict=True)]
