"""Reading the files of a large import in worker processes, results in file order.

Reading a file (decode, normalise, choose a reader, find the article
structure) is pure Python and costs more than storing it, so a thread cannot
overlap it with the writes; `app.workers` reads chunks of files in child
processes while the calling process stores the previous ones.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from annotator.app.workers import WorkerPool, map_in_workers, processes_for
from annotator.formats.registry import readers

ReadFn = Callable[[str, Any], Any]

# Files per request: large enough that pickling and pipes cost little per
# file, small enough that the first results arrive at once.
CHUNK_FILES = 24
# Requests queued per worker; bounds the files held in memory.
CHUNKS_PER_WORKER = 3
# Below this many files, or this many bytes, starting workers (~0.1 s) costs
# more than it saves.
MIN_FILES_FOR_WORKERS = 200
MIN_BYTES_FOR_WORKERS = 8 << 20
MAX_WORKERS = 4
# What a reading worker loads as it starts (app.worker_processes.serve): the readers and units.
WARM_UP = "annotator.app.importing.jobs:warm_up"


def worker_count(jobs: int, files: int, size: int = 0) -> int:
    """Worker processes for an import of `files` files of `size` bytes; 0: read in this process.

    `jobs=1` always reads in the calling process; `jobs=0` chooses one worker
    per CPU (at most MAX_WORKERS) for large imports (many files, or a few
    large ones read in pieces); `jobs=N` asks for N. Readers registered from
    outside this package are unknown to a fresh worker process, so with
    such a reader the files are read here.
    """
    large = files >= MIN_FILES_FOR_WORKERS or size >= MIN_BYTES_FOR_WORKERS
    worth_it = large and _builtin_readers_only()
    return processes_for(jobs, worth_it=worth_it, limit=MAX_WORKERS)


def start_workers(paths: Iterable[Path], jobs: int, *, fork: bool = False) -> WorkerPool:
    """Reading workers started at once for what looks like a large import (else none).

    Called before the project is opened and the files are listed, so the
    workers are ready when the first pieces are. With `fork` (a command-line
    process, before it opens anything), the reading modules are loaded here
    once and the workers forked from this process (app.worker_processes). Only a cheap look decides: a
    file of at least MIN_BYTES_FOR_WORKERS, or folders holding at least
    MIN_FILES_FOR_WORKERS entries; the import itself decides again and
    leaves workers it does not need to `close()`.
    """
    large = _looks_large([Path(p) for p in paths])
    workers = processes_for(jobs, worth_it=large, limit=MAX_WORKERS)
    return WorkerPool(workers, warm=WARM_UP, fork=fork)


def _looks_large(paths: list[Path]) -> bool:
    entries = 0
    folders = []
    for path in paths:
        try:
            if path.is_dir():
                folders.append(path)
            elif path.stat().st_size >= MIN_BYTES_FOR_WORKERS:
                return True
        except OSError:
            continue
    while folders and entries < MIN_FILES_FOR_WORKERS:
        try:
            with os.scandir(folders.pop()) as found:
                for entry in found:
                    entries += 1
                    if entry.is_dir(follow_symlinks=False):
                        folders.append(Path(entry.path))
        except OSError:
            continue
    return entries >= MIN_FILES_FOR_WORKERS


def _builtin_readers_only() -> bool:
    return all(r.read.__module__.startswith("annotator.formats.") for r in readers())


def read_in_workers(read: ReadFn, paths: list[Path], options: Any, workers: int) -> Iterator[Any]:
    """`read(path, options)` for every path, in file order, computed by `workers` processes.

    If a worker cannot start or dies, the files not yet answered are read
    here, so the import still finishes.
    """
    return map_in_workers(
        read,
        [str(p) for p in paths],
        options,
        workers,
        per_request=CHUNK_FILES,
        in_flight=CHUNKS_PER_WORKER,
    )
