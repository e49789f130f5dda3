"""The open project as Qt sees it: one session and one signal for every change."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Signal

from annotator.app.suggest.withdrawing import WITHDRAW
from annotator.core.changes import ChangeSet
from annotator.core.model import IN_PROGRESS, NEW
from annotator.core.operations import (
    AcceptSpanAs,
    AddRelation,
    AddSpan,
    Batch,
    DeleteRelation,
    DeleteSpan,
    DeleteSpans,
    Operation,
    RelabelSpan,
    SetNote,
    SetRelationStates,
    SetSpanState,
    SetSpanStates,
    SetStatus,
)
from annotator.gui.project_watch import ProjectWatcher
from annotator.store.errors import ProjectFileError

# The batch that puts a new document in progress with its first edit: named by that edit.
FIRST_EDIT = "first edit of a new document"


class EditingSession:
    """The session the editor writes through.

    The first edit of a document whose status is still new also sets it in
    progress, in the same transaction and the same undo step, so one Ctrl+Z
    takes back both and nothing else enters the history.
    """

    # An annotator's own edits of a document (its annotations, its note). Anything
    # else (schema changes, suggestions arriving, status) leaves a new document new.
    EDITS = (
        SetNote,
        AddSpan,
        DeleteSpan,
        DeleteSpans,
        RelabelSpan,
        SetSpanState,
        SetSpanStates,
        AcceptSpanAs,
        AddRelation,
        DeleteRelation,
        SetRelationStates,
    )

    def __init__(self, session, on_file_failure=None) -> None:
        self._session = session
        self._on_file_failure = on_file_failure
        self.doc_id: int | None = None
        self.doc_status: str | None = None
        # Called with each change this window's linguist made, once it is saved.
        self.after_write: Any = None

    def _guarded(self, call, *args):
        """Run a write; a failure of the file itself (gone, locked, full) is also reported."""
        try:
            changes = call(*args)
        except ProjectFileError as exc:
            self.report_failure(exc)
            raise
        if changes is not None and self.after_write is not None:
            self.after_write(changes)
        return changes

    def report_failure(self, exc: ProjectFileError) -> None:
        """Say a failure of the file as a refused edit's is said (once, with Save as…)."""
        if self._on_file_failure is not None:
            self._on_file_failure(exc)

    def replace(self, session) -> None:
        self._session = session

    def show(self, doc_id: int | None, status: str | None) -> None:
        self.doc_id, self.doc_status = doc_id, status

    def apply(self, op: Operation, origin: object = None) -> ChangeSet:
        if self._starts_document(op):
            start = SetStatus(doc_id=self.doc_id, status=IN_PROGRESS)
            op = Batch(operations=(op, start), description=FIRST_EDIT)
        changes = self._guarded(self._session.apply, op, origin)
        if self.doc_id in changes.status_changed:
            self.doc_status = IN_PROGRESS if self.doc_status == NEW else self.doc_status
        return changes

    def _starts_document(self, op: Operation) -> bool:
        if self.doc_id is None or self.doc_status != NEW:
            return False
        if isinstance(op, Batch) and op.description == WITHDRAW:
            return False  # the suggest run's, not the linguist's
        if isinstance(op, Batch):
            return any(self._starts_document(part) for part in op.operations)
        if not isinstance(op, self.EDITS):
            return False
        target = getattr(op, "doc_id", self.doc_id)  # span and relation ids: the open document
        return target == self.doc_id

    def undo(self, origin: object = None) -> ChangeSet | None:
        return self._guarded(self._session.undo, origin)

    def redo(self, origin: object = None) -> ChangeSet | None:
        return self._guarded(self._session.redo, origin)

    def can_undo(self) -> bool:
        return self._session.can_undo()

    def can_redo(self) -> bool:
        return self._session.can_redo()

    @property
    def annotator(self) -> str:
        return self._session.annotator


class ProjectContext(QObject):
    """Owns the project and its session for one window.

    Every view listens to `changed`, whoever applied the operation, so the
    views never need to know about each other. `source` is the object that
    caused the change, letting a view skip changes it already shows.
    """

    changed = Signal(object, object)  # ChangeSet, source
    fileFailed = Signal(object)  # a ProjectFileError met by any write of this window

    EXTERNAL = "another window or process"  # the source of changes the watcher found

    def __init__(self, project, path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.project = project
        self.path = path
        self.store_session = project.session(register=True)
        self.session = EditingSession(self.store_session, self.fileFailed.emit)
        self.watcher = ProjectWatcher(project, self.store_session, self)
        self.watcher.changed.connect(lambda changes: self.notify(changes, source=self.EXTERNAL))
        # The latest suggest report of this window: what the memory held back and withdrew
        # (Annotate ▸ Held back by the memory… counts it per surface).
        self.last_suggest: Any = None

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
        changes = self.session.undo(self)
        self.notify(changes, source=self)
        return changes

    def redo(self) -> ChangeSet | None:
        changes = self.session.redo(self)
        self.notify(changes, source=self)
        return changes

    def set_annotator(self, name: str) -> None:
        """Sign the next edits with `name`; Ctrl+Z still reaches this window's earlier ones."""
        if name == self.store_session.annotator:
            return
        self.project.annotator = name
        session = self.project.session(name, register=True)
        session.continue_from(self.store_session)
        self.store_session.close()
        self.store_session = session
        self.session.replace(session)
        self.watcher.follow(session)

    def open_elsewhere(self) -> list:
        """Other windows (any process) with this project open now."""
        return self.watcher.others()

    def close(self) -> None:
        self.watcher.stop()
        self.store_session.close()
        self.project.close()
