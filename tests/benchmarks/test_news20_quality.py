"""Span and relation quality on news20, annotated before any suggester ran on it.

tests/fixtures/gold/news20.jsonl holds political articles of political-news-2
that no other gold file has, drawn by a fixed rule and annotated and
committed before any suggester ran on them (see tests/fixtures/gold/README.md).
It is scored and checked exactly as news3 to news19 are
(tests/benchmarks/blind_quality.py): the merged suggestions of a fresh
project beside stock underthesea per label, per source and per outlet,
relations given the gold spans and end to end; no target is asserted. It
was blind for one scoring (recorded in the gold README) and is tuning data
since.
"""

from __future__ import annotations

from tests.benchmarks.blind_quality import blind_set_tests

(
    scored,
    test_the_whole_set_is_scored,
    test_merged_suggestions_beat_stock_underthesea_measured_in_the_same_run,
) = blind_set_tests("news20.jsonl", articles=7, split="tune")
