"""Agreement between a gold set and a second, independent annotation of some of its articles.

The gold is the reference and the second annotation the prediction (F1 is
symmetric, so the choice does not matter). The figures: exact-match F1 per
label and micro, "same span, any label" (boundaries agree, the label may
not), "overlapping span, same label" (the label agrees, the boundaries may
not, paired one to one), Cohen's kappa on syllable BIO tags, and relations
per type with both ends exact; then every disagreement, for adjudication
(README, "Agreement between two annotators").

Shared by tests/benchmarks/test_gold_agreement.py, which reads the gold from
the committed <set>.jsonl, and by the command below, which reads it from one
or more span lists instead: a second annotation can then be compared before
the set's JSONL is built (the gold of news8 was written in two span lists on
two branches). Nothing is written.

    python -m tests.benchmarks.gold_agreement news8 CORPUS_DIR --gold A.txt B.txt
    python -m tests.benchmarks.gold_agreement news21 --gold annotations.txt --second B.txt

A set's texts are read from the folder `corpus_folder` names: the
political-news-2 corpus of the shared data for news2 to news20, and the
copy kept beside the gold for a set drawn from the whole of VNTC (news21
to news29, tests/fixtures/gold/vntc-2), which needs no shared data.
"""

from __future__ import annotations

import argparse
import importlib.util
from collections import Counter
from pathlib import Path
from types import ModuleType

from annotator.core.agreement import PairScore, cohen_kappa, confusion, f1, token_tags
from annotator.core.metrics import SpanScorer
from annotator.core.syllables import syllable_table
from tests.benchmarks.gold_quality import GOLD, LABELS, RELATIONS, span_table

SECOND = "second.txt"
# Sets whose articles are kept in the repository beside the gold (drawn from the
# whole of VNTC, not from political-news-2): build.py reads their texts there.
REPOSITORY_CORPORA = {f"news{number}": GOLD / "vntc-2" for number in range(21, 34)}
# Where the other sets' texts are, inside the shared data folder.
SHARED_CORPUS = Path("corpus") / "political-news-2"

Span = tuple[int, int, str]
Pair = tuple[dict, dict]


def build_module() -> ModuleType:
    """tests/fixtures/gold/build.py, which is a script beside the data, not a package."""
    spec = importlib.util.spec_from_file_location("gold_build", GOLD / "build.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def corpus_folder(gold_set: str, shared: Path | None = None) -> Path:
    """The folder build.py reads the set's texts from: its copy in the repository if it
    has one, else political-news-2 in `shared`, which such a set cannot do without."""
    if gold_set in REPOSITORY_CORPORA:
        return REPOSITORY_CORPORA[gold_set]
    if shared is None:
        raise ValueError(f"{gold_set}'s texts are in the shared data's {SHARED_CORPUS}: name it")
    return shared / SHARED_CORPUS


def read_spec(gold_set: str, corpus: Path, spec: str | Path) -> list[dict]:
    """The rows one span list describes, placed in the stored text as build.py places them.

    `spec` is a file of the set's folder (`second.txt`) or a path elsewhere (a
    span list read from another branch); build.py joins it to the folder, and
    an absolute path replaces the folder."""
    rows: list[dict] = build_module().read_set(gold_set, corpus, str(spec))
    return rows


def _spec_path(given: str) -> str:
    """A span list named on the command line: a file that exists from here, made absolute,
    else a file of the set's folder."""
    path = Path(given)
    return str(path.resolve()) if path.is_file() else given


def missing_articles(gold: list[dict], second: list[dict]) -> list[str]:
    """Ids of the second annotation's articles that the gold rows do not hold."""
    held = {row["id"] for row in gold}
    return [row["id"] for row in second if row["id"] not in held]


def pair_rows(gold: list[dict], second: list[dict]) -> list[Pair]:
    """(gold row, second row) per article of the second annotation held by the gold."""
    by_id = {row["id"]: row for row in gold}
    return [(by_id[row["id"]], row) for row in second if row["id"] in by_id]


def spans_of(row: dict) -> list[Span]:
    return [(s, e, label) for s, e, label in row["spans"]]


def relations_of(row: dict) -> list[tuple[tuple[int, int], tuple[int, int], str]]:
    spans = row["spans"]
    return [(tuple(spans[h][:2]), tuple(spans[t][:2]), kind) for h, t, kind in row["relations"]]


def agreement_tables(pairs: list[Pair]) -> dict[str, SpanScorer]:
    """Exact, same span any label, and relations, as scorers (gold first, second predicted)."""
    exact, unlabelled, relations = SpanScorer(), SpanScorer(), SpanScorer()
    for gold, second in pairs:
        exact.add(spans_of(gold), spans_of(second))
        unlabelled.add(
            [(s, e, "ANY") for s, e, _ in spans_of(gold)],
            [(s, e, "ANY") for s, e, _ in spans_of(second)],
        )
        relations.add(relations_of(gold), relations_of(second))
    return {"exact": exact, "same span, any label": unlabelled, "relations": relations}


def overlap_table(pairs: list[Pair]) -> PairScore:
    """Spans of the same label that overlap, paired one to one (exact ones included)."""
    score = PairScore()
    for gold, second in pairs:
        score.add(spans_of(second), spans_of(gold))
    return score


def syllable_kappa(pairs: list[Pair]) -> float | None:
    """Cohen's kappa over the syllables of all articles, BIO tags of the seven labels."""
    counts: Counter[tuple[str, str]] = Counter()
    for gold, second in pairs:
        forms, starts = syllable_table(gold["text"])
        counts += confusion(
            token_tags(spans_of(gold), starts, forms), token_tags(spans_of(second), starts, forms)
        )
    return cohen_kappa(counts)


def _overlap_row(score: PairScore) -> str:
    def cell(labels: tuple[str, ...]) -> str:
        tp, fp, fn = (sum(score.overlap[(x, w)] for x in labels) for w in ("tp", "fp", "fn"))
        return f"{f1(tp, fp, fn):.3f}" if tp + fp + fn else "-"

    return f"{'overlapping span, same label':28}" + "".join(
        f"{cell(x):>7}" for x in (LABELS, *((x,) for x in LABELS))
    )


def disagreements(pairs: list[Pair]) -> list[str]:
    """Every span and relation that only one side has, with its surface, per article."""
    lines = []
    for gold, second in pairs:
        text = gold["text"]
        lines.append(f"-- {gold['id']}")
        g, s = set(spans_of(gold)), set(spans_of(second))
        for side, only in (("gold only  ", g - s), ("second only", s - g)):
            lines += [f"  {side} {lab:5} [{a}:{b}] {text[a:b]}" for a, b, lab in sorted(only)]
        gr, sr = set(relations_of(gold)), set(relations_of(second))
        for side, only_rel in (("gold only  ", gr - sr), ("second only", sr - gr)):
            lines += [
                f"  {side} {k:12} {text[h[0] : h[1]]} > {text[t[0] : t[1]]}"
                for h, t, k in sorted(only_rel, key=lambda r: (r[0], r[1], r[2]))
            ]
    return lines


def report(gold_set: str, pairs: list[Pair]) -> str:
    """The figures and the disagreements, as the README's agreement sections quote them."""
    tables = agreement_tables(pairs)
    exact = tables["exact"]
    support = "  ".join(
        f"{x} {exact.score(x).tp + exact.score(x).fn}/{exact.score(x).tp + exact.score(x).fp}"
        for x in LABELS
    )
    kappa = syllable_kappa(pairs)
    lines = [
        f"{len(pairs)} articles; spans per label (gold/second): {support}",
        span_table(f"{gold_set}: gold against a second annotation, F1", {"exact": exact}),
        f"{'same span, any label':28}{tables['same span, any label'].micro().f1:>7.3f}",
        _overlap_row(overlap_table(pairs)),
        f"{'syllable BIO Cohen kappa':28}{'-' if kappa is None else f'{kappa:.3f}':>7}",
        "== relations (both ends exact), F1 (gold/second)",
    ]
    relations = tables["relations"]
    for kind in (*RELATIONS, None):
        score = relations.micro() if kind is None else relations.score(kind)
        lines.append(
            f"  {kind or 'all':12} {score.f1:.3f}  ({score.tp + score.fn}/{score.tp + score.fp})"
        )
    return "\n".join([*lines, "== disagreements", *disagreements(pairs)])


def main() -> None:
    parser = argparse.ArgumentParser(description="Compare a second annotation with a set's gold.")
    parser.add_argument("set", help="the set's folder beside build.py, e.g. news8")
    parser.add_argument(
        "corpus",
        type=Path,
        nargs="?",
        help="the political-news-2 corpus folder (none for a set kept in the repository)",
    )
    parser.add_argument(
        "--gold", nargs="+", required=True, help="the gold's span lists (annotations.txt, …)"
    )
    parser.add_argument("--second", default=SECOND, help="the second annotation's span list")
    args = parser.parse_args()
    try:
        corpus = args.corpus or corpus_folder(args.set)
    except ValueError as error:
        raise SystemExit(str(error)) from None
    gold = [row for spec in args.gold for row in read_spec(args.set, corpus, _spec_path(spec))]
    second = read_spec(args.set, corpus, _spec_path(args.second))
    missing = missing_articles(gold, second)
    if missing:
        raise SystemExit(f"the gold span lists lack {', '.join(missing)} of {args.second}")
    print(report(args.set, pair_rows(gold, second)))


if __name__ == "__main__":
    main()
