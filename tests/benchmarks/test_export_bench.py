"""Export throughput and memory: 100,000 documents and 1,000,000 spans to CoNLL and JSONL.

The project is built from real news sentences (the binhvq sample of the
shared corpus: a headline, a paragraph of two sentences and a numbered
closing line per document, so every text is distinct), with ten syllable-
aligned spans per document, some of them nested or crossing, and with the
tokens an import stores beside each text. Each format is exported with
`annotator.app.exporting.run.run_export`, the function behind `annotator export`,
in a fresh process, while a thread samples its resident memory.

The export uses its worker processes, as `annotator export` does on this
machine; peak memory and CPU time include them. Time is compared with a
bare loop, run in this process after each export, that writes the very same
lines from precomputed data (the tokens and tags, or the JSON objects,
already in memory) with the same line-building expression and the same
final fsync; its output is checked byte for byte against the export. Both
run ROUNDS times, interleaved, and the fastest run of each side counts.
"""

from __future__ import annotations

import json
import multiprocessing
import os
import random
import resource
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from annotator.app.exporting.run import ExportOptions, run_export
from annotator.app.exporting.select import Selection
from annotator.app.importing.reading import with_units
from annotator.core.model import SourceDocument
from annotator.core.syllables import is_word_token, syllable_spans
from annotator.formats.conll_syllables import DOCSTART_LINE
from annotator.store import create_project, open_project
from tests.benchmarks.memory import PeakRss

DOCUMENTS = 100_000
SPANS_PER_DOCUMENT = 10
LABELS = ("PER", "ROLE", "ORG", "LOC", "EVENT", "DATE", "DOC")
MAX_RSS_MB = 250
TARGET_RATIO = 3.0
# Exports per format, each in a fresh process, interleaved with as many bare
# loops; the fastest of each side counts (other programs slow some runs).
ROUNDS = 2


def _sentences(shared_dir: Path) -> tuple[list[str], list[str]]:
    folder = shared_dir / "corpus" / "binhvq-news-corpus-sample" / "sample"

    def lines(name: str) -> list[str]:
        text = (folder / name).read_text(encoding="utf-8")
        return [line.strip() for line in text.splitlines() if line.strip()]

    return lines("demo-title.txt"), lines("demo-full.txt")


def _spans(text: str, rng: random.Random) -> tuple[tuple[int, int, str], ...]:
    """Ten distinct spans of one to three syllables inside one line each."""
    words = [t for t in syllable_spans(text) if is_word_token(text, *t)]
    spans: set[tuple[int, int, str]] = set()
    for k in rng.sample(range(len(words)), SPANS_PER_DOCUMENT):
        j = min(k + rng.randrange(3), len(words) - 1)
        if "\n" in text[words[k][0] : words[j][1]]:
            j = k
        spans.add((words[k][0], words[j][1], rng.choice(LABELS)))
    return tuple(sorted(spans))


def _documents(titles: list[str], sentences: list[str]) -> Iterator[SourceDocument]:
    rng = random.Random(4)
    for i in range(DOCUMENTS):
        body = f"{rng.choice(sentences)} {rng.choice(sentences)}"
        text = f"{rng.choice(titles)}\n{body}\nBản tin số {i} của ban biên tập."
        source = SourceDocument(text=text, title=text.split("\n", 1)[0], spans=_spans(text, rng))
        yield with_units(source)  # what an import stores with each text


def _cpu() -> float:
    """CPU seconds of this process and of its ended children (the export's workers)."""
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return time.process_time() + children.ru_utime + children.ru_stime


def export_in_fresh_process(path: Path, fmt: str, out: Path) -> tuple[float, float, float, Path]:
    """(wall s, CPU s, peak RSS MB, file) of one export; run in a spawned child.

    A fresh process, so the peak is the export's own and not what earlier
    benchmarks of the same pytest run (Qt, a 100,000-document window) left.
    The export runs as `annotator export` does, with its worker processes
    (one per CPU); their memory and CPU time are counted too.
    """
    project = open_project(path)
    options = ExportOptions(format=fmt, out=out, selection=Selection(statuses=()))
    with PeakRss() as rss:
        began, cpu = time.perf_counter(), _cpu()
        result = run_export(project, options)
        seconds, cpu = time.perf_counter() - began, _cpu() - cpu
    project.close()
    assert result.directory == out
    return seconds, cpu, rss.peak / 1_048_576, out / f"all.{fmt}"


def _timed_write(path: Path, chunks: Iterator[str]) -> tuple[float, float]:
    """(wall, CPU) seconds to write and fsync the lines."""
    began, cpu = time.perf_counter(), time.process_time()
    with path.open("w", encoding="utf-8", newline="\n") as out:
        out.writelines(chunks)
        out.flush()
        os.fsync(out.fileno())
    return time.perf_counter() - began, time.process_time() - cpu


def _conll_data(path: Path) -> list[list[tuple[list[str], list[str]]]]:
    """Documents -> blocks -> (tokens, tags), read back from the exported file."""
    docs: list[list[tuple[list[str], list[str]]]] = []
    block: tuple[list[str], list[str]] | None = None
    with path.open(encoding="utf-8") as handle:
        for raw in handle:
            line = raw[:-1]
            if line == DOCSTART_LINE:
                docs.append([])
                block = None
            elif not line:
                block = None
            else:
                if block is None:
                    block = ([], [])
                    docs[-1].append(block)
                form, tag = line.split("\t")
                block[0].append(form)
                block[1].append(tag)
    return docs


def _conll_lines(docs: list[list[tuple[list[str], list[str]]]]) -> Iterator[str]:
    for blocks in docs:
        yield f"{DOCSTART_LINE}\n\n"
        for forms, tags in blocks:
            yield "".join([f"{forms[i]}\t{tags[i]}\n" for i in range(len(forms))]) + "\n"


def _jsonl_lines(objects: list[dict]) -> Iterator[str]:
    for obj in objects:
        yield json.dumps(obj, ensure_ascii=False, separators=(", ", ": ")) + "\n"


def _bare_lines(fmt: str, exported: Path) -> Callable[[], Iterator[str]]:
    """The bare loop over precomputed data read back from the exported file."""
    if fmt == "conll":
        docs = _conll_data(exported)
        return lambda: _conll_lines(docs)
    with exported.open(encoding="utf-8") as handle:
        objects = [json.loads(line) for line in handle]
    return lambda: _jsonl_lines(objects)


def _baseline(
    lines: Callable[[], Iterator[str]], exported: Path, tmp_path: Path
) -> tuple[float, float]:
    """(wall, CPU) seconds for the bare loop; its file must equal the export byte for byte."""
    target = tmp_path / "bare.out"
    seconds = _timed_write(target, lines())
    assert target.read_bytes() == exported.read_bytes()
    target.unlink()
    return seconds


def build_project(path: Path, shared_dir: Path) -> tuple[int, int, float]:
    """The benchmark project: (documents, spans, seconds); run in a child process."""
    titles, sentences = _sentences(shared_dir)
    project = create_project(path, annotator="bench")
    began = time.perf_counter()
    stored = sum(1 for _ in project.add_documents(_documents(titles, sentences), commit_every=2000))
    seconds = time.perf_counter() - began
    labels = project.stats()["labels"]
    project.close()
    return stored, sum(sum(states.values()) for states in labels.values()), seconds


@pytest.mark.shared
def test_export_100000_documents_streams_within_memory_and_time(
    shared_dir: Path, tmp_path: Path
) -> None:
    # Built in a child process, so the memory measured here is the export's alone.
    with multiprocessing.get_context("spawn").Pool(1) as pool:
        stored, spans, built = pool.apply(build_project, (tmp_path / "big.db", shared_dir))
    assert stored == DOCUMENTS and spans == DOCUMENTS * SPANS_PER_DOCUMENT
    print(f"\nbuilt {stored:,} documents with {spans:,} spans in {built:.1f} s")
    project = open_project(tmp_path / "big.db")
    # What streaming the documents and spans out of the store costs by itself.
    began = time.perf_counter()
    assert sum(1 for _ in project.iter_annotated(project.document_ids())) == DOCUMENTS
    reading = time.perf_counter() - began
    project.close()
    failures, slow = [], []
    for fmt in ("conll", "jsonl"):
        exports, bares, lines = [], [], None
        for n in range(ROUNDS):  # interleaved, so a slow spell of the machine hits both
            with multiprocessing.get_context("spawn").Pool(1) as pool:
                args = (tmp_path / "big.db", fmt, tmp_path / f"{fmt}-{n}")
                exports.append(pool.apply(export_in_fresh_process, args))
            path = exports[-1][3]
            lines = lines or _bare_lines(fmt, path)
            bares.append(_baseline(lines, path, tmp_path))
        del lines
        seconds, cpu, _, path = min(exports)
        bare, bare_cpu = min(bares)
        peak = max(run[2] for run in exports)
        size = path.stat().st_size / 1_048_576
        ratio = seconds / bare
        runs = ", ".join(f"{run[0]:.1f}" for run in exports)
        bare_runs = ", ".join(f"{b[0]:.2f}" for b in bares)
        print(
            f"{fmt}: export {runs} s, best {seconds:.1f} s (CPU {cpu:.1f} s with workers); "
            f"bare loop {bare_runs} s, best {bare:.2f} s (CPU {bare_cpu:.2f} s); "
            f"ratio {ratio:.2f}x wall, {cpu / bare_cpu:.2f}x CPU (target {TARGET_RATIO:.0f}x); "
            f"peak RSS {peak:.0f} MB (limit {MAX_RSS_MB}); file {size:.0f} MB; "
            f"reading the store alone {reading:.1f} s = {reading / bare:.2f}x the bare loop"
        )
        if peak > MAX_RSS_MB:
            failures.append(f"{fmt}: peak RSS {peak:.0f} MB > {MAX_RSS_MB} MB")
        if ratio > TARGET_RATIO:
            slow.append(f"{fmt}: {ratio:.2f}x the bare loop > {TARGET_RATIO:.0f}x")
    assert not failures, "; ".join(failures)
    assert not slow, "; ".join(slow)
