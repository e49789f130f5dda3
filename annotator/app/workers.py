"""Ordered work in child processes: chunks of items computed in parallel, results in order.

Pure-Python work (reading files for an import, rendering documents for an
export) cannot overlap in threads. Worker processes compute chunks of items
while the calling process consumes the previous results. Only a few chunks
are in flight per worker, so memory stays bounded however much work there is.

The workers are plain `python -c` child processes talking pickles over their
standard input and output (app.worker_processes; a command-line import may
fork them instead). Unlike multiprocessing, they never re-run the caller's
main script (a script without a `__main__` guard, or the GUI), and they
import only what the work needs.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import queue
import subprocess
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from itertools import islice
from typing import IO, Any

from annotator.app import worker_processes

WorkFn = Callable[[Any, Any], Any]


def processes_for(jobs: int, *, worth_it: bool, limit: int) -> int:
    """Worker processes to start; 0 means work in the calling process.

    `jobs=1`, or work too small to be worth starting processes for, gives 0;
    `jobs=0` chooses one per CPU (at most `limit`); `jobs=N` asks for N (at
    most twice `limit`).
    """
    if jobs == 1 or not worth_it:
        return 0
    wanted = jobs if jobs > 1 else min(os.cpu_count() or 1, limit)
    return max(1, min(wanted, limit * 2))


class _Worker:
    """One child process and the chunks it was asked to compute, oldest first.

    A thread reads each answer as soon as the worker writes it: answers are
    consumed in order, and a worker whose turn has not come must not sit
    blocked on a full pipe instead of computing its next chunk. Another
    thread writes the requests: a request is larger than a pipe holds, and
    the caller must not wait while the worker starts or computes the chunk
    before (an import's writer would sit idle).
    """

    def __init__(self, process: Any) -> None:
        self.process = process  # started by worker_processes.start
        self.chunks: deque[list[Any]] = deque()
        self._answers: queue.SimpleQueue[list[Any] | None] = queue.SimpleQueue()
        self._requests: queue.SimpleQueue[bytes | None] = queue.SimpleQueue()
        self._reader = threading.Thread(target=self._read_answers, daemon=True)
        self._reader.start()
        self._writer = threading.Thread(target=self._write_requests, daemon=True)
        self._writer.start()

    def _read_answers(self) -> None:
        _, answers = self.pipes
        while True:
            try:
                results: list[Any] = pickle.load(answers)
            except Exception:  # the end of the pipe, or a cut answer: the worker is gone
                self._answers.put(None)
                return
            self._answers.put(results)

    def _write_requests(self) -> None:
        """Send the requests in order; None ends them (a finished worker then returns)."""
        requests, _ = self.pipes
        # The worker may be gone: its answers end, and the caller computes the rest.
        with contextlib.suppress(OSError):
            while (request := self._requests.get()) is not None:
                requests.write(request)
                requests.flush()
        with contextlib.suppress(OSError):
            requests.close()

    @property
    def pipes(self) -> tuple[IO[bytes], IO[bytes]]:
        assert self.process.stdin is not None and self.process.stdout is not None
        return self.process.stdin, self.process.stdout

    def ask(self, fn: WorkFn, chunk: list[Any], options: Any) -> None:
        """Queue a chunk; it is pickled here (so what cannot be sent fails here) and sent by a thread."""
        request = pickle.dumps((fn, chunk, options), protocol=pickle.HIGHEST_PROTOCOL)
        self.chunks.append(chunk)
        self._requests.put(request)

    def answer(self) -> list[Any] | None:
        """The results of the oldest chunk, or None if the process died or broke the pipe."""
        results = self._answers.get()
        if results is None:
            self._answers.put(None)  # it stays gone for any later question
            return None
        self.chunks.popleft()
        return results

    def stop(self, *, finished: bool) -> None:
        """End the process: politely after complete work, at once otherwise."""
        if not finished or self.chunks:  # work nobody will read: stop it now
            self.process.kill()
        self._requests.put(None)  # end of requests: a finished worker returns
        try:
            self.process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        self._writer.join(timeout=5)
        self._reader.join(timeout=5)  # the pipe ended with the process
        _, answers = self.pipes
        with contextlib.suppress(OSError):
            answers.close()


class WorkerPool:
    """Worker processes started before their work is known, so they start while the caller prepares.

    `warm` ("module:function") runs in each worker at once (imports, tables).
    With `fork`, it runs once here and the workers are copies of this
    process (see worker_processes: only where that is safe).
    `map_in_workers(..., pool=pool)` uses them instead of starting its own;
    whatever it leaves unused is stopped by `close()`.
    """

    def __init__(self, workers: int, warm: str = "", *, fork: bool = False) -> None:
        self.warm = warm
        self._idle: list[_Worker] = []
        if workers and fork and warm and worker_processes.can_fork():
            fork = worker_processes.warmed(warm)
        processes = []
        with contextlib.suppress(OSError):  # not started: map_in_workers tries (and falls back)
            for _ in range(workers):  # every fork before any thread of a _Worker starts
                processes.append(worker_processes.start(warm, fork=fork))
        self._idle = [_Worker(process) for process in processes]

    def __len__(self) -> int:
        return len(self._idle)

    def take(self, count: int) -> list[_Worker]:
        """Up to `count` of the started workers (the caller starts any more it needs)."""
        taken, self._idle = self._idle[:count], self._idle[count:]
        return taken

    def close(self) -> None:
        """Stop the workers nobody took (at once: they hold no work)."""
        while self._idle:
            self._idle.pop().stop(finished=False)

    def __enter__(self) -> WorkerPool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def map_in_workers(
    fn: WorkFn,
    items: Iterable[Any],
    options: Any,
    workers: int,
    *,
    per_request: int,
    in_flight: int,
    pool: WorkerPool | None = None,
) -> Iterator[Any]:
    """`fn(item, options)` for every item, in order, computed by `workers` processes.

    `fn` must be a module-level function (it is pickled by name). Items go
    out `per_request` at a time; chunk k goes to worker k mod n, and each
    worker answers in order, so reading the answers round-robin keeps the
    items' order. At most `in_flight` chunks wait per worker, which bounds
    memory. If a worker cannot start or dies, the items not yet answered are
    computed here, so the work still finishes. Closing the iterator early
    (cancel, error) stops the workers. With `pool`, its started workers are
    used first.
    """
    source = iter(items)  # read lazily: items may be cut from a file as work goes on
    chunks = iter(lambda: list(islice(source, per_request)), [])
    started: list[_Worker] = []
    finished = False
    try:
        try:
            _start_workers(started, pool, workers)
            _ask_first(fn, started, chunks, options, in_flight)
        except OSError:  # cannot start a process, or one died at once
            yield from _read_rest(fn, started, 0, chunks, options)
        else:
            yield from _answers(fn, started, chunks, options)
        finished = True
    finally:
        for worker in started:
            worker.stop(finished=finished)


def _start_workers(started: list[_Worker], pool: WorkerPool | None, workers: int) -> None:
    """Add workers to `started` until there are `workers`, the pool's first.

    Added one at a time, so that if one cannot start, those already running
    are in `started` to be stopped.
    """
    started.extend(pool.take(workers) if pool is not None else ())
    warm = pool.warm if pool is not None else ""
    while len(started) < workers:
        started.append(_Worker(worker_processes.start(warm, fork=False)))


def _ask_first(
    fn: WorkFn,
    started: list[_Worker],
    chunks: Iterator[list[Any]],
    options: Any,
    in_flight: int,
) -> None:
    """Send each worker up to `in_flight` chunks, round-robin, before reading any answer."""
    for _ in range(in_flight):
        for worker in started:
            if (chunk := next(chunks, None)) is not None:
                worker.ask(fn, chunk, options)


def _answers(
    fn: WorkFn, started: list[_Worker], chunks: Iterator[list[Any]], options: Any
) -> Iterator[Any]:
    """The workers' answers round-robin; whatever a broken worker leaves is computed here."""
    turn = 0
    while started[turn].chunks:
        worker = started[turn]
        results = worker.answer()
        if results is None:
            yield from _read_rest(fn, started, turn, chunks, options)
            return
        if (chunk := next(chunks, None)) is not None:
            worker.ask(fn, chunk, options)  # a dead worker's chunks come back to _read_rest
        yield from results
        turn = (turn + 1) % len(started)


def _read_rest(
    fn: WorkFn, started: list[_Worker], turn: int, chunks: Iterator[list[Any]], options: Any
) -> Iterator[Any]:
    """Every item not answered yet, in order, computed in this process."""
    # Queued chunks interleave: the j-th chunk of worker turn+k comes j*n+k after the first.
    queues = [list(started[(turn + k) % len(started)].chunks) for k in range(len(started))]
    for j in range(max((len(q) for q in queues), default=0)):
        for waiting in queues:
            if j < len(waiting):
                for item in waiting[j]:
                    yield fn(item, options)
    for chunk in chunks:
        for item in chunk:
            yield fn(item, options)
