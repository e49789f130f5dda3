"""The data of the corrector experiment: blind-time suggestions, their gold, and scores.

A set's blind-time file (tests/fixtures/gold/blind-time/) holds what the
suggesters of the commit that scored it blind proposed on it; today's gold of
the same articles says what each proposal should have been. `target` reads
that off for one proposal; `score` counts exact matches per label and
`changes` what a correction did, so every step of the experiment is
measured the same way.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

GOLD = Path(__file__).resolve().parents[1] / "fixtures" / "gold"
BLIND_TIME = GOLD / "blind-time"
# Each set that was blind once and the commit that scored it, in the order they were
# annotated (the memory's benchmark reads news3 … news13, the sets its bar was
# written on; the corrector's the first seven).
ONCE_BLIND = {
    "news3": "e8be642",
    "news4": "e8be642",
    "news5": "f543e4d",
    "news6": "309a175",
    "news7": "bcba2ea",
    "news8": "5430523",
    "news9": "4da3dca",
    "news10": "8e0ce4d",
    "news11": "6880810",
    "news12": "ca76e6c",
    "news13": "9fa7b6d",
    "news14": "d3817b5",
    "news15": "41fd347",
    "news16": "1c9bd93",
    "news17": "dc8826d",
    "news18": "7e662c2",
    "news19": "e1e56e2",
    "news20": "45ccc43",
    "news21": "8cfbc68",
    "news22": "c498311",
    "news23": "454ee85",
    "news24": "cc0fcb3",
    "news25": "8928fde",
    "news26": "649a5ff",
    "news27": "4ba5498",
    "news28": "114334d",
    "news29": "e4d1693",
    "news30": "c9ec6eb",
    "news31": "50b7a66",
    "news32": "7644641",
}
SETS = {name: ONCE_BLIND[name] for name in list(ONCE_BLIND)[:7]}
# Micro F1 of the merged blind-time suggestions against today's gold (blind-time README);
# the corrector's and the memory's benchmarks both check they reproduce them.
BLIND_TIME_MICRO = {
    "news3": 0.788,
    "news4": 0.774,
    "news5": 0.840,
    "news6": 0.860,
    "news7": 0.885,
    "news8": 0.847,
    "news9": 0.851,
    "news10": 0.873,
    "news11": 0.891,
    "news12": 0.872,
    "news13": 0.893,
    "news14": 0.902,
    "news15": 0.897,
    "news16": 0.854,
    "news17": 0.883,
    "news18": 0.905,
    "news19": 0.898,
    "news20": 0.883,
    "news21": 0.838,
    "news22": 0.856,
    "news23": 0.822,
    "news24": 0.828,
    "news25": 0.878,
    "news26": 0.820,
    "news27": 0.837,
    "news28": 0.847,
    "news29": 0.834,
    "news30": 0.829,
    "news31": 0.844,
    "news32": 0.879,
}

LABELS = ("PER", "ROLE", "ORG", "LOC", "EVENT", "DATE", "DOC")

Span = tuple[int, int, str]
# A proposal: start, end, label, suggester, score.
Proposal = tuple[int, int, str, str, float]


@dataclass
class Article:
    """One gold article with what was proposed on it."""

    id: str
    text: str
    gold: set[Span]
    proposed: list[Proposal]


def _gold_rows(name: str) -> dict[str, dict]:
    lines = (GOLD / f"{name}.jsonl").read_text(encoding="utf-8").splitlines()
    rows = [json.loads(line) for line in lines if line.strip()]
    return {row["id"]: row for row in rows}


def blind_time_articles(name: str) -> list[Article]:
    """The articles of set `name` with the merged suggestions of its blind-time commit."""
    gold = _gold_rows(name)
    path = BLIND_TIME / f"{name}@{ONCE_BLIND[name]}.jsonl"
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        g = gold[row["id"]]
        proposed = [(s, e, lab, sug, float(sc)) for s, e, lab, sug, sc in row["merged"]]
        out.append(Article(row["id"], g["text"], {tuple(x) for x in g["spans"]}, proposed))
    return out


def current_articles(name: str) -> list[Article]:
    """The articles of set `name` with what a fresh project of this checkout suggests."""
    from annotator.nlp.pipeline import Pipeline, base_model_config

    pipeline = Pipeline(base_model_config())
    out = []
    for row in _gold_rows(name).values():
        found = pipeline.suggest(row["text"])
        proposed = sorted((s.start, s.end, s.label, s.suggester, s.score) for s in found)
        out.append(Article(row["id"], row["text"], {tuple(x) for x in row["spans"]}, proposed))
    return out


def target(proposal: Proposal | Span, gold: set[Span]) -> tuple:
    """What the gold says of one proposal: keep, relabel to L, the extent to take, or drop."""
    start, end, label = proposal[0], proposal[1], proposal[2]
    if (start, end, label) in gold:
        return ("keep",)
    same_place = sorted(g for g in gold if g[0] == start and g[1] == end)
    if same_place:
        return ("relabel", same_place[0][2])
    overlapping = sorted(g for g in gold if g[0] < end and start < g[1] and g[2] == label)
    if overlapping:
        return ("extent", overlapping[0][0], overlapping[0][1])
    return ("drop",)


@dataclass
class Tally:
    """Exact-match counts per label."""

    tp: Counter = field(default_factory=Counter)
    fp: Counter = field(default_factory=Counter)
    fn: Counter = field(default_factory=Counter)

    def add(self, gold: set[Span], found: set[Span]) -> None:
        for s in gold & found:
            self.tp[s[2]] += 1
        for s in found - gold:
            self.fp[s[2]] += 1
        for s in gold - found:
            self.fn[s[2]] += 1

    def f1(self, label: str | None = None) -> float:
        keys = LABELS if label is None else (label,)
        tp = sum(self.tp[k] for k in keys)
        denominator = 2 * tp + sum(self.fp[k] + self.fn[k] for k in keys)
        return 2 * tp / denominator if denominator else 0.0


def score(articles: list[Article], found: list[set[Span]]) -> Tally:
    """The counts of `found` (one set of spans per article) against the gold."""
    tally = Tally()
    for article, spans in zip(articles, found, strict=True):
        tally.add(article.gold, spans)
    return tally


def proposed_spans(article: Article) -> set[Span]:
    return {(s, e, lab) for s, e, lab, _, _ in article.proposed}


def changes(articles: list[Article], found: list[set[Span]]) -> Counter:
    """Spans changed against the proposals: right gained, wrong removed, right lost, wrong added."""
    out: Counter = Counter()
    for article, spans in zip(articles, found, strict=True):
        before = proposed_spans(article)
        for s in spans - before:
            out["right gained" if s in article.gold else "wrong added"] += 1
        for s in before - spans:
            out["right lost" if s in article.gold else "wrong removed"] += 1
    return out


MOVES = ("right gained", "wrong removed", "right lost", "wrong added")


def moved_line(name: str, width: int, before: Tally, after: Tally, moved: Counter) -> str:
    """One left-out set's line: micro before -> after, the spans moved, the labels that moved.

    The corrector's and the memory's benchmarks print their sets alike, so
    their figures read side by side.
    """
    counts = "/".join(str(moved[k]) for k in MOVES)
    per_label = " ".join(
        f"{x} {before.f1(x):.3f}->{after.f1(x):.3f}" for x in LABELS if before.f1(x) != after.f1(x)
    )
    return (
        f"  {name:{width}} {before.f1():.4f} -> {after.f1():.4f}  "
        f"gained/removed/lost/added {counts}  {per_label}"
    )
