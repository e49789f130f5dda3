"""How far two annotators following the same guidelines agree on a gold set's articles.

For each set in SECOND_ANNOTATIONS, tests/fixtures/gold/<set>/second.txt is a
second annotation of some of its articles (seven of news5, six of news7),
written from the raw text and committed before the first one (the gold,
<set>.jsonl) was looked at. Treating the gold as the reference and the
second annotation as a prediction (F1 is symmetric, so the choice does not
matter), this prints exact-match F1 per label and micro, a "same span, any
label" figure (boundaries agree, the label may not), an "overlapping span,
same label" figure (the label agrees, the boundaries may not), token-level
Cohen's kappa on syllables, and per relation type (both ends exact). It then
lists every disagreement, for adjudication (README, "Agreement between two
annotators (news5)" and "(news7)").

Only what can be checked is asserted: both files hold the same articles
with the same text, and every span of each side was counted. The figures
themselves are printed, never asserted: they describe the gold.

    pytest -s tests/benchmarks/test_gold_agreement.py -k news7
"""

from __future__ import annotations

import importlib.util
from collections import Counter
from pathlib import Path
from types import ModuleType

import pytest

from annotator.core.agreement import PairScore, cohen_kappa, confusion, f1, token_tags
from annotator.core.metrics import SpanScorer
from annotator.core.syllables import syllable_table
from tests.benchmarks.gold_quality import GOLD, LABELS, RELATIONS, gold_rows, span_table

SECOND = "second.txt"
# Each set with a second annotation, and how many of its articles that annotation covers.
SECOND_ANNOTATIONS = {"news5": 7, "news7": 6}

Span = tuple[int, int, str]


def _build_module() -> ModuleType:
    """tests/fixtures/gold/build.py, which is a script beside the data, not a package."""
    spec = importlib.util.spec_from_file_location("gold_build", GOLD / "build.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(params=sorted(SECOND_ANNOTATIONS))
def gold_set(request: pytest.FixtureRequest) -> str:
    """The name of a gold set that has a second annotation."""
    return str(request.param)


@pytest.fixture
def pairs(shared_dir: Path, gold_set: str) -> list[tuple[dict, dict]]:
    """(gold row, second row) per article of the set's second annotation, in its order."""
    corpus = shared_dir / "corpus" / "political-news-2"
    second = _build_module().read_set(gold_set, corpus, SECOND)
    gold = {row["id"]: row for row in gold_rows(GOLD / f"{gold_set}.jsonl")}
    return [(gold[row["id"]], row) for row in second if row["id"] in gold]


def _spans(row: dict) -> list[Span]:
    return [(s, e, label) for s, e, label in row["spans"]]


def _relations(row: dict) -> list[tuple[tuple[int, int], tuple[int, int], str]]:
    spans = row["spans"]
    return [(tuple(spans[h][:2]), tuple(spans[t][:2]), kind) for h, t, kind in row["relations"]]


def agreement_tables(pairs: list[tuple[dict, dict]]) -> dict[str, SpanScorer]:
    """Exact, same span any label, and relations, as scorers (gold first, second predicted)."""
    exact, unlabelled, relations = SpanScorer(), SpanScorer(), SpanScorer()
    for gold, second in pairs:
        exact.add(_spans(gold), _spans(second))
        unlabelled.add(
            [(s, e, "ANY") for s, e, _ in _spans(gold)],
            [(s, e, "ANY") for s, e, _ in _spans(second)],
        )
        relations.add(_relations(gold), _relations(second))
    return {"exact": exact, "same span, any label": unlabelled, "relations": relations}


def overlap_table(pairs: list[tuple[dict, dict]]) -> PairScore:
    """Spans of the same label that overlap, paired one to one (exact ones included)."""
    score = PairScore()
    for gold, second in pairs:
        score.add(_spans(second), _spans(gold))
    return score


def syllable_kappa(pairs: list[tuple[dict, dict]]) -> float | None:
    """Cohen's kappa over the syllables of all articles, BIO tags of the seven labels."""
    counts: Counter[tuple[str, str]] = Counter()
    for gold, second in pairs:
        forms, starts = syllable_table(gold["text"])
        counts += confusion(
            token_tags(_spans(gold), starts, forms), token_tags(_spans(second), starts, forms)
        )
    return cohen_kappa(counts)


def _overlap_row(score: PairScore) -> str:
    def cell(labels: tuple[str, ...]) -> str:
        tp, fp, fn = (sum(score.overlap[(x, w)] for x in labels) for w in ("tp", "fp", "fn"))
        return f"{f1(tp, fp, fn):.3f}" if tp + fp + fn else "-"

    return f"{'overlapping span, same label':28}" + "".join(
        f"{cell(x):>7}" for x in (LABELS, *((x,) for x in LABELS))
    )


def disagreements(pairs: list[tuple[dict, dict]]) -> list[str]:
    """Every span and relation that only one side has, with its surface, per article."""
    lines = []
    for gold, second in pairs:
        text = gold["text"]
        lines.append(f"-- {gold['id']}")
        g, s = set(_spans(gold)), set(_spans(second))
        for side, only in (("gold only  ", g - s), ("second only", s - g)):
            lines += [f"  {side} {lab:5} [{a}:{b}] {text[a:b]}" for a, b, lab in sorted(only)]
        gr, sr = set(_relations(gold)), set(_relations(second))
        for side, only_rel in (("gold only  ", gr - sr), ("second only", sr - gr)):
            lines += [
                f"  {side} {k:12} {text[h[0] : h[1]]} > {text[t[0] : t[1]]}"
                for h, t, k in sorted(only_rel, key=lambda r: (r[0], r[1], r[2]))
            ]
    return lines


@pytest.mark.shared
def test_both_annotations_cover_the_same_articles_and_text(pairs: list, gold_set: str) -> None:
    expected = SECOND_ANNOTATIONS[gold_set]
    assert len(pairs) == expected, f"every article of second.txt must be in {gold_set}.jsonl"
    for gold, second in pairs:
        assert gold["text"] == second["text"], gold["id"]


@pytest.mark.shared
def test_agreement_between_two_annotators(pairs: list, gold_set: str) -> None:
    tables = agreement_tables(pairs)
    exact = tables["exact"]
    micro = exact.micro(list(LABELS))
    assert micro.tp + micro.fn == sum(len(g["spans"]) for g, _ in pairs)
    assert micro.tp + micro.fp == sum(len(s["spans"]) for _, s in pairs)
    support = "  ".join(
        f"{x} {exact.score(x).tp + exact.score(x).fn}/{exact.score(x).tp + exact.score(x).fp}"
        for x in LABELS
    )
    print(f"\n{len(pairs)} articles; spans per label (gold/second): {support}")
    print(span_table(f"{gold_set}: gold against a second annotation, F1", {"exact": exact}))
    unlabelled = tables["same span, any label"].micro()
    print(f"{'same span, any label':28}{unlabelled.f1:>7.3f}")
    print(_overlap_row(overlap_table(pairs)))
    kappa = syllable_kappa(pairs)
    print(f"{'syllable BIO Cohen kappa':28}{'-' if kappa is None else f'{kappa:.3f}':>7}")
    relations = tables["relations"]
    print("== relations (both ends exact), F1 (gold/second)")
    for kind in (*RELATIONS, None):
        score = relations.micro() if kind is None else relations.score(kind)
        print(f"  {kind or 'all':12} {score.f1:.3f}  ({score.tp + score.fn}/{score.tp + score.fp})")
    print("== disagreements")
    print("\n".join(disagreements(pairs)))
