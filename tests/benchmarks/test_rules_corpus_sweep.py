"""Benchmark: the rule suggester over every article of the shared corpora.

The unit tests feed the rules their own sentences and generated worst cases;
this feeds them all 1,700 real articles (Dân trí and the political news
folder), normalised as an import normalises them. Every article must come
back without an error, with spans inside the text, in order and apart. A
Dân trí headline ending on a place the article names again once made the
rules raise for the whole article, which no smaller test had shown.

Speed is printed as characters per second against underthesea's word
segmenter over the same texts in the same run (the floor; the unit test
`tests/nlp/test_rules_robust.py` bounds the same ratio on a fixed sample).
"""

from __future__ import annotations

import time

import pytest

from annotator.core.textnorm import normalize_text
from annotator.nlp.rules import RuleSuggester

FOLDERS = ("unc-dantri-news", "political-news-2")
SEGMENTER_PASSES = 2.5  # as the unit test


def _articles(shared_dir):
    texts = {}
    for folder in FOLDERS:
        for path in sorted((shared_dir / "corpus" / folder / "data").glob("*.txt")):
            lines = path.read_text(encoding="utf-8").splitlines()
            texts[f"{folder}/{path.name}"] = normalize_text(
                "\n".join(x for x in lines if not x.startswith("# "))
            )
    return texts


@pytest.mark.shared
def test_the_rules_read_every_corpus_article(shared_dir) -> None:
    texts = _articles(shared_dir)
    assert len(texts) > 1_000, "the corpus folders are smaller than expected"
    rules, failures = RuleSuggester(), []
    began = time.process_time()
    for name, text in texts.items():
        try:
            spans = rules.suggest(text)
        except Exception as error:  # every failure is listed, not only the first
            failures.append(f"{name}: {error!r}")
            continue
        if not all(0 <= s.start < s.end <= len(text) for s in spans):
            failures.append(f"{name}: a span outside the text")
        elif not all(a.end <= b.start for a, b in zip(spans, spans[1:], strict=False)):
            failures.append(f"{name}: spans overlap or are out of order")
    rules_seconds = time.process_time() - began
    floor_seconds = _segmenter_seconds(texts.values())
    size = sum(len(t) for t in texts.values())
    ratio = rules_seconds / floor_seconds
    print(
        f"\n{len(texts)} articles, {size:,} characters: rules {size / rules_seconds:,.0f} "
        f"chars/s, word segmenter {size / floor_seconds:,.0f} chars/s, ratio {ratio:.2f} "
        f"(at most {SEGMENTER_PASSES})"
    )
    assert not failures, "\n".join(failures)
    assert ratio <= SEGMENTER_PASSES


def _segmenter_seconds(texts) -> float:
    from underthesea import word_tokenize

    word_tokenize("Xin chào Việt Nam.")  # the model loads before the clock runs
    began = time.process_time()
    for text in texts:
        word_tokenize(text)
    return time.process_time() - began
