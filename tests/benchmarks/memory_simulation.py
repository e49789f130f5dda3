"""The memory experiment: a linguist who annotated the once-blind sets in order.

For set k (news3 … news13) the project holds the gold of news2's tune part,
of every earlier set and of the articles of set k before the current one, in
file order. What those earlier articles were suggested at blind time
(tests/fixtures/gold/blind-time/) and the gold has at no place of theirs
counts as rejected. The memory built from that project is applied to the
blind-time merged suggestions of the current article.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from annotator.nlp.base import Suggestion
from annotator.nlp.memory import (
    MemoryTable,
    Policy,
    Rejection,
    Worked,
    apply_memory,
    build_table,
    recall,
)
from annotator.nlp.memory.table import Keyed
from tests.benchmarks.corrector_sets import BLIND_TIME, GOLD, ONCE_BLIND, Article, Span, Tally

# The eleven sets the memory's bar was written on, before news14 confirmed it.
SETS = {name: ONCE_BLIND[name] for name in list(ONCE_BLIND)[:11]}


def gold_rows(name: str, split: str | None = None) -> list[dict]:
    lines = (GOLD / f"{name}.jsonl").read_text(encoding="utf-8").splitlines()
    rows = [json.loads(line) for line in lines if line.strip()]
    return [r for r in rows if split is None or r.get("split") == split]


def blind_time_articles(name: str) -> list[Article]:
    """The articles of set `name`, in file order, with its blind-time merged suggestions."""
    gold = {row["id"]: row for row in gold_rows(name)}
    path = BLIND_TIME / f"{name}@{SETS[name]}.jsonl"
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            g = gold[row["id"]]
            proposed = [(s, e, lab, sug, float(sc)) for s, e, lab, sug, sc in row["merged"]]
            out.append(Article(row["id"], g["text"], {tuple(x) for x in g["spans"]}, proposed))
    return out


def worked(text: str, spans: Sequence[Sequence]) -> Worked:
    return Worked(text, tuple((int(s), int(e), str(lab)) for s, e, lab, *_ in spans))


def rejections(article: Article) -> list[Rejection]:
    """What was suggested on an article and the gold has at no place: the user rejected it."""
    places = {(s, e) for s, e, _ in article.gold}
    return [
        Rejection(article.text, (s, e, lab))
        for s, e, lab, _, _ in article.proposed
        if (s, e) not in places
    ]


def suggestions(article: Article) -> list[Suggestion]:
    return [Suggestion(s, e, lab, sug, sc) for s, e, lab, sug, sc in article.proposed]


@dataclass
class Step:
    """One article at the time it was worked: the table of everything worked before it."""

    set_name: str
    article: Article
    table: MemoryTable
    keyed: Keyed = field(init=False)

    def __post_init__(self) -> None:
        self.keyed = Keyed.of(self.article.text)

    def found(self, policy: Policy | None, recalled: list | None = None) -> set[Span]:
        if policy is None:
            return {(s, e, lab) for s, e, lab, _, _ in self.article.proposed}
        after = apply_memory(
            self.table, self.article.text, suggestions(self.article), policy, recalled=recalled
        )
        return {(s.start, s.end, s.label) for s in after}


def simulate() -> list[Step]:
    """Every article of news3 … news13 with the memory of what came before it."""
    history = [worked(r["text"], r["spans"]) for r in gold_rows("news2", "tune")]
    rejected: list[Rejection] = []
    steps = []
    for name in SETS:
        for article in blind_time_articles(name):
            steps.append(Step(name, article, build_table(history, rejected)))
            history.append(worked(article.text, sorted(article.gold)))
            rejected.extend(rejections(article))
    return steps


@dataclass
class Outcome:
    """One policy over every set: exact-match counts before and after, and the spans moved."""

    before: dict[str, Tally]
    after: dict[str, Tally]
    moved: dict[str, Counter]

    def gain(self, name: str) -> float:
        return self.after[name].f1() - self.before[name].f1()


def _recall_key(policy: Policy) -> tuple:
    return (policy.min_count, policy.min_ratio, policy.min_syllables)


def run(steps: Sequence[Step], policy: Policy, cache: dict | None = None) -> Outcome:
    """Apply `policy` at every step; `cache` keeps what each step recalled per qualification."""
    cache = {} if cache is None else cache
    outcome = Outcome(
        {n: Tally() for n in SETS}, {n: Tally() for n in SETS}, {n: Counter() for n in SETS}
    )
    for i, step in enumerate(steps):
        key = (i, _recall_key(policy))
        if key not in cache:
            cache[key] = recall(step.table, step.article.text, policy, keyed=step.keyed)
        before, after = step.found(None), step.found(policy, recalled=cache[key])
        outcome.before[step.set_name].add(step.article.gold, before)
        outcome.after[step.set_name].add(step.article.gold, after)
        moved = outcome.moved[step.set_name]
        for s in after - before:
            moved["right gained" if s in step.article.gold else "wrong added"] += 1
        for s in before - after:
            moved["right lost" if s in step.article.gold else "wrong removed"] += 1
    return outcome
