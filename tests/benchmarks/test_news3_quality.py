"""Span and relation quality on news3, annotated before any suggester ran on it.

tests/fixtures/gold/news3.jsonl holds twelve political articles of
political-news-2 that no other gold file has, drawn by a fixed rule (see
tests/fixtures/gold/README.md). They were blind for one scoring (recorded in
that README) and are a tuning set since: their errors may be read to change
rules, and the base model is trained on them. Run with `make bench`: it prints what a fresh
project suggests (rules, stock underthesea and the base model, merged) beside
stock underthesea alone, per label, per source (VNTC 2004-2006, VFND
2014-2022) and per outlet, and the relation suggestions given the gold spans
and end to end (see tests/benchmarks/blind_quality.py). It asserts no target:
only that the merged suggestions beat the stock baseline measured in the same
run, and that the whole set was scored.
"""

from __future__ import annotations

from tests.benchmarks.blind_quality import blind_set_tests

(
    scored,
    test_the_whole_set_is_scored,
    test_merged_suggestions_beat_stock_underthesea_measured_in_the_same_run,
) = blind_set_tests("news3.jsonl", articles=12, split="tune")
