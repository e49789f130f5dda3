"""Noticing other windows and processes: what they changed in the project, and that they are open."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from annotator.core.errors import AnnotatorError

POLL_MS = 500
# Checking for other windows reads a table and, for each, asks the OS whether
# its process still runs: every few polls is enough.
INSTANCE_EVERY = 6
# Whether the file at the project's path is still the project's (a stat and a
# header read while nothing changed): every few polls, so a backup put in
# place of the open project is said within seconds, not at the next edit.
FILE_EVERY = 4


class ProjectWatcher(QObject):
    """Polls `PRAGMA data_version` on a timer; when another connection committed,
    reads the action-log rows it wrote and announces them as one ChangeSet.

    Emits `changed(ChangeSet)` for edits made elsewhere (views reload what it
    names), `committed()` whenever another connection committed anything (a
    command line import fills the search backlog without an edit to show),
    `othersChanged(list[OpenSession])` when the set of other windows with
    this project open changes, and `fileLost(error)` once the file at the
    project's path is no longer the project (deleted, replaced, overwritten).
    """

    changed = Signal(object)
    committed = Signal()
    othersChanged = Signal(object)
    fileLost = Signal(object)  # the ProjectGoneError saying so, once

    def __init__(self, project: Any, session: Any, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._project = project
        self._session = session
        self._version = project.data_version()
        self._last = project.last_action()
        self._others: list = session.open_elsewhere()
        self._polls = 0
        self._file_told = False
        self._timer = QTimer(self, interval=POLL_MS)
        self._timer.timeout.connect(self.poll)
        self._timer.start()

    def follow(self, session: Any) -> None:
        """Watch on behalf of a new session of this window (the annotator was renamed)."""
        self._session = session

    def others(self) -> list:
        return list(self._others)

    def stop(self) -> None:
        self._timer.stop()

    def poll(self) -> None:
        """Look once (the timer calls this; tests may too)."""
        try:
            version = self._project.data_version()
            self._polls += 1
            if version != self._version:
                self._version = version
                changes, self._last = self._project.changes_after(
                    self._last, besides=self._session.id
                )
                if not changes.empty:
                    self.changed.emit(changes)
                self.committed.emit()
                self._check_others()
            elif self._polls % INSTANCE_EVERY == 0:
                self._check_others()
            if self._polls % FILE_EVERY == 0:
                self._check_file()
        except AnnotatorError:
            return  # the project is closing; the next window state will tell

    def _check_file(self) -> None:
        if self._file_told:
            return
        lost = self._project.file_lost()
        if lost is not None:
            self._file_told = True
            self.fileLost.emit(lost)

    def _check_others(self) -> None:
        others = self._session.open_elsewhere()
        if [o.id for o in others] != [o.id for o in self._others]:
            self._others = others
            self.othersChanged.emit(others)
