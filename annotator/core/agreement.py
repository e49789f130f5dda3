"""Inter-annotator agreement as pure functions: span F1, Cohen's and Fleiss' kappa, Krippendorff's alpha.

Kappas and alpha are computed on syllable tokens tagged with BIO labels.
A document's tokens are tallied by pattern (the tags its raters gave one
token) with C-level counting, so the Python work per document is one step
per distinct pattern, not per token. Each function is checked in the tests
against an independent implementation or a published worked example.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import combinations
from operator import itemgetter

OUTSIDE = "O"
LabelledSpan = tuple[int, int, str]
# Token tags of one rater on one document, one per token: "O", "B-PER", "I-PER", ...
Tags = list[str]


def token_tags(spans: Iterable[LabelledSpan], starts: Sequence[int], forms: Sequence[str]) -> Tags:
    """BIO tags of every token (`starts`, `forms`) under `spans`; outermost span wins.

    A token belongs to a span when they overlap; nested or crossing spans
    cannot both be tagged in one column, so the span starting first (then
    the longer) keeps its tokens.
    """
    tags = [OUTSIDE] * len(starts)
    for start, end, label in sorted(spans, key=lambda s: (s[0], -s[1], s[2])):
        first = bisect_right(starts, start) - 1
        if first < 0 or starts[first] + len(forms[first]) <= start:
            first += 1
        last = bisect_left(starts, end) - 1
        if first > last or tags[first : last + 1].count(OUTSIDE) <= last - first:
            continue
        tags[first] = "B-" + label
        if last > first:
            tags[first + 1 : last + 1] = ["I-" + label] * (last - first)
    return tags


def label_of(tag: str) -> str:
    return OUTSIDE if tag == OUTSIDE else tag[2:]


# --- Cohen's kappa ---------------------------------------------------------------


def confusion(a: Tags, b: Tags) -> Counter[tuple[str, str]]:
    """How often rater a said x while b said y, token by token."""
    return Counter(zip(a, b, strict=True))


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
    coincidence: defaultdict[tuple[str, str], float] = field(
        default_factory=lambda: defaultdict(float)
    )

    def add_document(self, raters: Sequence[Tags]) -> None:
        """One document: each rater's tags of the same tokens."""
        m = len(raters)
        if m < 2:
            return
        for pattern, count in Counter(zip(*raters, strict=True)).items():
            self._add_item(Counter(pattern), m, count)

    def add_item(self, values: Sequence[str]) -> None:
        """One unit rated by len(values) raters (for worked examples and tests)."""
        if len(values) >= 2:
            self._add_item(Counter(values), len(values), 1)

    def _add_item(self, counts: Counter[str], m: int, weight: int) -> None:
        self.fleiss_items += weight
        agreement = (sum(n * n for n in counts.values()) - m) / (m * (m - 1))
        self.fleiss_agreement += weight * agreement
        for c, nc in counts.items():
            self.category_totals[c] += weight * nc
            for k, nk in counts.items():
                pairs = nc * (nc - 1) if c == k else nc * nk
                if pairs:
                    self.coincidence[(c, k)] += weight * pairs / (m - 1)

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
        margins: defaultdict[str, float] = defaultdict(float)
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


_label = itemgetter(2)


@dataclass
class PairScore:
    """Exact and overlap span matches of layer a against layer b, per label."""

    exact: Counter[tuple[str, str]] = field(default_factory=Counter)  # (label, tp|fp|fn)
    overlap: Counter[tuple[str, str]] = field(default_factory=Counter)

    def add(self, a: Iterable[LabelledSpan], b: Iterable[LabelledSpan]) -> None:
        for key, n in pair_counts(a, b).items():
            if key[0] == "exact":
                self.exact[key[1:]] += n
            else:
                self.overlap[key[1:]] += n

    def update(self, counts: Counter[tuple[str, str, str]]) -> None:
        """Add counts from `pair_counts` (computed once, added to several scores)."""
        for (kind, label, what), n in counts.items():
            (self.exact if kind == "exact" else self.overlap)[(label, what)] += n

    def labels(self) -> list[str]:
        return sorted({label for label, _ in self.exact} | {label for label, _ in self.overlap})


def pair_counts(
    a: Iterable[LabelledSpan], b: Iterable[LabelledSpan]
) -> Counter[tuple[str, str, str]]:
    """("exact"|"overlap", label, tp|fp|fn) counts of layer a against layer b.

    An exact match is an overlap match too; the spans left unmatched are
    then paired by overlap (see `overlap_matches`).
    """
    set_a, set_b = set(a), set(b)
    both, only_a, only_b = set_a & set_b, set_a - set_b, set_b - set_a
    out: Counter[tuple[str, str, str]] = Counter()
    for what, spans in (("tp", both), ("fp", only_a), ("fn", only_b)):
        for label, n in Counter(map(_label, spans)).items():
            out[("exact", label, what)] += n
            if what == "tp":
                out[("overlap", label, what)] += n
    if only_a or only_b:
        for label, what, n in overlap_matches(only_a, only_b):
            if n:
                out[("overlap", label, what)] += n
    return out


def overlap_matches(
    a: Iterable[LabelledSpan], b: Iterable[LabelledSpan]
) -> list[tuple[str, str, int]]:
    """(label, tp|fp|fn, count): spans of the same label that overlap, paired one to one.

    Pairs are taken left to right: each span of a takes the first free span
    of b of its label that overlaps it, so a long span of one layer matches
    at most one span of the other.
    """
    out: list[tuple[str, str, int]] = []
    by_label: dict[str, tuple[list[LabelledSpan], list[LabelledSpan]]] = {}
    for span in a:
        by_label.setdefault(span[2], ([], []))[0].append(span)
    for span in b:
        by_label.setdefault(span[2], ([], []))[1].append(span)
    for label, (left, right) in by_label.items():
        matched = match_overlaps_count(sorted(left), sorted(right))
        out += [(label, "tp", matched), (label, "fp", len(left) - matched)]
        out.append((label, "fn", len(right) - matched))
    return out


def match_overlaps_count(left: list[LabelledSpan], right: list[LabelledSpan]) -> int:
    """How many one-to-one overlapping pairs a left-to-right sweep finds (both sorted)."""
    taken = [False] * len(right)
    low = 0  # spans of `right` before `low` end before every later left span starts
    matched = 0
    for start, end, _ in left:
        while low < len(right) and (taken[low] or right[low][1] <= start):
            low += 1
        j = low
        while j < len(right) and right[j][0] < end:
            if not taken[j] and right[j][1] > start:
                taken[j] = True
                matched += 1
                break
            j += 1
    return matched


def f1(tp: int, fp: int, fn: int, *, empty: float = 0.0) -> float:
    """F1 = 2tp / (2tp + fp + fn); `empty` when neither side has anything."""
    denominator = 2 * tp + fp + fn
    return 2 * tp / denominator if denominator else empty


def pairs_of(names: Sequence[str]) -> list[tuple[str, str]]:
    """Every unordered pair of annotators, in a stable order."""
    return list(combinations(sorted(names), 2))
