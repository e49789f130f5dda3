"""What the window does when the project file is in trouble: read-only, locked, gone, unsafe.

The store raises typed errors (store.errors) and fills `Project.notices`;
here each becomes a dialog a linguist can act on: a progress dialog with
Cancel while another program holds the write lock, the notices of opening
(a log set aside, a read-only file), Save as… when the file was deleted or
replaced while open, and a cleaned copy for a file holding foreign SQL.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt, QTimer
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from annotator.core.errors import AnnotatorError
from annotator.gui import file_dialogs
from annotator.gui.dialog_keys import open_modal
from annotator.gui.i18n import _tr
from annotator.gui.messages import sentence
from annotator.gui.plaintext import message_box
from annotator.store import open_project
from annotator.store.cleaning import clean_copy
from annotator.store.errors import (
    ProjectFileError,
    ProjectGoneError,
    ReadOnlyProjectError,
    UnsafeProjectError,
)
from annotator.store.lockwait import LockWait


def project_filter() -> str:
    """The file-dialog filter for project files."""
    return _tr("Annotation projects (*.db *.annot *.sqlite);;All files (*)")


# How long the window waits for another program's write lock before it says so.
LOCK_WAIT_SECONDS = 60.0


class LockWaitDialog:
    """A modal progress dialog shown while another program holds the project's write lock.

    Its `report` is the store's wait callback: it runs on the GUI thread in
    the middle of a transaction, so it only repaints and reads the Cancel
    button; the dialog blocks every other input meanwhile.
    """

    def __init__(self, parent: QWidget, path: Path) -> None:
        self._parent = parent
        self._path = path
        self.dialog: QProgressDialog | None = None
        # Reports come every quarter second while waiting; once they stop, the wait is over.
        self._idle = QTimer(parent, singleShot=True, interval=800)
        self._idle.timeout.connect(self.close)

    def report(self, waited: float, limit: float) -> bool:
        if self.dialog is None:
            dialog = QProgressDialog(self._parent)
            dialog.setWindowTitle(_tr("Waiting for the project"))
            dialog.setWindowModality(Qt.WindowModality.WindowModal)
            dialog.setCancelButtonText(_tr("Stop waiting"))
            dialog.setRange(0, int(limit))
            dialog.setMinimumDuration(0)
            dialog.setAutoClose(False)
            dialog.setAutoReset(False)
            self.dialog = dialog
        self.dialog.setLabelText(
            _tr(
                "Another program is writing to {name}.\n"
                "Waiting for it to finish ({waited} s of at most {limit} s)…"
            ).format(name=self._path.name, waited=f"{waited:.0f}", limit=f"{limit:.0f}")
        )
        self.dialog.setValue(int(waited))
        self.dialog.show()
        self._idle.start()
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        return not self.dialog.wasCanceled()

    def close(self) -> None:
        if self.dialog is not None:
            self.dialog.reset()
            self.dialog.hide()
            self.dialog.deleteLater()
            self.dialog = None


def lock_wait(window: QWidget, path: Path) -> tuple[LockWait, LockWaitDialog]:
    waiter = LockWaitDialog(window, path)
    return LockWait(limit=LOCK_WAIT_SECONDS, report=waiter.report), waiter


def open_for_window(window, path: Path):
    """Open `path` for editing if it can be written, else for reading; None after telling why."""
    wait, waiter = lock_wait(window, path)
    try:
        project = open_project(path, access="auto", wait=wait)
        try:
            project.session()  # a new annotator's first write happens here, waiting if need be
        except BaseException:
            project.close()
            raise
    except UnsafeProjectError as exc:
        waiter.close()
        offer_clean_copy(window, path, sentence(exc))
        return None
    except (AnnotatorError, OSError) as exc:
        waiter.close()
        window.warn(_tr("Open project"), exc)
        return None
    waiter.close()
    return project


def show_notices(window, project) -> None:
    """What opening did that the user must know: a log set aside, a read-only file."""
    if project.notices:
        window.warn(
            _tr("Opening {name}").format(name=Path(project.path).name),
            "\n\n".join(sentence(notice) for notice in project.notices),
        )


def offer_clean_copy(window, path: Path, reason: str) -> None:
    box = message_box(window, _tr("Project not opened"), reason, ask=False)
    copy_button = box.addButton(_tr("Make a clean copy…"), QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(QMessageBox.StandardButton.Ok)
    box.finished.connect(lambda _result: _clean_copy_chosen(window, path, box, copy_button))
    open_modal(box)
    window.last_warning = box


def _clean_copy_chosen(window, path: Path, box: QMessageBox, button) -> None:
    if box.clickedButton() is not button:
        return
    suggested = str(path.with_name(path.stem + "-clean" + path.suffix))
    target, _ = file_dialogs.save_file_name(window, _tr("Clean copy"), suggested, project_filter())
    if target:
        make_clean_copy(window, path, Path(target))


def make_clean_copy(window, path: Path, target: Path) -> bool:
    """Write the cleaned copy and open it; False (after telling why) if it cannot be made."""
    try:
        changes = clean_copy(path, target)
    except (AnnotatorError, OSError) as exc:
        window.warn(_tr("Clean copy"), exc)
        return False
    opened = window.open_project_path(target)
    if opened:
        window.status.showMessage(
            _tr("Opened the clean copy (%Ln change(s)).", "", len(changes)),
            8000,
        )
    return opened


def ask_save_as(window) -> None:
    if window.context is None:
        return
    path = window.context.path
    suggested = str(path.with_name(path.stem + "-copy" + path.suffix))
    target, _ = file_dialogs.save_file_name(
        window, _tr("Save project as"), suggested, project_filter()
    )
    if target:
        save_as(window, Path(target))


def save_as(window, target: Path) -> bool:
    """Write the open project to `target` and go on working there."""
    try:
        window.project.save_as(target)
    except (AnnotatorError, OSError) as exc:
        window.warn(_tr("Save as"), exc)
        return False
    window.close_project()
    return bool(window.open_project_path(target))


def ask_save_copy(window) -> None:
    """A copy of the project as it is now, for a stick or a colleague; the window stays here.

    A byte copy of the open file taken while edits go on can catch a
    checkpoint mid-write; this one is made by SQLite's backup API and checked.
    """
    if window.context is None:
        return
    path = window.context.path
    suggested = str(path.with_name(path.stem + "-copy" + path.suffix))
    target, _ = file_dialogs.save_file_name(window, _tr("Save a copy"), suggested, project_filter())
    if target:
        save_copy(window, Path(target))


def save_copy(window, target: Path) -> bool:
    """Write the open project to `target` and go on working in the open one."""
    try:
        written = window.project.save_as(target)
    except (AnnotatorError, OSError) as exc:
        window.warn(_tr("Save a copy"), exc)
        return False
    window.status.showMessage(
        _tr("Copy saved; you are still working in this project. The copy: {copy}").format(
            copy=written
        ),
        8000,
    )
    return True


def file_failed(window, error: ProjectFileError, title: str = "") -> None:
    """An edit met a file-level failure: say so in a dialog, with Save as… where it helps."""
    if window.last_file_failure is error:
        return
    window.last_file_failure = error
    title = title or _tr("Your change was not saved")
    box = message_box(window, title, sentence(error), ask=False)
    if isinstance(error, ProjectGoneError | ReadOnlyProjectError):
        button = box.addButton(_tr("Save as…"), QMessageBox.ButtonRole.AcceptRole)
        box.finished.connect(lambda _r: _then(box, button, lambda: ask_save_as(window)))
    open_modal(box)
    window.last_warning = box


def file_lost(window, error: ProjectGoneError) -> None:
    """The watcher found the file at the project's path no longer the project: say so now."""
    file_failed(window, error, _tr("The project file was changed by another program"))


def _then(box: QMessageBox, button, action: Callable[[], None]) -> None:
    if box.clickedButton() is button:
        action()
