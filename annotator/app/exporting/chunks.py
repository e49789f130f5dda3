"""Exports rendered a chunk of documents at a time, here or in worker processes.

Formats written as one file per split (writers with `render`: CoNLL, JSONL)
and every dry run go through here. A chunk of documents is read, shaped and
rendered as one piece of text, and chunks are written in order, so the file
is the same whichever process rendered them. A large export of a project
file uses worker processes (one per CPU): each opens the file read-only and
renders its chunks, while this process writes the text and adds up the
loss reports and counts.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from annotator.app.exporting.report import ExportStats, LossReport
from annotator.app.exporting.shape import DocumentShaper
from annotator.app.workers import map_in_workers, processes_for
from annotator.formats.registry import Writer, writer_named
from annotator.formats.tokens import ExportDoc, WriteOptions
from annotator.store import ProjectReader
from annotator.store.streaming import chunks_of

# Documents per chunk: one query each for texts, spans and relations, and
# about a megabyte of CoNLL text.
CHUNK_DOCUMENTS = 500
# Chunks queued per worker; bounds what waits in memory.
CHUNKS_IN_FLIGHT = 3
# Below this many documents, or this many characters, starting workers (~0.2 s
# each, and their pipes) costs more than it saves: PhoNER_COVID19 train (5,027
# sentences, 0.7 million characters) wrote its CoNLL in 1.14 s in one process
# and 1.78 s with workers.
MIN_DOCUMENTS_FOR_WORKERS = 4000
MIN_CHARACTERS_FOR_WORKERS = 4_000_000
MAX_WORKERS = 4


@dataclass(frozen=True)
class ChunkTask:
    """What a worker needs to render chunks of one split (pickled with every request)."""

    path: str
    options: Any  # ExportOptions
    split: str
    write_options: WriteOptions
    render: bool = True


@dataclass
class ChunkResult:
    """One chunk: how many documents were read, their text (UTF-8), losses and counts."""

    documents: int
    data: bytes
    report: LossReport
    stats: ExportStats


def render_chunk(
    source: Any, ids: Sequence[int], task: ChunkTask, each: Callable[[], None] | None = None
) -> ChunkResult:
    """Shape (and, unless a dry run, render) the documents of `ids`; `each` after every one.

    `source` streams annotated documents: the Project, or a worker's ProjectReader.
    """
    with _collector_paused():
        return _render(source, ids, task, each)


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Python's cycle collector off for one chunk.

    A chunk allocates millions of small tuples, lists and strings, none in a
    cycle; reference counting frees them all, and the collector, triggered
    by the allocations alone, cost a fifth of an export's time.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _render(
    source: Any, ids: Sequence[int], task: ChunkTask, each: Callable[[], None] | None
) -> ChunkResult:
    report, stats = LossReport(), ExportStats()
    shaper = DocumentShaper(task.options, report)
    render = writer_named(task.options.format).render if task.render else None
    exported: list[ExportDoc] = []
    parts: list[str] = []
    items = list(source.iter_annotated(ids, units=shaper.wants_units, tokens=shaper.wants_tokens))
    for doc in shaper.shape_all(items):
        if doc is not None:
            exported.append(doc)
            if render is not None:
                parts.append(render(doc, task.write_options))
        if each is not None:
            each()
    stats.add_documents(task.split, exported)
    return ChunkResult(len(items), "".join(parts).encode("utf-8"), report, stats)


_READERS: dict[str, ProjectReader] = {}


def export_chunk(ids: Sequence[int], task: ChunkTask) -> ChunkResult:
    """A worker's request: the chunk read through this process's read-only connection."""
    reader = _READERS.get(task.path)
    if reader is None:
        reader = _READERS[task.path] = ProjectReader(task.path)
    return render_chunk(reader, ids, task)


def close_readers() -> None:
    """Close the connections `export_chunk` opened in this process (after a fallback)."""
    while _READERS:
        _READERS.popitem()[1].close()


def worker_count(
    jobs: int, documents: int, project: Any, writer: Writer, characters: int | None = None
) -> int:
    """Worker processes for an export; 0 means render in this process.

    `jobs=1` always renders here; `jobs=0` chooses one worker per CPU for a
    large export (many documents and many characters); `jobs=N` asks for N.
    Workers need a project file to open and a writer that a fresh process
    knows (one of this package's).
    """
    path = getattr(project, "path", None)
    on_disk = path is not None and Path(str(path)).is_file()
    builtin = (writer.render or writer.write).__module__.startswith("annotator.formats.")
    large = documents >= MIN_DOCUMENTS_FOR_WORKERS and (
        characters is None or characters >= MIN_CHARACTERS_FOR_WORKERS
    )
    worth_it = large and on_disk and builtin
    return processes_for(jobs, worth_it=worth_it, limit=MAX_WORKERS)


def chunk_results(
    project: Any,
    ids: Sequence[int],
    task: ChunkTask,
    workers: int,
    each: Callable[[], None] | None = None,
) -> Iterator[ChunkResult]:
    """The chunks of `ids` in order, rendered here (calling `each` per document) or by workers."""
    chunks = list(chunks_of(ids, CHUNK_DOCUMENTS))
    if not workers:
        for chunk in chunks:
            yield render_chunk(project, chunk, task, each)
        return
    try:
        yield from map_in_workers(
            export_chunk, chunks, task, workers, per_request=1, in_flight=CHUNKS_IN_FLIGHT
        )
    finally:
        close_readers()
