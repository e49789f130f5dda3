"""Scheduling documents over worker processes: feeding, collecting, time limits.

The calling process owns the only project connection and stores each
document's suggestions as soon as they arrive (through a SuggestionWriter),
so a cancelled or crashed run keeps what it finished. A document that takes
longer than the time limit has its worker killed and replaced; it is
reported as failed and the run goes on.
"""

from __future__ import annotations

import multiprocessing as mp
import threading
import time
from collections import deque
from multiprocessing.connection import wait

from annotator.app.suggest import worker as worker_process
from annotator.app.suggest.results import DocumentFailure, ProgressFn, SuggestError, SuggestProgress
from annotator.app.suggest.storing import SuggestionWriter
from annotator.core.changes import ChangeSet
from annotator.core.errors import AnnotatorError
from annotator.nlp.pipeline import PipelineConfig

Finished = tuple[int, ChangeSet | None]


class Schedule:
    """The workers, the queue of documents and the failures of one run."""

    def __init__(
        self, writer: SuggestionWriter, config: PipelineConfig, *, workers: int, time_limit: float
    ):
        self.writer = writer
        self.project = writer.project
        self.config = config
        self.time_limit = time_limit
        self.context = mp.get_context("spawn")
        self.workers = [self._start() for _ in range(workers)]
        self.failures: list[DocumentFailure] = []
        self.done = 0
        self.queue: deque[int] = deque()

    def _start(self) -> worker_process.Worker:
        return worker_process.Worker(self.context, self.config)

    def replace(self, worker: worker_process.Worker) -> None:
        """A fresh worker instead of this one; documents it had not begun go back to the queue."""
        self.queue.extendleft(reversed(worker.waiting()))
        worker.stop(kill=True)
        self.workers[self.workers.index(worker)] = self._start()

    def fail(self, doc_id: int | None, reason: str) -> ChangeSet | None:
        if doc_id is not None:
            self.failures.append(DocumentFailure(doc_id, reason))
        return None

    def store(self, doc_id: int, payload: tuple) -> ChangeSet | None:
        """Store a worker's answer; a document whose suggestions the store refuses fails alone."""
        spans, relations = payload
        try:
            return self.writer.store(doc_id, spans, relations)
        except AnnotatorError as exc:
            return self.fail(doc_id, f"The suggestions could not be stored: {exc}")

    def receive(self, worker: worker_process.Worker) -> tuple[int | None, ChangeSet | None, bool]:
        """Handle one message: (finished doc id, change, whether a document ended)."""
        try:
            kind, doc_id, payload = worker.conn.recv()
        except (EOFError, OSError):
            job = worker.job
            self.replace(worker)
            change = self.fail(job, "The suggester process stopped unexpectedly.")
            return job, change, job is not None
        if kind == "ready":
            worker.ready = True
            return None, None, False
        if kind == "broken":
            raise SuggestError("The suggesters could not start: {payload}", payload=payload)
        worker.finished()
        if kind == "error":
            return doc_id, self.fail(doc_id, str(payload)), True
        return doc_id, self.store(doc_id, payload), True

    def close(self) -> None:
        for worker in self.workers:
            worker.stop(kill=worker.job is not None)


def run_schedule(
    run: Schedule,
    *,
    progress: ProgressFn | None,
    cancel: threading.Event | None,
    began: float,
) -> bool:
    """Feed idle workers, collect results, enforce time limits; True if cancelled."""
    total = len(run.queue)
    while run.queue or any(w.job is not None for w in run.workers):
        if cancel is not None and cancel.is_set():
            return True
        _assign(run)
        ready = wait([w.conn for w in run.workers], timeout=0.2)
        finished: list[Finished] = []
        for worker in [w for w in run.workers if w.conn in ready]:
            doc_id, change, ended = run.receive(worker)
            if ended and doc_id is not None:
                finished.append((doc_id, change))
        finished.extend(_expire(run))
        for doc_id, change in finished:
            run.done += 1
            if progress is not None:
                progress(_progress(run, total, began, doc_id, change))
    return False


def _assign(run: Schedule) -> None:
    """Give each worker documents while it takes them, the shortest wait first."""
    queue = run.queue
    for worker in sorted(run.workers, key=lambda w: len(w.jobs)):
        while queue and worker.takes(0):
            doc_id = queue.popleft()
            try:
                text = run.project.document(doc_id).text
            except Exception as exc:  # a missing document is that document's failure
                run.fail(doc_id, f"The document cannot be read: {exc}")
                run.done += 1
                continue
            if not worker.takes(len(text)):
                queue.appendleft(doc_id)  # too long to send ahead: wait for the worker
                break
            worker.give(doc_id, text)


def _expire(run: Schedule) -> list[Finished]:
    """Replace workers over their time limit; the document each was working on fails."""
    out: list[Finished] = []
    for worker in list(run.workers):
        if not worker.overdue(run.time_limit) or (worker.job is None and worker.ready):
            continue
        job = worker.job
        reason = (
            f"Suggesting took longer than {run.time_limit:g} s and was stopped."
            if worker.ready
            else "The suggester process did not start."
        )
        run.replace(worker)
        if job is not None:
            run.fail(job, reason)
            out.append((job, None))
        elif not worker.ready:
            raise SuggestError(
                "{reason} Check that underthesea is installed, or raise the time limit.",
                reason=reason,
            )
    return out


def _progress(
    run: Schedule, total: int, began: float, doc_id: int, change: ChangeSet | None
) -> SuggestProgress:
    elapsed = time.monotonic() - began
    remaining = total - run.done
    eta = elapsed / run.done * remaining if run.done else None
    return SuggestProgress(
        done=run.done,
        total=total,
        failed=len(run.failures),
        elapsed=elapsed,
        eta=eta,
        doc_id=doc_id,
        change=change,
    )
