"""Train/dev/test splits by document: seeded, optionally stratified, near-duplicates kept together.

Near-duplicates (the same story republished) are found with bottom-k MinHash
sketches of lower-cased syllable 5-grams: two documents whose estimated Jaccard
similarity is at least the threshold (0.8 by default) join one group, and a
group always lands in one split.
"""

from __future__ import annotations

import random
import zlib
from collections import Counter, defaultdict
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from annotator.core.syllables import is_word_token, syllable_spans

SKETCH = 64
SHINGLE = 5
SPLIT_NAMES = ("train", "dev", "test")


@dataclass(frozen=True)
class SplitItem:
    """What the splitter needs of one document."""

    doc_id: int
    sketch: tuple[int, ...]
    labels: Mapping[str, int] = field(default_factory=dict)


def sketch(text: str, *, k: int = SKETCH, n: int = SHINGLE) -> tuple[int, ...]:
    """The k smallest CRC32 hashes of the text's syllable n-grams (stable across runs)."""
    words = [text[s:e].lower() for s, e in syllable_spans(text) if is_word_token(text, s, e)]
    if not words:
        return ()
    grams = {" ".join(words[i : i + n]) for i in range(max(1, len(words) - n + 1))}
    return tuple(sorted({zlib.crc32(g.encode("utf-8")) for g in grams})[:k])


def split_items(
    annotated: Iterable[Any],
    *,
    states: Collection[str] = ("accepted",),
    annotators: Collection[str] = (),
) -> list[SplitItem]:
    """What the splitter needs of each annotated document (streamed: texts are not kept).

    A document with none of `annotators`' spans is left out when annotators are named.
    """
    items = []
    for item in annotated:
        spans = item.spans
        if annotators and not any(s.annotator in annotators for s in spans):
            continue
        counts: dict[str, int] = {}
        for s in spans:
            if s.state in states:
                counts[s.label] = counts.get(s.label, 0) + 1
        items.append(SplitItem(item.document.id, sketch(item.document.text), counts))
    return items


def similarity(a: Sequence[int], b: Sequence[int], *, k: int = SKETCH) -> float:
    """Jaccard estimate from two bottom-k sketches."""
    if not a or not b:
        return 0.0
    union = sorted(set(a) | set(b))[:k]
    both = set(a) & set(b)
    return sum(1 for h in union if h in both) / len(union)


def duplicate_groups(items: Sequence[SplitItem], *, threshold: float = 0.8) -> list[list[int]]:
    """Groups of indices into `items`; near-duplicates share a group, in first-seen order."""
    parent = list(range(len(items)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    buckets: dict[int, list[int]] = defaultdict(list)
    for i, item in enumerate(items):
        seen: set[int] = set()
        for h in item.sketch[:16]:
            for j in buckets[h]:
                if j not in seen and find(i) != find(j):
                    seen.add(j)
                    if similarity(item.sketch, items[j].sketch) >= threshold:
                        parent[find(i)] = find(j)
            buckets[h].append(i)
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(len(items)):
        groups[find(i)].append(i)
    return sorted(groups.values(), key=lambda g: g[0])


def assign(
    items: Sequence[SplitItem],
    *,
    ratios: Sequence[int],
    seed: int,
    stratify: bool = False,
    threshold: float = 0.8,
) -> dict[int, str]:
    """doc id -> split name; the same input, ratios and seed always give the same answer."""
    names = _split_names(len(ratios))
    total_ratio = sum(ratios)
    if total_ratio <= 0:
        raise ValueError("split ratios must add up to more than zero")
    groups = duplicate_groups(items, threshold=threshold)
    random.Random(seed).shuffle(groups)
    share = [r / total_ratio for r in ratios]
    label_totals: Counter[str] = Counter()
    for item in items:
        label_totals.update(item.labels)
    if stratify:
        _rarest_first(groups, items, label_totals)
    doc_counts = [0] * len(ratios)
    label_counts: list[Counter[str]] = [Counter() for _ in ratios]
    placed = 0
    result: dict[int, str] = {}
    for group in groups:
        placed += len(group)
        group_labels: Counter[str] = Counter()
        for i in group:
            group_labels.update(items[i].labels)
        best = _best_split(
            share, doc_counts, placed, label_counts, group_labels, label_totals, stratify
        )
        doc_counts[best] += len(group)
        label_counts[best].update(group_labels)
        for i in group:
            result[items[i].doc_id] = names[best]
    return result


def _split_names(count: int) -> Sequence[str]:
    """train, dev, test for up to three parts; part1, part2, ... beyond."""
    return SPLIT_NAMES[:count] if count <= 3 else [f"part{i + 1}" for i in range(count)]


def _rarest_first(
    groups: list[list[int]], items: Sequence[SplitItem], label_totals: Counter[str]
) -> None:
    """Order groups holding rare labels first, placed while every split still has room."""
    rarity = {label: 1.0 / count for label, count in label_totals.items() if count}
    groups.sort(
        key=lambda g: -max((rarity.get(lb, 0.0) for i in g for lb in items[i].labels), default=0.0)
    )


def _best_split(
    share: Sequence[float],
    doc_counts: Sequence[int],
    placed: int,
    label_counts: Sequence[Counter[str]],
    group_labels: Counter[str],
    label_totals: Counter[str],
    stratify: bool,
) -> int:
    """The split furthest below its share of documents (and of the group's labels)."""
    scores = []
    for s, fraction in enumerate(share):
        score = fraction * placed - doc_counts[s]
        if stratify and group_labels:
            need = sum(
                (fraction * label_totals[lb] - label_counts[s][lb]) / label_totals[lb]
                for lb in group_labels
            )
            score += need * placed
        scores.append((score, fraction, -s))
    return max(range(len(share)), key=lambda s: scores[s])


def parse_ratios(value: str) -> tuple[int, ...]:
    """`8:1:1` -> (8, 1, 1); raises ValueError with a readable reason."""
    try:
        parts = tuple(int(p) for p in value.replace("/", ":").split(":"))
    except ValueError as exc:
        raise ValueError(f"split {value!r} must look like 8:1:1 (whole numbers)") from exc
    if not parts or any(p < 0 for p in parts) or sum(parts) == 0 or len(parts) > 3:
        raise ValueError(
            f"split {value!r} must be one to three non-negative numbers, such as 8:1:1"
        )
    return parts
