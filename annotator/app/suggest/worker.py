"""The worker process that runs the suggesters, and the calling side's handle on it.

Each worker loads underthesea (and the trained model) once, then serves
texts over a pipe: (doc_id, text) in, ("ok", doc_id, (spans, relations)) or
("error", doc_id, reason) out. Loading is announced with "ready" (or
"broken"), so the calling process can tell a slow start from a dead one.
"""

from __future__ import annotations

import time
from collections import deque
from contextlib import suppress
from multiprocessing.connection import Connection
from typing import Any

from annotator.nlp.pipeline import Pipeline, PipelineConfig, with_base_model, without_base_model

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


def worker_main(conn: Connection, config: PipelineConfig) -> None:
    """Serve (doc_id, text) requests until told to stop (None) or the pipe closes.

    A calling process stopped meanwhile (Ctrl+C, `kill`) leaves nobody to
    answer: the worker ends quietly. It printed a BrokenPipeError traceback
    into the terminal the command had just given back.
    """
    with suppress(BrokenPipeError, ConnectionResetError):
        _serve(conn, config)


def _serve(conn: Connection, config: PipelineConfig) -> None:
    try:
        pipeline = Pipeline(with_base_model(config))
        # underthesea loads its models on first use: do it before the clock runs.
        pipeline.suggest(WARM_UP)
        conn.send(("ready", None, None))
    except (BrokenPipeError, ConnectionResetError):
        raise
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
        conn.send(_answer(pipeline, doc_id, text))


def _answer(pipeline: Pipeline, doc_id: int, text: str) -> tuple[str, int, Any]:
    """One document's suggestions as plain tuples, or the reason it failed."""
    try:
        spans, relations = pipeline.suggest_with_relations(text)
    except Exception as exc:  # one document's failure must not end the worker
        return ("error", doc_id, f"{type(exc).__name__}: {exc}")
    found = [(s.start, s.end, s.label, s.suggester, s.score) for s in spans]
    links = [(r.head, r.tail, r.type, RELATIONS_SUGGESTER, r.confidence) for r in relations]
    return ("ok", doc_id, (found, links))


class Worker:
    """One worker process, its pipe, and the documents sent to it, oldest first.

    A worker holds the document it works on and, when both are short, the
    next one, so it does not wait while the calling process stores a result.
    Two short texts always fit in the pipe's buffer, so sending never blocks
    on a worker that is itself blocked sending a result.
    """

    def __init__(self, context: Any, config: PipelineConfig) -> None:
        self.conn, child = context.Pipe()
        sent = without_base_model(config)
        self.process = context.Process(target=worker_main, args=(child, sent), daemon=True)
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
