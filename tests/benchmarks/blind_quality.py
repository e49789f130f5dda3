"""What the benchmark of each blind gold set (news3 to news25) prints and checks.

A blind set is a file of tests/fixtures/gold whose every article was
annotated before any suggester ran on it (see that folder's README). Its
benchmark module scores it with these helpers: the merged suggestions of a
fresh project beside stock underthesea, per label, per source (VNTC
2004-2006, VFND 2014-2022) and per outlet, and the relation suggestions given
the gold spans and end to end. No target is asserted on a blind set: only
that every gold span and relation was scored, and that the merged suggestions
beat the stock baseline measured in the same run. A set that was blind once
and is tuning data since (news3) is scored the same way, its split given.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.benchmarks.gold_quality import (
    GOLD,
    LABELS,
    Scores,
    by_source,
    gold_rows,
    outlet_of,
    relation_table,
    score_rows,
    span_table,
)


def score_and_report(name: str, rows: list[dict], split: str = "blind") -> Scores:
    """Score the rows of the set `name` (its `split` part) and print its tables."""
    scores = score_rows(rows)
    tables = {"merged (a fresh project)": scores.merged, "stock underthesea": scores.stock}
    for group in (by_source(rows), by_source(rows, outlet_of)):
        for part_name, part in group.items():
            tables[f"merged, {part_name}"] = part.merged
            tables[f"stock, {part_name}"] = part.stock
    support = "  ".join(
        f"{x} {scores.merged.score(x).tp + scores.merged.score(x).fn}" for x in LABELS
    )
    print(f"\n{len(rows)} {split} articles; gold spans per label: {support}")
    print(span_table(f"{name} ({split}), exact-match F1", tables))
    relations = {
        "given gold spans": scores.relations_gold_spans,
        "end to end": scores.relations_end_to_end,
    }
    print(relation_table(f"{name} ({split}) relations", relations))
    return scores


def check_whole_set_scored(
    rows: list[dict], scores: Scores, articles: int, split: str = "blind"
) -> None:
    """Every article is in `split` and every gold span and relation was counted."""
    assert len(rows) == articles and {row["split"] for row in rows} == {split}
    micro = scores.merged.micro(list(LABELS))
    assert micro.tp + micro.fn == sum(len(row["spans"]) for row in rows)
    given = scores.relations_gold_spans
    counted = sum(given.score(k).tp + given.score(k).fn for k in given.labels())
    assert counted == sum(len(row["relations"]) for row in rows)


def check_merged_beats_stock(scores: Scores) -> None:
    """The merged suggestions do better than stock underthesea alone, in the same run."""
    merged = scores.merged.micro(list(LABELS)).f1
    stock = scores.stock.micro(list(LABELS)).f1
    assert merged > stock, f"merged {merged:.3f} <= stock underthesea {stock:.3f}"


Scored = tuple[list[dict], Scores]


def blind_set_tests(
    name: str, articles: int, split: str = "blind"
) -> tuple[Callable[..., object], ...]:
    """The `scored` fixture and the two tests of the benchmark module of blind set `name`.

    A module binds them to its own names (`scored, test_a, test_b = ...`), so
    every blind set is scored and checked the same way and pytest runs each
    set in its own process under `make bench`.
    """

    @pytest.fixture(scope="module")
    def scored() -> Scored:
        rows = gold_rows(GOLD / name, split)
        return rows, score_and_report(name, rows, split)

    def test_the_whole_blind_set_is_scored(scored: Scored) -> None:
        check_whole_set_scored(*scored, articles=articles, split=split)

    def test_merged_suggestions_beat_stock_underthesea_measured_in_the_same_run(
        scored: Scored,
    ) -> None:
        check_merged_beats_stock(scored[1])

    return (
        scored,
        test_the_whole_blind_set_is_scored,
        test_merged_suggestions_beat_stock_underthesea_measured_in_the_same_run,
    )
