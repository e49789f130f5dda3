"""Agreement figures checked against independent implementations and published worked examples."""

from __future__ import annotations

import math
import random
from collections import Counter

import krippendorff
import numpy as np
import pytest
from sklearn.metrics import cohen_kappa_score

from annotator.core.agreement import (
    OUTSIDE,
    MultiRaterTally,
    PairScore,
    cohen_kappa,
    confusion,
    f1,
    overlap_matches,
    pair_counts,
    restrict,
    token_tags,
)
from annotator.core.syllables import syllable_table

# Fleiss (1971) as worked in the Wikipedia article "Fleiss' kappa": 10 subjects,
# 14 raters, 5 categories; P-bar = 0.378, P_e = 0.213, kappa = 0.210.
FLEISS_TABLE = [
    [0, 0, 0, 0, 14],
    [0, 2, 6, 4, 2],
    [0, 0, 3, 5, 6],
    [0, 3, 9, 2, 0],
    [2, 2, 8, 1, 1],
    [7, 7, 0, 0, 0],
    [3, 2, 6, 3, 0],
    [2, 5, 3, 2, 2],
    [6, 5, 2, 1, 0],
    [0, 2, 2, 3, 7],
]

# Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", section C:
# 4 observers, 12 units, missing values; nominal alpha = 0.743.
KRIPPENDORFF_2011 = [
    [1, 2, 3, 3, 2, 1, 4, 1, 2, None, None, None],
    [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, None, 3],
    [None, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, None],
    [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, None],
]


def test_fleiss_kappa_matches_the_published_worked_example() -> None:
    tally = MultiRaterTally()
    for row in FLEISS_TABLE:
        tally.add_item([str(cat) for cat, n in enumerate(row) for _ in range(n)])
    assert tally.fleiss_kappa() == pytest.approx(0.2099, abs=5e-4)


def test_krippendorff_alpha_matches_the_published_worked_example() -> None:
    tally = MultiRaterTally()
    for unit in zip(*KRIPPENDORFF_2011, strict=True):
        tally.add_item([str(v) for v in unit if v is not None])
    assert tally.krippendorff_alpha() == pytest.approx(0.743, abs=5e-4)
    data = np.array([[np.nan if v is None else v for v in row] for row in KRIPPENDORFF_2011])
    expected = krippendorff.alpha(reliability_data=data, level_of_measurement="nominal")
    assert tally.krippendorff_alpha() == pytest.approx(expected, abs=1e-9)


def _random_tags(rng: random.Random, tokens: int, labels: list[str]) -> list[str]:
    return [
        rng.choice(["B-", "I-"]) + rng.choice(labels) if rng.random() < 0.3 else OUTSIDE
        for _ in range(tokens)
    ]


@pytest.mark.parametrize("seed", range(5))
def test_cohen_kappa_matches_scikit_learn(seed: int) -> None:
    rng = random.Random(seed)
    tokens = 300
    a = _random_tags(rng, tokens, ["PER", "ORG", "LOC"])
    noise = _random_tags(rng, tokens, ["PER", "ORG"])
    b = [t if rng.random() < 0.7 else n for t, n in zip(a, noise, strict=True)]
    counts = confusion(a, b)
    seq_a, seq_b = a, b
    assert cohen_kappa(counts) == pytest.approx(cohen_kappa_score(seq_a, seq_b), abs=1e-12)
    per = restrict(counts, "PER")
    only = [[t if t.endswith("PER") else OUTSIDE for t in seq] for seq in (seq_a, seq_b)]
    assert cohen_kappa(per) == pytest.approx(cohen_kappa_score(*only), abs=1e-12)


@pytest.mark.parametrize("seed", range(5))
def test_sparse_multi_rater_tally_matches_krippendorff_package(seed: int) -> None:
    """Documents with 2 or 3 raters, most tokens untagged: alpha as the package computes it."""
    rng = random.Random(seed)
    tally = MultiRaterTally()
    names = ["a", "b", "c"]
    columns: list[list[float]] = []
    codes = {OUTSIDE: 0}
    for _ in range(6):
        tokens = rng.randint(20, 60)
        raters = rng.sample(names, rng.choice([2, 3]))
        base = _random_tags(rng, tokens, ["PER", "ORG"])
        tagged = {n: [t if rng.random() < 0.8 else OUTSIDE for t in base] for n in raters}
        tally.add_document([tagged[n] for n in raters])
        for i in range(tokens):
            column = []
            for n in names:
                tag = tagged[n][i] if n in tagged else None
                column.append(np.nan if tag is None else codes.setdefault(tag, len(codes)))
            columns.append(column)
    data = np.array(columns).T
    expected = krippendorff.alpha(reliability_data=data, level_of_measurement="nominal")
    assert tally.krippendorff_alpha() == pytest.approx(expected, abs=1e-9)


def test_fleiss_with_two_raters_per_item_equals_its_formula_by_hand() -> None:
    # 4 items, 2 raters: agree O, agree B-PER, disagree, agree O.
    tally = MultiRaterTally()
    tally.add_document([["O", "B-PER", "B-PER", "O"], ["O", "B-PER", "O", "O"]])
    # P_i = 1, 1, 0, 1 -> P-bar 0.75; p_O = 5/8, p_PER = 3/8 -> P_e = 34/64.
    p_e = (5 / 8) ** 2 + (3 / 8) ** 2
    assert tally.fleiss_kappa() == pytest.approx((0.75 - p_e) / (1 - p_e))


def test_token_tags_follow_syllables_and_keep_the_outermost_span() -> None:
    text = "Ông Phan Việt Cường, Bí thư Tỉnh ủy."
    forms, starts = syllable_table(text)
    person = (4, 19, "PER")
    role = (21, 35, "ROLE")
    inner = (9, 19, "PER")  # nested inside person: loses its tokens
    tags = token_tags([inner, role, person], starts, forms)
    assert tags == [
        "O", "B-PER", "I-PER", "I-PER", "O", "B-ROLE", "I-ROLE", "I-ROLE", "I-ROLE", "O",
    ]  # fmt: skip


def test_a_span_cutting_a_syllable_takes_the_whole_syllable() -> None:
    forms, starts = syllable_table("Hà Nội mới")
    assert token_tags([(1, 5, "LOC")], starts, forms) == ["B-LOC", "I-LOC", "O"]


def test_span_scores_exact_and_overlap() -> None:
    a = [(0, 5, "PER"), (10, 20, "ORG"), (30, 35, "LOC")]
    b = [(0, 5, "PER"), (12, 20, "ORG"), (40, 45, "LOC")]
    score = PairScore()
    score.add(a, b)
    assert score.exact[("PER", "tp")] == 1 and score.exact[("ORG", "fp")] == 1
    assert score.overlap[("ORG", "tp")] == 1 and score.overlap[("LOC", "fn")] == 1
    tp = sum(n for (_, kind), n in score.exact.items() if kind == "tp")
    assert f1(tp, 2, 2) == pytest.approx(1 / 3)
    assert f1(0, 0, 0, empty=1.0) == 1.0


def test_overlap_matches_pair_one_to_one() -> None:
    found = Counter({(label, kind): n for label, kind, n in overlap_matches(
        [(0, 20, "ORG")], [(0, 5, "ORG"), (6, 20, "ORG")]
    )})  # fmt: skip
    assert found[("ORG", "tp")] == 1 and found[("ORG", "fn")] == 1


def test_undefined_kappas_are_none_not_nan() -> None:
    assert cohen_kappa(Counter()) is None
    assert cohen_kappa(Counter({(OUTSIDE, OUTSIDE): 10})) == 1.0
    tally = MultiRaterTally()
    assert tally.fleiss_kappa() is None and tally.krippendorff_alpha() is None
    tally.add_document([["O"] * 5, ["O"] * 5])
    assert tally.fleiss_kappa() == 1.0 and tally.krippendorff_alpha() == 1.0
    assert not math.isnan(tally.fleiss_kappa() or 0)


@pytest.mark.parametrize("seed", range(20))
def test_overlap_sweep_matches_a_brute_force_pairing(seed: int) -> None:
    """The sweep finds as many one-to-one pairs as trying every span in order."""
    rng = random.Random(seed)

    def spans() -> list[tuple[int, int, str]]:
        out = set()
        for _ in range(rng.randint(0, 12)):
            start = rng.randint(0, 60)
            out.add((start, start + rng.randint(1, 15), "PER"))
        return sorted(out)

    left, right = spans(), spans()
    free = list(right)
    expected = 0
    for start, end, _ in left:
        for j, other in enumerate(free):
            if other[0] < end and start < other[1]:
                del free[j]
                expected += 1
                break
    found = {kind: n for _, kind, n in overlap_matches(left, right)} if left or right else {}
    assert found.get("tp", 0) == expected


@pytest.mark.parametrize("seed", range(10))
def test_pair_counts_pair_exact_matches_first_then_overlaps(seed: int) -> None:
    rng = random.Random(seed)
    base = sorted(
        {(s, s + rng.randint(1, 9), rng.choice(["PER", "ORG"])) for s in range(0, 80, 10)}
    )
    a = [span for span in base if rng.random() < 0.8]
    b = [(s + rng.choice([0, 0, 1]), e, label) for s, e, label in base if rng.random() < 0.8]
    counts = pair_counts(a, b)
    exact = set(a) & set(b)
    rest = [(label, kind, n) for label, kind, n in overlap_matches(set(a) - exact, set(b) - exact)]
    for label in ("PER", "ORG"):
        tp = sum(1 for s in exact if s[2] == label)
        assert counts[("exact", label, "tp")] == tp
        assert counts[("exact", label, "fp")] == sum(1 for s in set(a) - exact if s[2] == label)
        more = sum(n for lb, kind, n in rest if lb == label and kind == "tp")
        assert counts[("overlap", label, "tp")] == tp + more
