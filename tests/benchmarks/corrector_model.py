"""A maximum-entropy (logistic regression) classifier over sparse string features.

Features seen fewer than `min_count` times in training are dropped and every
weight but the bias is pulled towards zero (L2, strength 1/C): a few hundred
errors are little data, so the model must lean on features that recur.
Trained by L-BFGS, deterministically (the start is all zeros).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from scipy import optimize, sparse


@dataclass
class MaxEnt:
    """Weights per (feature, class); the last row is the bias."""

    vocabulary: dict[str, int]
    weights: np.ndarray  # (features + 1) x classes

    def matrix(self, rows: Sequence[Sequence[str]]) -> sparse.csr_matrix:
        return _matrix(rows, self.vocabulary)

    def probabilities(self, rows: Sequence[Sequence[str]]) -> np.ndarray:
        """One row of class probabilities per example."""
        if not rows:
            return np.zeros((0, self.weights.shape[1]))
        z = self.matrix(rows) @ self.weights
        z -= z.max(axis=1, keepdims=True)
        e = np.exp(z)
        return e / e.sum(axis=1, keepdims=True)


def _matrix(rows: Sequence[Sequence[str]], vocabulary: dict[str, int]) -> sparse.csr_matrix:
    bias = len(vocabulary)
    row_ids: list[int] = []
    col_ids: list[int] = []
    for i, row in enumerate(rows):
        cols = {vocabulary[f] for f in row if f in vocabulary} | {bias}
        row_ids += [i] * len(cols)
        col_ids += sorted(cols)
    data = np.ones(len(row_ids))
    return sparse.csr_matrix((data, (row_ids, col_ids)), shape=(len(rows), bias + 1))


def train(
    rows: Sequence[Sequence[str]], labels: Sequence[int], classes: int, *, c: float, min_count=2
) -> MaxEnt:
    """Fit class probabilities to `labels` (0 .. classes-1) by penalised likelihood."""
    counts = Counter(f for row in rows for f in set(row))
    kept = sorted(f for f, n in counts.items() if n >= min_count)
    vocabulary = {f: j for j, f in enumerate(kept)}
    x = _matrix(rows, vocabulary)
    y = np.zeros((len(rows), classes))
    y[np.arange(len(rows)), np.asarray(labels)] = 1.0
    penalty = np.full((x.shape[1], 1), 1.0 / c)
    penalty[-1] = 0.0

    def loss(flat: np.ndarray) -> tuple[float, np.ndarray]:
        w = flat.reshape(x.shape[1], classes)
        z = x @ w
        z -= z.max(axis=1, keepdims=True)
        log_norm = np.log(np.exp(z).sum(axis=1, keepdims=True))
        p = np.exp(z - log_norm)
        value = -float((y * (z - log_norm)).sum()) + 0.5 * float((penalty * w * w).sum())
        return value, (x.T @ (p - y) + penalty * w).ravel()

    start = np.zeros(x.shape[1] * classes)
    fitted = optimize.minimize(loss, start, jac=True, method="L-BFGS-B", options={"maxiter": 500})
    return MaxEnt(vocabulary, fitted.x.reshape(x.shape[1], classes))
