"""A multinomial logistic regression over sparse string features, kept as a JSON table.

Small enough to train in seconds with numpy and to apply with the standard
library: a candidate's score per label is the sum of its features' weights.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import numpy as np

NOTHING = "O"


@dataclass(frozen=True)
class NameModel:
    """Weights per feature and label; `labels[0]` is NOTHING."""

    labels: tuple[str, ...]
    weights: dict[str, list[float]]

    def probabilities(self, feats: Sequence[str]) -> dict[str, float]:
        """The probability of each label for one candidate's features."""
        rows = [row for f in feats if (row := self.weights.get(f)) is not None]
        scores = (
            [sum(column) for column in zip(*rows, strict=True)]
            if rows
            else [0.0] * len(self.labels)
        )
        top = max(scores)
        exps = [math.exp(s - top) for s in scores]
        total = sum(exps)
        return {label: e / total for label, e in zip(self.labels, exps, strict=True)}

    def to_dict(self) -> dict:
        """Labels and weights, rounded; a feature whose weights all round to zero is left out."""
        rows = {f: [round(w, 3) for w in row] for f, row in sorted(self.weights.items())}
        return {"labels": list(self.labels), "weights": {f: r for f, r in rows.items() if any(r)}}

    @classmethod
    def from_dict(cls, raw: dict) -> NameModel:
        return cls(
            tuple(raw["labels"]), {f: list(map(float, r)) for f, r in raw["weights"].items()}
        )


def train(
    samples: Sequence[tuple[Sequence[str], str]],
    *,
    l2: float = 1.0,
    iterations: int = 300,
    min_count: int = 1,
    weights: Sequence[float] | None = None,
) -> NameModel:
    """Fit the weights to (features, label) samples by full-batch gradient descent (Adam).

    Deterministic: no random start, no shuffling. `l2` is the penalty per
    weight over the whole sample; features seen fewer than `min_count` times
    are dropped.
    """
    import numpy as np  # only training needs it: suggesting stays on the standard library

    labels = (NOTHING, *sorted({y for _, y in samples} - {NOTHING}))
    index = _feature_index(samples, min_count)
    rows, cols = _sparse(samples, index)
    y = np.array([labels.index(lab) for _, lab in samples])
    w_sample = np.ones(len(samples)) if weights is None else np.asarray(weights, dtype=float)
    w = _fit(rows, cols, y, w_sample, (len(index), len(labels)), l2=l2, iterations=iterations)
    names = sorted(index, key=index.__getitem__)
    return NameModel(labels, {f: w[i].tolist() for i, f in enumerate(names)})


def _feature_index(samples: Sequence[tuple[Sequence[str], str]], min_count: int) -> dict[str, int]:
    counts: dict[str, int] = {}
    for feats, _ in samples:
        for f in set(feats):
            counts[f] = counts.get(f, 0) + 1
    kept = sorted(f for f, n in counts.items() if n >= min_count)
    return {f: i for i, f in enumerate(kept)}


def _sparse(
    samples: Sequence[tuple[Sequence[str], str]], index: dict[str, int]
) -> tuple[np.ndarray, np.ndarray]:
    import numpy as np

    rows: list[int] = []
    cols: list[int] = []
    for r, (feats, _) in enumerate(samples):
        for f in sorted({f for f in feats if f in index}):
            rows.append(r)
            cols.append(index[f])
    return np.array(rows, dtype=np.int64), np.array(cols, dtype=np.int64)


def _fit(
    rows: np.ndarray,
    cols: np.ndarray,
    y: np.ndarray,
    sample_weight: np.ndarray,
    shape: tuple[int, int],
    *,
    l2: float,
    iterations: int,
) -> np.ndarray:
    import numpy as np

    n_features, n_labels = shape
    w = np.zeros(shape)
    m, v = np.zeros(shape), np.zeros(shape)
    onehot = np.eye(n_labels)[y]
    scale = sample_weight[:, None] / sample_weight.sum()
    # Every sample has at least one feature (the bias), and rows are in order.
    starts = np.flatnonzero(np.r_[True, rows[1:] != rows[:-1]])
    for step in range(1, iterations + 1):
        scores = np.add.reduceat(w[cols], starts, axis=0)
        scores -= scores.max(axis=1, keepdims=True)
        p = np.exp(scores)
        p /= p.sum(axis=1, keepdims=True)
        delta = (p - onehot) * scale
        grad = np.stack(
            [
                np.bincount(cols, weights=delta[rows, k], minlength=n_features)
                for k in range(n_labels)
            ],
            axis=1,
        )
        grad += l2 * w / sample_weight.sum()
        m = 0.9 * m + 0.1 * grad
        v = 0.999 * v + 0.001 * grad**2
        w -= 0.1 * (m / (1 - 0.9**step)) / (np.sqrt(v / (1 - 0.999**step)) + 1e-8)
    return w
