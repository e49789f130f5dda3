"""Filling the full-text index in the background while the project is open in the window.

A large import leaves most of its documents waiting for the search index
(store.search_backlog). When such a project is opened, and after an import
in the window, a `ThreadJob` fills the index on a connection of its own, one
short transaction per batch, so edits in the window wait at most a batch for
the lock. The status bar counts it ("Indexing for search: 4,200 of 9,000")
and the search panel says its results may miss the documents not yet done.
Closing the window stops it between batches: what it committed stays
indexed, the rest waits for the next opening.

Another program may add to the backlog while the window is open (a command
line import): a second after another connection last committed (the project
watcher sees it), and when a fill ends, the count is read again (one COUNT
of a small table) and the filling resumes. Texts a fill left out because they are
damaged are announced (`leftOut`), so the status bar and the search panel
can say search cannot find them.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from annotator.core.errors import AnnotatorError
from annotator.gui.jobs import ThreadJob
from annotator.store import open_project

QUIET_MS = 1000


def _fill(path: Path):
    """The job: index what waits in `path`, sending (done, total) after each batch."""

    def run(emit, cancel) -> int:
        project = open_project(path)
        try:
            return project.index_waiting(
                progress=lambda done, total: emit((done, total)), cancel=cancel
            )
        finally:
            project.close()

    return run


class SearchIndexer(QObject):
    """One window's background filling of the search index.

    `progress(done, total)` after each batch; `waiting(count)` whenever the
    number of documents search may miss changes (0 once it is done);
    `leftOut([(doc id, why)])` for the documents left out as damaged.
    """

    progress = Signal(int, int)
    waiting = Signal(int)
    leftOut = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._job: ThreadJob | None = None
        self._path: Path | None = None
        self._project: Any = None
        # Another program's commits come in bursts (an import's batches): count
        # again once it has been quiet this long, instead of fighting it for the lock.
        self._quiet = QTimer(self, singleShot=True, interval=QUIET_MS)
        self._quiet.timeout.connect(self.refresh)

    @property
    def running(self) -> bool:
        return self._job is not None

    def start(self, project: Any, path: Path) -> None:
        """Fill the index of `project` (the window's) if documents wait and it can be written."""
        self.stop()
        self._project, self._path = project, path
        self.refresh()

    def soon(self) -> None:
        """Another program committed: `refresh` once it has been quiet for `QUIET_MS`."""
        self._quiet.start()

    def refresh(self) -> None:
        """Count what waits again (another program may have added to it); fill it if need be."""
        project, path = self._project, self._path
        if project is None or path is None or self._job is not None:
            return
        try:
            count = project.search_waiting()
            self.leftOut.emit(project.search_unreadable())
        except AnnotatorError:
            return  # the project is closing, or its file is gone: the window says so
        self.waiting.emit(count)
        if not count or project.read_only:
            return
        self.progress.emit(0, count)
        job = ThreadJob(_fill(path), self)
        job.partial.connect(self._batch)
        job.done.connect(lambda _count: self._ended(again=True))
        job.failed.connect(lambda _message: self._ended(again=False))
        self._job = job
        job.start()

    def stop(self) -> None:
        """Stop between batches and wait for the thread (the project is closing)."""
        job, self._job = self._job, None
        self._project = None
        self._quiet.stop()
        if job is not None:
            job.stop()
            self.waiting.emit(0)

    def _batch(self, value: tuple[int, int]) -> None:
        done, total = value
        self.progress.emit(done, total)
        self.waiting.emit(total - done)

    def _ended(self, *, again: bool) -> None:
        """Done: count again (more may have come meanwhile). Failed: the count stays as it was."""
        self._job = None
        self.progress.emit(0, 0)
        if again:
            self.refresh()
