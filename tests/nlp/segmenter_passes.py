"""The rules' cost in passes of underthesea's word segmenter over the same text.

A rate in characters per second depends on the machine and on what else runs
on it; the segmenter is timed in the same run, in turns with the rules, so a
busy spell falls on both and the ratio stays. The rule tests and the rule
speed benchmark both measure this way.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from annotator.nlp.rules import RuleSuggester


def cpu_seconds(work: Callable[[], object]) -> float:
    started = time.process_time()
    work()
    return time.process_time() - started


def rules_and_segmenter_seconds(rules: RuleSuggester, text: str, runs: int) -> tuple[float, float]:
    """(rules, segmenter): the fastest of `runs` turns each on `text`, in CPU seconds.

    The caller warms both up first (the segmenter's model loads on first use).
    """
    from underthesea import word_tokenize

    floor = best = float("inf")
    for _ in range(runs):
        floor = min(floor, cpu_seconds(lambda: word_tokenize(text)))
        best = min(best, cpu_seconds(lambda: rules.suggest(text)))
    return best, max(floor, 1e-9)
