"""The open project as Qt sees it: one session and one signal for every change."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from annotator.core.changes import ChangeSet
from annotator.core.operations import Operation


class ProjectContext(QObject):
    """Owns the project and its session for one window.

    Every view listens to `changed`, whoever applied the operation, so the
    views never need to know about each other. `source` is the object that
    caused the change, letting a view skip changes it already shows.
    """

    changed = Signal(object, object)  # ChangeSet, source

    def __init__(self, project, path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.project = project
        self.path = path
        self.session = project.session()

    def apply(self, operation: Operation, *, source: object = None) -> ChangeSet:
        """Apply one operation through the session and tell every view."""
        changes = self.session.apply(operation, origin=source)
        self.notify(changes, source=source)
        return changes

    def notify(self, changes: ChangeSet | None, *, source: object = None) -> None:
        """Announce a change that was applied elsewhere (the editor, a worker)."""
        if changes is not None and not changes.empty:
            self.changed.emit(changes, source)

    def undo(self) -> ChangeSet | None:
        changes = self.session.undo()
        self.notify(changes, source=self)
        return changes

    def redo(self) -> ChangeSet | None:
        changes = self.session.redo()
        self.notify(changes, source=self)
        return changes

    def close(self) -> None:
        self.project.close()
