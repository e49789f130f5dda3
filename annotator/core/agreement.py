"""Inter-annotator agreement as pure functions: span F1, Cohen's and Fleiss' kappa, Krippendorff's alpha.

Kappas and alpha are computed on syllable tokens tagged with BIO labels.
Most tokens of a document are outside every span, and every rater tags them
O; the tallies below are sparse: only tokens someone tagged are visited, and
the all-O tokens of a document are added as one count. Each function is
checked in the tests against an independent implementation or a published
worked example.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import combinations

OUTSIDE = "O"
LabelledSpan = tuple[int, int, str]
# Token tags of one rater on one document: token index -> "B-PER", "I-PER", ...
Tags = dict[int, str]


def token_tags(spans: Iterable[LabelledSpan], starts: Sequence[int], forms: Sequence[str]) -> Tags:
    """BIO tags of the tokens (`starts`, `forms`) that `spans` cover; outermost span wins.

    A token belongs to a span when they overlap; nested or crossing spans
    cannot both be tagged in one column, so the span starting first (then
    the longer) keeps its tokens.
    """
    tags: Tags = {}
    for start, end, label in sorted(spans, key=lambda s: (s[0], -s[1], s[2])):
        first = bisect_right(starts, start) - 1
        if first < 0 or starts[first] + len(forms[first]) <= start:
            first += 1
        last = bisect_left(starts, end) - 1
        if first > last or any(i in tags for i in range(first, last + 1)):
            continue
        tags[first] = "B-" + label
        for i in range(first + 1, last + 1):
            tags[i] = "I-" + label
    return tags


def label_of(tag: str) -> str:
    return OUTSIDE if tag == OUTSIDE else tag[2:]


# --- Cohen's kappa ---------------------------------------------------------------


def confusion(a: Tags, b: Tags, tokens: int) -> Counter[tuple[str, str]]:
    """How often rater a said x while b said y, over `tokens` tokens."""
    counts: Counter[tuple[str, str]] = Counter()
    union = a.keys() | b.keys()
    for i in union:
        counts[(a.get(i, OUTSIDE), b.get(i, OUTSIDE))] += 1
    if tokens > len(union):
        counts[(OUTSIDE, OUTSIDE)] += tokens - len(union)
    return counts


def cohen_kappa(counts: Mapping[tuple[str, str], int]) -> float | None:
    """Cohen's kappa from a confusion tally; None when there is nothing to compare.

    When both raters used one category only, agreement is perfect by
    construction and kappa is undefined: 1.0 if they agree on it, else None.
    """
    total = sum(counts.values())
    if not total:
        return None
    observed = sum(n for (x, y), n in counts.items() if x == y) / total
    row: Counter[str] = Counter()
    col: Counter[str] = Counter()
    for (x, y), n in counts.items():
        row[x] += n
        col[y] += n
    expected = sum(row[c] * col[c] for c in row) / (total * total)
    if expected >= 1.0:
        return 1.0 if observed >= 1.0 else None
    return (observed - expected) / (1.0 - expected)


def restrict(counts: Mapping[tuple[str, str], int], label: str) -> Counter[tuple[str, str]]:
    """The tally with every tag of another label read as O: the kappa of one label."""
    out: Counter[tuple[str, str]] = Counter()
    for (x, y), n in counts.items():
        out[(x if label_of(x) == label else OUTSIDE, y if label_of(y) == label else OUTSIDE)] += n
    return out


# --- several raters: Fleiss' kappa and Krippendorff's alpha ------------------------


@dataclass
class MultiRaterTally:
    """Per-token category counts of several raters, added up document by document.

    Items with fewer than two raters carry no agreement and are skipped.
    Fleiss' kappa takes each item's own number of raters (the usual formula
    when every item has the same number); alpha allows any.
    """

    fleiss_items: int = 0
    fleiss_agreement: float = 0.0  # sum over items of P_i
    category_totals: Counter[str] = field(default_factory=Counter)
    coincidence: Counter[tuple[str, str]] = field(default_factory=Counter)

    def add_document(self, raters: Sequence[Tags], tokens: int) -> None:
        m = len(raters)
        if m < 2 or tokens <= 0:
            return
        tagged = set().union(*(r.keys() for r in raters))
        for i in tagged:
            self._add_item(Counter(r.get(i, OUTSIDE) for r in raters), m)
        silent = tokens - len(tagged)
        if silent > 0:  # every rater said O: P_i = 1 and o_OO grows by m per item
            self.fleiss_items += silent
            self.fleiss_agreement += silent
            self.category_totals[OUTSIDE] += silent * m
            self.coincidence[(OUTSIDE, OUTSIDE)] += silent * m

    def add_item(self, values: Sequence[str]) -> None:
        """One unit rated by len(values) raters (for worked examples and tests)."""
        if len(values) >= 2:
            self._add_item(Counter(values), len(values))

    def _add_item(self, counts: Counter[str], m: int) -> None:
        self.fleiss_items += 1
        self.fleiss_agreement += (sum(n * n for n in counts.values()) - m) / (m * (m - 1))
        self.category_totals.update(counts)
        for c, nc in counts.items():
            for k, nk in counts.items():
                pairs = nc * (nc - 1) if c == k else nc * nk
                if pairs:
                    self.coincidence[(c, k)] += pairs / (m - 1)

    def fleiss_kappa(self) -> float | None:
        if not self.fleiss_items:
            return None
        mean_agreement = self.fleiss_agreement / self.fleiss_items
        total = sum(self.category_totals.values())
        expected = sum((n / total) ** 2 for n in self.category_totals.values())
        if expected >= 1.0:
            return 1.0 if mean_agreement >= 1.0 else None
        return (mean_agreement - expected) / (1.0 - expected)

    def krippendorff_alpha(self) -> float | None:
        """Nominal alpha from the coincidence matrix (Krippendorff 2011, section C)."""
        margins: Counter[str] = Counter()
        for (c, _), value in self.coincidence.items():
            margins[c] += value
        n = sum(margins.values())
        if n <= 1:
            return None
        disagreement = sum(v for (c, k), v in self.coincidence.items() if c != k)
        chance = sum(margins[c] * margins[k] for c in margins for k in margins if c != k)
        if not chance:
            return 1.0 if not disagreement else None
        return 1.0 - (n - 1) * disagreement / chance


# --- span F1 between two layers ----------------------------------------------------


@dataclass
class PairScore:
    """Exact and overlap span matches of layer a against layer b, per label."""

    exact: Counter[tuple[str, str]] = field(default_factory=Counter)  # (label, tp|fp|fn)
    overlap: Counter[tuple[str, str]] = field(default_factory=Counter)

    def add(self, a: Iterable[LabelledSpan], b: Iterable[LabelledSpan]) -> None:
        set_a, set_b = set(a), set(b)
        for kind, spans in (("tp", set_a & set_b), ("fp", set_a - set_b), ("fn", set_b - set_a)):
            for _, _, label in spans:
                self.exact[(label, kind)] += 1
        for label, kind, n in overlap_matches(set_a, set_b):
            self.overlap[(label, kind)] += n

    def labels(self) -> list[str]:
        return sorted({label for label, _ in self.exact} | {label for label, _ in self.overlap})


def overlap_matches(
    a: Iterable[LabelledSpan], b: Iterable[LabelledSpan]
) -> list[tuple[str, str, int]]:
    """(label, tp|fp|fn, count): spans of the same label that overlap, paired one to one.

    Pairs are taken left to right (greedy on start), so a long span of one
    layer matches at most one span of the other.
    """
    out: list[tuple[str, str, int]] = []
    by_label: dict[str, tuple[list[LabelledSpan], list[LabelledSpan]]] = {}
    for span in a:
        by_label.setdefault(span[2], ([], []))[0].append(span)
    for span in b:
        by_label.setdefault(span[2], ([], []))[1].append(span)
    for label, (left, right) in by_label.items():
        free = sorted(right)
        matched = 0
        for start, end, _ in sorted(left):
            for j, other in enumerate(free):
                if other[0] < end and start < other[1]:
                    del free[j]
                    matched += 1
                    break
        out += [(label, "tp", matched), (label, "fp", len(left) - matched)]
        out.append((label, "fn", len(right) - matched))
    return out


def f1(tp: int, fp: int, fn: int, *, empty: float = 0.0) -> float:
    """F1 = 2tp / (2tp + fp + fn); `empty` when neither side has anything."""
    denominator = 2 * tp + fp + fn
    return 2 * tp / denominator if denominator else empty


def pairs_of(names: Sequence[str]) -> list[tuple[str, str]]:
    """Every unordered pair of annotators, in a stable order."""
    return list(combinations(sorted(names), 2))
