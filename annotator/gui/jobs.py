"""Corpus-wide reads off the GUI thread, with results that arrive as they are found.

A `ThreadJob` runs `function(emit, cancel)` in a QThread: `emit(value)`
sends a partial result (a page of search hits) to the GUI thread as
`partial`, the return value comes as `done`, an error as `failed` (its
message; the trace goes to stderr). No progress dialog: the panels show
their own state and stay usable. The function should open its own
read-only connection (store.CorpusReader) so it never waits for edits.
"""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, QThread, Signal

from annotator.core.errors import AnnotatorError
from annotator.gui.messages import shown

Job = Callable[[Callable[[Any], None], threading.Event], Any]


class _Runner(QObject):
    partial = Signal(object)
    done = Signal(object)
    failed = Signal(str)
    finished = Signal()

    def __init__(self, function: Job, cancel: threading.Event) -> None:
        super().__init__()
        self._function = function
        self._cancel = cancel
        # Set when `run` has returned: waited on by `ThreadJob.stop` without
        # holding the interpreter lock, which the job may need to see its cancel.
        self.ended = threading.Event()

    def run(self) -> None:
        try:
            result = self._function(self.partial.emit, self._cancel)
        except AnnotatorError as exc:
            self.failed.emit(shown(exc))
        except Exception as exc:  # shown to the user; the trace goes to stderr
            if self._cancel.is_set():
                return  # a cancelled read stops where it is (an interrupted statement)
            traceback.print_exc()
            self.failed.emit(f"{type(exc).__name__}: {exc}")
        else:
            self.done.emit(result)
        finally:
            self.ended.set()
            self.finished.emit()


class ThreadJob(QObject):
    """One background read; `ended` once its thread has stopped."""

    partial = Signal(object)
    done = Signal(object)
    failed = Signal(str)
    ended = Signal()

    def __init__(self, function: Job, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.cancel_event = threading.Event()
        self._runner = _Runner(function, self.cancel_event)
        self._thread = QThread(self)
        self._runner.moveToThread(self._thread)
        self._thread.started.connect(self._runner.run)
        queued = Qt.ConnectionType.QueuedConnection
        self._runner.partial.connect(self._forward_partial, queued)
        self._runner.done.connect(self._forward_done, queued)
        self._runner.failed.connect(self._forward_failed, queued)
        self._runner.finished.connect(self._thread.quit, queued)
        self._thread.finished.connect(self._on_finished)
        self.running = False

    def start(self) -> None:
        self.running = True
        self._thread.start()

    def cancel(self) -> None:
        """Ask the job to stop; results it still sends are dropped."""
        self.cancel_event.set()

    def wait(self, ms: int = 30000) -> bool:
        return self._thread.wait(ms)

    def stop(self, ms: int = 30000) -> None:
        """Cancel and wait for the thread (a window closing, a new search).

        The wait is on a Python event, and the thread is told to quit here:
        its queued `finished` would only arrive once this (GUI) thread
        returns to its event loop.
        """
        self.cancel()
        if self.running and self._runner.ended.wait(ms / 1000):
            self._thread.quit()
        self.wait(ms)

    def _forward_partial(self, value: Any) -> None:
        if not self.cancel_event.is_set():
            self.partial.emit(value)

    def _forward_done(self, value: Any) -> None:
        if not self.cancel_event.is_set():
            self.done.emit(value)

    def _forward_failed(self, message: str) -> None:
        if not self.cancel_event.is_set():
            self.failed.emit(message)

    def _on_finished(self) -> None:
        """Wait out the thread's own finishing, then say the job has ended.

        `finished` is emitted from inside the thread's finishing, so this
        (queued) slot can run before that finishing is over; a job let go of
        on `ended` then destroyed a QThread still finishing, whose destructor
        waits for it holding Python's lock, which the finishing thread may
        need: the window hung. `wait` lets go of that lock while it waits
        (as `workers.BackgroundTask` does).
        """
        self._thread.wait()
        self.running = False
        self.ended.emit()
        self._runner.deleteLater()
