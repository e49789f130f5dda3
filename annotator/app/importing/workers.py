"""Reading the files of a large import in worker processes, results in file order.

Reading a file (decode, normalise, choose a reader, find the article
structure) is pure Python and costs more than storing it, so a thread cannot
overlap it with the writes; `app.workers` reads chunks of files in child
processes while the calling process stores the previous ones.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from annotator.app.workers import map_in_workers, processes_for
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
