"""Reading the files of a large import in worker processes, results in file order.

Reading a file (decode, normalise, choose a reader, find the article
structure) is pure Python and costs more than storing it, so a thread cannot
overlap it with the writes. Worker processes read chunks of files while the
calling process stores the previous ones. Only a few chunks are in flight
per worker, so memory stays bounded however large the corpus is.

The workers are plain `python -c` child processes talking pickles over their
standard input and output. Unlike multiprocessing, they never re-run the
caller's main script (a script without a `__main__` guard, or the GUI), and
they import only what reading needs.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import signal
import subprocess
import sys
from collections import deque
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO, Any

import annotator
from annotator.formats.registry import readers

ReadFn = Callable[[str, Any], Any]

# Files per request: large enough that pickling and pipes cost little per
# file, small enough that the first results arrive at once.
CHUNK_FILES = 24
# Requests queued per worker; bounds the files held in memory.
CHUNKS_PER_WORKER = 3
# Below this many files starting workers (~0.1 s) costs more than it saves.
MIN_FILES_FOR_WORKERS = 200
MAX_WORKERS = 4

_PACKAGE_ROOT = str(Path(annotator.__file__).resolve().parents[1])
_WORKER_CODE = (
    f"import sys; sys.path.insert(0, {_PACKAGE_ROOT!r}); "
    "from annotator.app.import_workers import serve; serve()"
)


def worker_count(jobs: int, files: int) -> int:
    """Worker processes for an import of `files` files; 0 means read in this process.

    `jobs=1` always reads in the calling process; `jobs=0` chooses one worker
    per CPU (at most MAX_WORKERS) for large imports; `jobs=N` asks for N.
    Readers registered from outside this package are unknown to a fresh
    worker process, so with such a reader the files are read here.
    """
    if jobs == 1 or files < MIN_FILES_FOR_WORKERS or not _builtin_readers_only():
        return 0
    wanted = jobs if jobs > 1 else min(os.cpu_count() or 1, MAX_WORKERS)
    return max(1, min(wanted, MAX_WORKERS * 2))


def _builtin_readers_only() -> bool:
    return all(r.read.__module__.startswith("annotator.formats.") for r in readers())


def serve() -> None:
    """The worker's loop: read (function, paths, options) requests, answer result lists."""
    # Ctrl-C is the parent's to handle; it stops the workers itself.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    requests = sys.stdin.buffer
    # A stray print from a reader must not corrupt the answers: keep the pipe
    # on a private descriptor and send fd 1 to stderr.
    answers = os.fdopen(os.dup(1), "wb")
    os.dup2(2, 1)
    while True:
        try:
            read, paths, options = pickle.load(requests)
        except EOFError:
            return  # the import is over
        results = [read(path, options) for path in paths]
        try:
            pickle.dump(results, answers, protocol=pickle.HIGHEST_PROTOCOL)
            answers.flush()
        except BrokenPipeError:
            return  # the parent stopped listening (it read the rest itself)


class _Worker:
    """One child process and the chunks it was asked to read, oldest first."""

    def __init__(self) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-c", _WORKER_CODE],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
        )
        self.chunks: deque[list[str]] = deque()

    @property
    def pipes(self) -> tuple[IO[bytes], IO[bytes]]:
        assert self.process.stdin is not None and self.process.stdout is not None
        return self.process.stdin, self.process.stdout

    def ask(self, read: ReadFn, chunk: list[str], options: Any) -> None:
        self.chunks.append(chunk)
        requests, _ = self.pipes
        pickle.dump((read, chunk, options), requests, protocol=pickle.HIGHEST_PROTOCOL)
        requests.flush()

    def answer(self) -> list[Any] | None:
        """The results of the oldest chunk, or None if the process died or broke the pipe."""
        _, answers = self.pipes
        try:
            results: list[Any] = pickle.load(answers)
        except Exception:  # a cut or garbled answer: the worker is gone
            return None
        self.chunks.popleft()
        return results

    def stop(self, *, finished: bool) -> None:
        """End the process: politely after a complete import, at once otherwise."""
        requests, answers = self.pipes
        if not finished or self.chunks:  # work nobody will read: stop it now
            self.process.kill()
        for pipe in (requests, answers):
            with contextlib.suppress(OSError):
                pipe.close()
        try:
            self.process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


def read_in_workers(read: ReadFn, paths: list[Path], options: Any, workers: int) -> Iterator[Any]:
    """`read(path, options)` for every path, in order, computed by `workers` processes.

    `read` must be a module-level function (it is pickled by name). Chunk k
    goes to worker k mod n, and each worker answers in order, so reading the
    answers round-robin keeps file order. If a worker cannot start or dies,
    the files not yet answered are read here, so the import still finishes.
    Closing the iterator early (cancel, error) stops the workers.
    """
    chunks = (
        [str(p) for p in paths[i : i + CHUNK_FILES]] for i in range(0, len(paths), CHUNK_FILES)
    )
    started: list[_Worker] = []
    finished = False
    try:
        try:
            started.extend(_Worker() for _ in range(workers))
            for _ in range(CHUNKS_PER_WORKER):
                for worker in started:
                    if (chunk := next(chunks, None)) is not None:
                        worker.ask(read, chunk, options)
        except OSError:  # cannot start a process, or one died at once
            yield from _read_rest(read, started, 0, chunks, options)
        else:
            yield from _answers(read, started, chunks, options)
        finished = True
    finally:
        for worker in started:
            worker.stop(finished=finished)


def _answers(
    read: ReadFn, started: list[_Worker], chunks: Iterator[list[str]], options: Any
) -> Iterator[Any]:
    """The workers' answers round-robin; whatever a broken worker leaves is read here."""
    turn = 0
    while started[turn].chunks:
        worker = started[turn]
        results = worker.answer()
        if results is None:
            yield from _read_rest(read, started, turn, chunks, options)
            return
        asked = True
        if (chunk := next(chunks, None)) is not None:
            try:
                worker.ask(read, chunk, options)
            except OSError:  # it died after answering; `chunk` is in its queue
                asked = False
        yield from results
        turn = (turn + 1) % len(started)
        if not asked:
            yield from _read_rest(read, started, turn, chunks, options)
            return


def _read_rest(
    read: ReadFn, started: list[_Worker], turn: int, chunks: Iterator[list[str]], options: Any
) -> Iterator[Any]:
    """Every file not answered yet, in file order, read in this process."""
    # Queued chunks interleave: the j-th chunk of worker turn+k comes j*n+k after the first.
    queues = [list(started[(turn + k) % len(started)].chunks) for k in range(len(started))]
    for j in range(max((len(q) for q in queues), default=0)):
        for queue in queues:
            if j < len(queue):
                for path in queue[j]:
                    yield read(path, options)
    for chunk in chunks:
        for path in chunk:
            yield read(path, options)
