"""Suggesting spans for many documents with a pool of worker processes.

Each worker loads underthesea (and the trained model) once, then serves
texts. The calling process owns the only project connection and stores each
document's suggestions as soon as they arrive, so a cancelled or crashed run
keeps what it finished. A document that takes longer than the time limit has
its worker killed and replaced; it is reported as failed and the run goes on.
"""

from __future__ import annotations

import multiprocessing as mp
import os
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from pathlib import Path
from typing import Any

from annotator.app.suggesters import pipeline_config
from annotator.core.changes import ChangeSet
from annotator.core.errors import AnnotatorError
from annotator.core.model import ACCEPTED, IN_PROGRESS, MODEL, NEW, SUGGESTED
from annotator.core.operations import AddSuggestions, Batch, Operation
from annotator.nlp.pipeline import MODEL as MODEL_SUGGESTER
from annotator.nlp.pipeline import (
    Pipeline,
    PipelineConfig,
    with_base_model,
    without_base_model,
)
from annotator.store import open_project

# A worker that has not loaded underthesea within this many seconds is broken.
STARTUP_LIMIT = 180.0
# Documents a worker holds at once, and the longest text sent ahead of time.
AHEAD = 2
AHEAD_CHARS = 20_000
SpanTuple = tuple[int, int, str, str, float]
# (head index, tail index, type, suggester, confidence): indices into the span tuples.
RelationTuple = tuple[int, int, str, str, float]
RELATIONS_SUGGESTER = "relations"
WARM_UP = "Ông Nguyễn Văn An, Chủ tịch UBND tỉnh, họp tại Hà Nội ngày 1/1/2021."


class SuggestError(AnnotatorError):
    """The suggesters could not run at all (as opposed to failing on one document)."""


@dataclass(frozen=True)
class DocumentFailure:
    doc_id: int
    reason: str


@dataclass(frozen=True)
class SuggestProgress:
    """Sent after every finished document; `change` is what the store applied."""

    done: int
    total: int
    failed: int
    elapsed: float
    eta: float | None
    doc_id: int
    change: ChangeSet | None = None


@dataclass(frozen=True)
class SuggestReport:
    documents: int
    added: int
    failures: tuple[DocumentFailure, ...]
    cancelled: bool
    seconds: float
    relations: int = 0


ProgressFn = Callable[[SuggestProgress], None]


# --- the worker process --------------------------------------------------------


def _worker_main(conn: Connection, config: PipelineConfig) -> None:
    """Serve (doc_id, text) requests until told to stop (None) or the pipe closes."""
    try:
        pipeline = Pipeline(with_base_model(config))
        # underthesea loads its models on first use: do it before the clock runs.
        pipeline.suggest(WARM_UP)
        conn.send(("ready", None, None))
    except Exception as exc:  # reported to the parent, which stops the run
        conn.send(("broken", None, f"{type(exc).__name__}: {exc}"))
        return
    while True:
        try:
            request = conn.recv()
        except EOFError:
            return
        if request is None:
            return
        doc_id, text = request
        try:
            spans, relations = pipeline.suggest_with_relations(text)
            found = [(s.start, s.end, s.label, s.suggester, s.score) for s in spans]
            links = [(r.head, r.tail, r.type, RELATIONS_SUGGESTER, r.confidence) for r in relations]
            conn.send(("ok", doc_id, (found, links)))
        except Exception as exc:  # one document's failure must not end the worker
            conn.send(("error", doc_id, f"{type(exc).__name__}: {exc}"))


class _Worker:
    """One worker process, its pipe, and the documents sent to it, oldest first.

    A worker holds the document it works on and, when both are short, the
    next one, so it does not wait while the calling process stores a result.
    Two short texts always fit in the pipe's buffer, so sending never blocks
    on a worker that is itself blocked sending a result.
    """

    def __init__(self, context: Any, config: PipelineConfig) -> None:
        self.conn, child = context.Pipe()
        sent = without_base_model(config)
        self.process = context.Process(target=_worker_main, args=(child, sent), daemon=True)
        self.process.start()
        child.close()
        self.ready = False
        self.started = time.monotonic()
        self.jobs: deque[tuple[int, int]] = deque()  # (doc_id, characters)

    @property
    def job(self) -> int | None:
        """The document being worked on, if any."""
        return self.jobs[0][0] if self.jobs else None

    def takes(self, length: int) -> bool:
        """Whether a text of this length may be sent now."""
        if not self.ready or len(self.jobs) >= AHEAD:
            return False
        return not self.jobs or max(length, self.jobs[0][1]) <= AHEAD_CHARS

    def give(self, doc_id: int, text: str) -> None:
        if not self.jobs:
            self.started = time.monotonic()
        self.jobs.append((doc_id, len(text)))
        self.conn.send((doc_id, text))

    def finished(self) -> None:
        """The oldest document came back; the worker has begun the next one."""
        self.jobs.popleft()
        self.started = time.monotonic()

    def waiting(self) -> list[int]:
        """Documents sent but not begun (to give to another worker if this one ends)."""
        return [doc_id for doc_id, _ in list(self.jobs)[1:]]

    def overdue(self, limit: float) -> bool:
        budget = limit if self.ready else STARTUP_LIMIT
        return time.monotonic() - self.started > budget

    def stop(self, *, kill: bool) -> None:
        if not kill:
            try:
                self.conn.send(None)
            except OSError:
                kill = True
            self.process.join(timeout=2.0)
        if self.process.is_alive():
            self.process.terminate()
            self.process.join(timeout=2.0)
        if self.process.is_alive():
            self.process.kill()
            self.process.join()
        self.conn.close()


# --- the calling process -----------------------------------------------------------


def _operation(
    doc_id: int, found: Sequence[SpanTuple], relations: Sequence[RelationTuple] = ()
) -> Operation | None:
    """One operation per document: model suggestions keep their own origin.

    The model's spans are stored first; the relations go with the other
    spans, and a model span they point at is named there again, so the store
    links the one just added instead of adding it twice.
    """
    learnt = tuple(tuple(s) for s in found if s[3] == MODEL_SUGGESTER)
    linked = {i for r in relations for i in r[:2]}
    plain_ids = [i for i, s in enumerate(found) if s[3] != MODEL_SUGGESTER or i in linked]
    position = {old: new for new, old in enumerate(plain_ids)}
    plain = tuple(tuple(found[i]) for i in plain_ids)
    links = tuple((position[h], position[t], *rest) for h, t, *rest in relations)
    ops = [
        AddSuggestions(doc_id, spans=spans, origin=origin, relations=rels)  # type: ignore[arg-type]
        for spans, origin, rels in ((learnt, MODEL, ()), (plain, SUGGESTED, links))
        if spans
    ]
    if not ops:
        return None
    if len(ops) == 1:
        return ops[0]
    return Batch(tuple(ops), description="Suggestions")


class _Run:
    """The scheduling loop of one suggest_documents call."""

    def __init__(
        self,
        project: Any,
        config: PipelineConfig,
        *,
        workers: int,
        time_limit: float,
        min_confidence: float = 0.0,
    ):
        self.project = project
        self.config = config
        self.time_limit = time_limit
        self.context = mp.get_context("spawn")
        self.workers = [_Worker(self.context, config) for _ in range(workers)]
        self.failures: list[DocumentFailure] = []
        self.added = 0
        self.done = 0
        # Suggesters know labels the project may have removed: those are left out.
        self.schema = project.schema()
        self.labels = frozenset(self.schema.label_names())
        self.min_confidence = min_confidence
        self.relations_added = 0
        self.queue: deque[int] = deque()

    def replace(self, worker: _Worker) -> None:
        """A fresh worker instead of this one; documents it had not begun go back to the queue."""
        self.queue.extendleft(reversed(worker.waiting()))
        worker.stop(kill=True)
        self.workers[self.workers.index(worker)] = _Worker(self.context, self.config)

    def fail(self, doc_id: int | None, reason: str) -> ChangeSet | None:
        if doc_id is not None:
            self.failures.append(DocumentFailure(doc_id, reason))
        return None

    def store(
        self, doc_id: int, found: Sequence[SpanTuple], relations: Sequence[RelationTuple] = ()
    ) -> ChangeSet | None:
        """Apply one document's suggestions, leaving out any that overlap accepted spans.

        Spans whose label is not in the project's schema are left out, with
        their relations, and so are relations of a type the schema lacks or
        whose ends the type does not allow; suggestions below the minimum
        confidence are left out too. A document whose suggestions still cannot
        be stored is its own failure.
        """
        accepted = [(s.start, s.end) for s in self.project.spans(doc_id, states=(ACCEPTED,))]
        kept = [
            i
            for i, f in enumerate(found)
            if f[2] in self.labels
            and f[4] >= self.min_confidence
            and not any(f[0] < e and s < f[1] for s, e in accepted)
        ]
        fresh = [found[i] for i in kept]
        position = {old: new for new, old in enumerate(kept)}
        links = [
            (position[h], position[t], kind, who, conf)
            for h, t, kind, who, conf in relations
            if h in position
            and t in position
            and conf >= self.min_confidence
            and self._allows(kind, found[h][2], found[t][2])
        ]
        op = _operation(doc_id, fresh, links)
        if op is None:
            return None
        try:
            change = self.project.session().apply(op, origin="suggest")
        except AnnotatorError as exc:
            return self.fail(doc_id, f"The suggestions could not be stored: {exc}")
        self.added += len(change.spans_added)
        self.relations_added += len(change.relations_added)
        return change

    def _allows(self, kind: str, head_label: str, tail_label: str) -> bool:
        return kind in {r.name for r in self.schema.relations_allowed(head_label, tail_label)}

    def receive(self, worker: _Worker) -> tuple[int | None, ChangeSet | None, bool]:
        """Handle one message: (finished doc id, change, whether a document ended)."""
        try:
            kind, doc_id, payload = worker.conn.recv()
        except (EOFError, OSError):
            job = worker.job
            self.replace(worker)
            return (
                job,
                self.fail(job, "The suggester process stopped unexpectedly."),
                job is not None,
            )
        if kind == "ready":
            worker.ready = True
            return None, None, False
        if kind == "broken":
            raise SuggestError("The suggesters could not start: {payload}", payload=payload)
        worker.finished()
        if kind == "error":
            return doc_id, self.fail(doc_id, str(payload)), True
        spans, relations = payload
        return doc_id, self.store(doc_id, spans, relations), True

    def close(self) -> None:
        for worker in self.workers:
            worker.stop(kill=worker.job is not None)


def suggest_documents(
    project_path: str | os.PathLike[str],
    *,
    doc_ids: Sequence[int] | None = None,
    suggesters: Iterable[str] | None = None,
    workers: int | None = None,
    progress: ProgressFn | None = None,
    cancel: threading.Event | None = None,
    time_limit: float = 20.0,
    min_confidence: float = 0.0,
    with_underthesea: bool | None = None,
) -> SuggestReport:
    """Suggest spans for documents (default: those not done) and store them as pending.

    `suggesters` names the suggesters to run; by default the rules and the
    model, plus stock underthesea NER if `with_underthesea` (None: the
    project's setting, see app/suggesters.py). Opens its own connection to
    the project, so it may run on any thread.
    """
    began = time.monotonic()
    project = open_project(Path(project_path))
    try:
        ids = (
            list(doc_ids)
            if doc_ids is not None
            else project.document_ids(status=(NEW, IN_PROGRESS))
        )
        config = pipeline_config(project, suggesters, with_underthesea=with_underthesea)
        if not ids:
            return SuggestReport(0, 0, (), False, 0.0)
        count = max(1, min(workers or os.cpu_count() or 1, len(ids)))
        run = _Run(
            project, config, workers=count, time_limit=time_limit, min_confidence=min_confidence
        )
        try:
            run.queue.extend(ids)
            cancelled = _loop(run, progress=progress, cancel=cancel, began=began)
        finally:
            run.close()
        return SuggestReport(
            run.done,
            run.added,
            tuple(run.failures),
            cancelled,
            time.monotonic() - began,
            relations=run.relations_added,
        )
    finally:
        project.close()


def _loop(
    run: _Run,
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
        finished: list[tuple[int, ChangeSet | None]] = []
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


def _assign(run: _Run) -> None:
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


def _expire(run: _Run) -> list[tuple[int, ChangeSet | None]]:
    out: list[tuple[int, ChangeSet | None]] = []
    for worker in list(run.workers):
        if not worker.overdue(run.time_limit):
            continue
        if worker.job is None and worker.ready:
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
    run: _Run, total: int, began: float, doc_id: int, change: ChangeSet | None
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
