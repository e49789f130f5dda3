"""Span and relation quality on news32, annotated before any suggester ran on it.

tests/fixtures/gold/news32.jsonl holds eleven political articles drawn by a
fixed rule from the whole of VNTC 10Topics (political-news-2's political
articles are used up), kept beside the gold in tests/fixtures/gold/vntc-2, and
annotated and committed before any suggester ran on them (see
tests/fixtures/gold/README.md). It is scored and checked exactly as news3 to
news31 are (tests/benchmarks/blind_quality.py): the merged suggestions of a
fresh project beside stock underthesea per label, per source and per outlet,
relations given the gold spans and end to end; no target is asserted. It
was blind for three scorings (recorded in the gold README) and is tuning data
since.
"""

from __future__ import annotations

from tests.benchmarks.blind_quality import blind_set_tests

(
    scored,
    test_the_whole_set_is_scored,
    test_merged_suggestions_beat_stock_underthesea_measured_in_the_same_run,
) = blind_set_tests("news32.jsonl", articles=11, split="tune")
