"""The CRF trainer in a child process: killed at once on cancel, heard at each iteration.

The trainer holds its process's interpreter lock for minutes on a large
corpus, so it runs in a child that the window can stop at once; its
iteration log goes to a file the parent reads as it grows, which moves the
progress bar within a validation fold instead of once per fold.
"""

from __future__ import annotations

import multiprocessing as mp
import os
import re
import tempfile
import threading
from collections.abc import Callable
from multiprocessing.connection import Connection

from annotator.nlp.crf import Example, TrainingCancelled, TrainParams, train_model

# The line the CRF trainer writes to stderr as it starts each L-BFGS iteration.
ITERATION_LINE = re.compile(rb"\*+ Iteration #(\d+) \*+")


def _train_child(conn: Connection, examples: list[Example], params: TrainParams, log: str) -> None:
    # The trainer writes its iteration log to stderr: it goes to `log`, never to the
    # terminal, and the parent reads the iterations there (the trainer holds this
    # process's interpreter lock while it works, so no thread here could pass them on).
    fd = os.open(log, os.O_WRONLY | os.O_APPEND)
    os.dup2(fd, 2)
    os.close(fd)
    try:
        conn.send(("ok", train_model(examples, params=params)))
    except Exception as exc:  # sent to the parent, which raises it there
        conn.send(("error", exc))


class _IterationLog:
    """The last iteration the trainer's log names, read as it grows."""

    def __init__(self, path: str, heard: Callable[[int], None] | None) -> None:
        self.path, self.heard = path, heard
        self.offset, self.last = 0, -1

    def read(self) -> None:
        if self.heard is None:
            return
        with open(self.path, "rb") as handle:
            handle.seek(self.offset)
            chunk = handle.read()
        cut = chunk.rfind(b"\n") + 1  # a line still being written is read next time
        self.offset += cut
        for found in ITERATION_LINE.finditer(chunk[:cut]):
            number = int(found.group(1))
            if number > self.last:
                self.last = number
                self.heard(number)


def train_in_child(
    examples: list[Example],
    *,
    params: TrainParams,
    cancel: threading.Event | None = None,
    on_iteration: Callable[[int], None] | None = None,
) -> bytes:
    """train_model in a child process, killed at once when `cancel` is set; `on_iteration`
    hears of each optimisation step the trainer starts."""
    with tempfile.TemporaryDirectory() as folder:
        log = os.path.join(folder, "trainer.log")
        open(log, "wb").close()
        return _run_child(examples, params, cancel, _IterationLog(log, on_iteration))


def _run_child(
    examples: list[Example],
    params: TrainParams,
    cancel: threading.Event | None,
    log: _IterationLog,
) -> bytes:
    context = mp.get_context("spawn")
    parent, child = context.Pipe(duplex=False)
    process = context.Process(
        target=_train_child, args=(child, examples, params, log.path), daemon=True
    )
    process.start()
    child.close()
    try:
        while not parent.poll(0.2):
            log.read()
            if cancel is not None and cancel.is_set():
                raise TrainingCancelled("Training was cancelled; the previous model is unchanged.")
            if not process.is_alive() and not parent.poll(0):
                raise RuntimeError("The training process stopped unexpectedly.")
        kind, payload = parent.recv()
        log.read()
    finally:
        if process.is_alive():
            process.terminate()
        process.join(timeout=5.0)
        parent.close()
    if kind == "error":
        raise payload
    return payload
