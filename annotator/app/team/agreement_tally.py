"""Adding up agreement a batch of documents at a time, with integer arrays (core.agreement_arrays).

The store hands over every accepted span of the chosen annotators as
integer arrays and each document's stored tokens; a batch of a thousand
documents becomes one token array, each annotator's tags one array, and
every count one bincount. Relations, a few per document, stay Python sets.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from annotator.core.agreement import MultiRaterTally, PairScore, pairs_of
from annotator.core.agreement_arrays import (
    DocumentTally,
    Spans,
    Tokens,
    bio_tags,
    confusion,
    exact_matches,
    overlap_matches,
    pattern_counts,
    tag_names,
)
from annotator.core.syllable_arrays import syllable_bounds
from annotator.nlp.stored_units import token_arrays

BATCH = 1000  # documents tallied at once
KINDS = ("tp", "fp", "fn")


@dataclass
class PairTally:
    """One pair of annotators over the documents both finished."""

    spans: PairScore = field(default_factory=PairScore)
    tokens: Counter[tuple[str, str]] = field(default_factory=Counter)
    relations: Counter[tuple[str, str]] = field(default_factory=Counter)  # (type, tp|fp|fn)
    documents: int = 0


class Tally:
    """Everything the report needs, for `names` over the documents in `finished`."""

    def __init__(self, names: Sequence[str], labels: Sequence[str], finished: Any) -> None:
        self.names = list(names)
        self.labels = list(labels)
        self.tags = tag_names(labels)
        self.doc_ids: list[int] = list(finished.doc_ids)
        self.masks = np.array(finished.raters, dtype=np.int64)
        self.titles: list[str] = [""] * len(self.doc_ids)
        index = {name: i for i, name in enumerate(self.names)}
        self.pairs = [(index[a], index[b]) for a, b in pairs_of(self.names)]
        self.pair_tallies = {pair: PairTally() for pair in self.pairs}
        self._size = len(self.tags)
        self._token_counts = {pair: np.zeros((self._size,) * 2, np.int64) for pair in self.pairs}
        self._span_counts = {pair: np.zeros((2, len(labels), 3), np.int64) for pair in self.pairs}
        self.documents = DocumentTally.zeros(len(self.doc_ids), self._size)
        self._patterns: Counter[tuple[int, ...]] = Counter()

    def raters(self, rank: int) -> list[str]:
        mask = int(self.masks[rank])
        return [n for i, n in enumerate(self.names) if mask >> i & 1]

    def add_batch(
        self, first: int, count: int, tokens: Tokens, spans: Spans, rater: np.ndarray
    ) -> None:
        """Documents first..first+count; tokens and spans carry indexes within the batch."""
        masks = self.masks[first : first + count]
        layers = [spans.take(rater == r).unique() for r in range(len(self.names))]
        tags = [bio_tags(tokens, layer) for layer in layers]
        for a, b in self.pairs:
            both = (masks >> a & 1).astype(bool) & (masks >> b & 1).astype(bool)
            if both.any():
                self._add_pair((a, b), first, both, tokens, layers, tags)
        for mask in np.unique(masks).tolist():
            chosen = [r for r in range(len(self.names)) if mask >> r & 1]
            same = masks == mask
            columns = [tags[r] if same.all() else tags[r][same[tokens.doc]] for r in chosen]
            for pattern, count in pattern_counts(columns, self._size):
                self._patterns[pattern] += count

    def _add_pair(
        self,
        pair: tuple[int, int],
        first: int,
        both: np.ndarray,
        tokens: Tokens,
        layers: list[Spans],
        tags: list[np.ndarray],
    ) -> None:
        a, b = pair
        self.pair_tallies[pair].documents += int(both.sum())
        if both.all():  # the usual case: no copies
            doc, tags_a, tags_b = tokens.doc + first, tags[a], tags[b]
        else:
            on = both[tokens.doc]
            doc, tags_a, tags_b = tokens.doc[on] + first, tags[a][on], tags[b][on]
        self._token_counts[pair] += confusion(tags_a, tags_b, self._size)
        self.documents.add_tokens(doc, tags_a.astype(np.int64), tags_b.astype(np.int64))
        left, right = layers[a], layers[b]
        if not both.all():
            left, right = left.take(both[left.doc]), right.take(both[right.doc])
        labels = len(self.labels)
        exact, matched, only_a, only_b = exact_matches(left, right, labels)
        counts = self._span_counts[pair]
        counts[0] += exact
        counts[1] += overlap_matches(only_a, only_b, labels)
        counts[1][:, 0] += exact[:, 0]
        ranks = len(self.doc_ids)
        for column, docs in enumerate((left.doc[matched], only_a.doc, only_b.doc)):
            self.documents.exact[:, column] += np.bincount(docs + first, minlength=ranks)

    def add_relations(self, rank: int, relations: dict[str, list[Any]]) -> None:
        """One document's accepted relations, by the layer of their head."""
        mask = int(self.masks[rank])
        chosen = set(self.labels)
        for a, b in self.pairs:
            if not (mask >> a & 1 and mask >> b & 1):
                continue
            left = _relations(relations.get(self.names[a], []), chosen)
            right = _relations(relations.get(self.names[b], []), chosen)
            tally = self.pair_tallies[(a, b)].relations
            for kind, found in (("tp", left & right), ("fp", left - right), ("fn", right - left)):
                for relation in found:
                    tally[(relation[2], kind)] += 1

    def finish(self) -> MultiRaterTally:
        """Fill each pair's counters from the arrays; the several-rater tally of all tokens."""
        for pair, tally in self.pair_tallies.items():
            matrix = self._token_counts[pair]
            for x, y in zip(*np.nonzero(matrix), strict=True):
                tally.tokens[(self.tags[x], self.tags[y])] = int(matrix[x, y])
            exact, overlap = self._span_counts[pair]
            for i, label in enumerate(self.labels):
                for k, kind in enumerate(KINDS):
                    if exact[i, k]:
                        tally.spans.exact[(label, kind)] = int(exact[i, k])
                    if overlap[i, k]:
                        tally.spans.overlap[(label, kind)] = int(overlap[i, k])
        multi = MultiRaterTally()
        for pattern, count in sorted(self._patterns.items()):
            multi._add_item(Counter(self.tags[v] for v in pattern), len(pattern), count)
        return multi


def _relations(found: list[Any], labels: set[str]) -> set[Any]:
    return {r for r in found if r[0][2] in labels and r[1][2] in labels}


def tokens_of(row: Sequence[Any], text_of: Any) -> tuple[np.ndarray, np.ndarray]:
    """Token starts and lengths of one document: its stored tokens, else its text cut anew."""
    _, _, version, forms, starts, text = row
    if version is not None:
        found = token_arrays(version, forms, starts, text)
        if found is not None:
            return found
    if text is None:
        text = text_of(row[0])
    begins, ends = syllable_bounds(text)
    return begins, ends - begins


def batch_spans(
    spans: Any, doc_ids: Sequence[int], masks: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """Each span's document rank and whether its annotator counts that document."""
    ids = np.asarray(doc_ids, dtype=np.int64)
    if not len(ids):  # one rank per span even then: callers index the ranks by `counts`
        return np.zeros(len(spans.doc_id), np.int64), np.zeros(len(spans.doc_id), bool)
    sorter = np.argsort(ids)
    at = np.minimum(np.searchsorted(ids, spans.doc_id, sorter=sorter), len(ids) - 1)
    rank = sorter[at]
    known = ids[rank] == spans.doc_id
    counts = known & (masks[rank] >> spans.rater & 1).astype(bool)
    return rank, counts
