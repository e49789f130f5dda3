"""Span and relation quality on news3, annotated before any suggester ran on it.

tests/fixtures/gold/news3.jsonl holds twelve political articles of
political-news-2 that no other gold file has, drawn by a fixed rule (see
tests/fixtures/gold/README.md). They were blind for one scoring (recorded in
that README) and are a tuning set since: their errors may be read to change
rules, and the base model is trained on them. Run with `make bench`: it prints what a fresh
project suggests (rules, stock underthesea and the base model, merged) beside
stock underthesea alone, per label, per source (VNTC 2004-2006, VFND
2014-2022) and per outlet, and the relation suggestions given the gold spans
and end to end. It asserts no target: only that the merged suggestions beat
the stock baseline measured in the same run, and that the whole set was scored.
"""

from __future__ import annotations

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

NEWS3 = GOLD / "news3.jsonl"


@pytest.fixture(scope="module")
def rows() -> list[dict]:
    return gold_rows(NEWS3, "tune")


@pytest.fixture(scope="module")
def scores(rows: list[dict]) -> Scores:
    scores = score_rows(rows)
    tables = {"merged (a fresh project)": scores.merged, "stock underthesea": scores.stock}
    for group in (by_source(rows), by_source(rows, outlet_of)):
        for name, part in group.items():
            tables[f"merged, {name}"] = part.merged
            tables[f"stock, {name}"] = part.stock
    support = "  ".join(
        f"{x} {scores.merged.score(x).tp + scores.merged.score(x).fn}" for x in LABELS
    )
    print(f"\n{len(rows)} tune articles; gold spans per label: {support}")
    print(span_table("news3.jsonl (tune), exact-match F1", tables))
    relations = {
        "given gold spans": scores.relations_gold_spans,
        "end to end": scores.relations_end_to_end,
    }
    print(relation_table("news3.jsonl (tune) relations", relations))
    return scores


def test_the_whole_set_is_scored(rows: list[dict], scores: Scores) -> None:
    assert len(rows) == 12 and {row["split"] for row in rows} == {"tune"}
    gold = sum(len(row["spans"]) for row in rows)
    micro = scores.merged.micro(list(LABELS))
    assert micro.tp + micro.fn == gold
    relations = sum(len(row["relations"]) for row in rows)
    assert (
        sum(
            scores.relations_gold_spans.score(k).tp + scores.relations_gold_spans.score(k).fn
            for k in scores.relations_gold_spans.labels()
        )
        == relations
    )


def test_merged_suggestions_beat_stock_underthesea_measured_in_the_same_run(
    scores: Scores,
) -> None:
    merged = scores.merged.micro(list(LABELS)).f1
    stock = scores.stock.micro(list(LABELS)).f1
    assert merged > stock, f"merged {merged:.3f} <= stock underthesea {stock:.3f}"
