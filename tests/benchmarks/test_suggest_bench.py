"""Benchmark: suggesting over Dân trí articles with the worker pool, vs plain underthesea.ner.

Pipeline: 200 articles of the shared corpus are imported into a new project and
`suggest_documents` runs rules + the stock NER over them with one worker per
core, storing each document's suggestions as it finishes (start-up of the
workers included). Baseline, in the same run: `underthesea.ner` called in this
single process on every non-empty line of the first BASELINE_DOCS of those
articles (a whole article at once would be slower still: its cost grows with
the square of the sentence length). Throughput is characters per second; the
target is a ratio of at least 1.7 on 2 cores.
"""

from __future__ import annotations

import os
import time

from annotator.app.suggest import suggest_documents
from annotator.core.model import SourceDocument
from annotator.core.textnorm import normalize_text
from annotator.store import create_project

ARTICLES = 200
BASELINE_DOCS = 40
TARGET = 1.7


def _articles(shared_dir, count):
    folder = shared_dir / "corpus" / "unc-dantri-news" / "data"
    texts = []
    for path in sorted(folder.glob("news_*.txt"))[:count]:
        lines = path.read_text(encoding="utf-8").splitlines()
        body = "\n".join(x for x in lines if not x.startswith("# "))
        texts.append(normalize_text(body))
    return texts


def _baseline(texts):
    from underthesea import ner

    began = time.perf_counter()
    for text in texts:
        for line in text.split("\n"):
            if line.strip():
                ner(line)
    return sum(len(t) for t in texts) / (time.perf_counter() - began)


def test_pool_throughput_against_single_process_ner(shared_dir, tmp_path):
    texts = _articles(shared_dir, ARTICLES)
    path = tmp_path / "bench.db"
    project = create_project(path, annotator="bench")
    for text in texts:
        project.add_document(SourceDocument(text=text, title=text[:40]))
    project.close()

    began = time.perf_counter()
    report = suggest_documents(path, suggesters=("rules", "underthesea"), time_limit=60.0)
    seconds = time.perf_counter() - began
    pipeline_rate = sum(len(t) for t in texts) / seconds
    baseline_rate = _baseline(texts[:BASELINE_DOCS])
    ratio = pipeline_rate / baseline_rate
    print(
        f"\nsuggest: {report.documents} documents, {sum(len(t) for t in texts):,} chars, "
        f"{report.added} suggestions, {len(report.failures)} failures, {seconds:.1f} s "
        f"on {os.cpu_count()} cores -> {pipeline_rate:,.0f} chars/s"
        f"\nbaseline underthesea.ner, one process, {BASELINE_DOCS} articles: "
        f"{baseline_rate:,.0f} chars/s\nratio {ratio:.2f} (target >= {TARGET})"
    )
    assert not report.failures
    assert ratio >= TARGET
