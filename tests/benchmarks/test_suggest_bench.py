"""Benchmark: suggesting over Dân trí articles with the worker pool, vs plain underthesea.ner.

All three figures are measured in the same run over the same ARTICLES texts:

- pool: the articles are imported into a new project and `suggest_documents`
  runs what a fresh project runs (the rules and the shipped base model,
  merged, then the relations between the merged spans) with one worker per
  core, storing each document's suggestions and relations as it finishes
  (start-up of the workers included);
- baseline: `underthesea.ner` in this single process on every sentence of the
  same texts (the sentences our NER suggester tags: paragraphs split by
  underthesea; NER on a whole paragraph at once is slower still, its cost
  grows with the square of the sentence length);
- one process: the same pipeline with relations in this process, which shows
  how much of the gain is the pool; and, printed only, the same with stock
  underthesea NER merged in as well, which a project turns on when it wants
  it (`annotator suggest --with-underthesea`, or the Annotate menu).

Stock NER is opt-in because it is most of the time and adds almost nothing to
the rules and the base model: over every gold set the project holds (dev,
heldout, news2 and world, tune and blind parts) it added 12 spans to the
merge, 5 of them right, and moved no set's micro F1 by more than 0.001.

Throughput is characters per second; the target is pool / baseline of at
least 5 (suggestions with relations against single-process underthesea.ner).
The progress reports must carry an ETA.
"""

from __future__ import annotations

import os
import time

from annotator.app.suggest import suggest_documents
from annotator.core.model import SourceDocument
from annotator.core.textnorm import normalize_text
from annotator.nlp.pipeline import DEFAULT_SUGGESTERS, Pipeline, base_model_config, suggesters
from annotator.nlp.units import sentence_spans
from annotator.store import create_project

ARTICLES = 120
TARGET = 5.0


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

    sentences = [text[a:b] for text in texts for a, b in sentence_spans(text)]
    ner("Ông Nguyễn Văn An họp tại Hà Nội.")  # load the models before the clock runs
    began = time.perf_counter()
    for sentence in sentences:
        ner(sentence)
    return sum(len(t) for t in texts) / (time.perf_counter() - began)


def _one_process(texts, names=DEFAULT_SUGGESTERS):
    pipeline = Pipeline(base_model_config(names))
    pipeline.suggest_with_relations("Ông Nguyễn Văn An, Chủ tịch UBND tỉnh, họp tại Hà Nội.")
    began = time.perf_counter()
    for text in texts:
        pipeline.suggest_with_relations(text)
    return sum(len(t) for t in texts) / (time.perf_counter() - began)


def test_pool_throughput_against_single_process_ner(shared_dir, tmp_path):
    texts = _articles(shared_dir, ARTICLES)
    chars = sum(len(t) for t in texts)
    path = tmp_path / "bench.db"
    project = create_project(path, annotator="bench")
    for text in texts:
        project.add_document(SourceDocument(text=text, title=text[:40]))
    project.close()

    events = []
    load_before = os.getloadavg()[0]
    began = time.perf_counter()
    report = suggest_documents(path, time_limit=60.0, progress=events.append)
    seconds = time.perf_counter() - began
    pool_rate = chars / seconds
    baseline_rate = _baseline(texts)
    own_rate = _one_process(texts)
    with_ner_rate = _one_process(texts, suggesters(with_underthesea=True))
    ratio = pool_rate / baseline_rate
    print(
        f"\nsuggest pool: {report.documents} documents, {chars:,} chars, {report.added} "
        f"suggestions, {report.relations} relations, {len(report.failures)} failures, {seconds:.1f} s on {os.cpu_count()} "
        f"cores -> {pool_rate:,.0f} chars/s"
        f"\nbaseline underthesea.ner per sentence, one process, same texts: "
        f"{baseline_rate:,.0f} chars/s"
        f"\nour pipeline, one process, same texts: {own_rate:,.0f} chars/s "
        f"(pool speed-up over it {pool_rate / own_rate:.2f})"
        f"\nwith stock underthesea NER too (opt-in), one process: {with_ner_rate:,.0f} chars/s "
        f"({with_ner_rate / baseline_rate:.2f} x baseline)"
        f"\nload average {load_before:.1f} at the start, {os.getloadavg()[0]:.1f} at the end, on {os.cpu_count()} cores"
        f"\nratio pool / baseline {ratio:.2f} (target >= {TARGET})"
    )
    assert not report.failures
    assert len(events) == report.documents == len(texts)
    assert all(e.eta is not None for e in events) and events[-1].eta == 0
    assert ratio >= TARGET
