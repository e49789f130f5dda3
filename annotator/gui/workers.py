"""Running slow app functions off the GUI thread with progress and cancel."""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, QThread, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QProgressDialog, QPushButton, QWidget

from annotator.core.errors import AnnotatorError
from annotator.gui.dialog_keys import keys_back_if_lost, shown_windows
from annotator.gui.i18n import _tr
from annotator.gui.messages import shown
from annotator.gui.plaintext import plain_label


class TaskWorker(QObject):
    """Calls `function(progress=..., cancel=...)` in a QThread.

    The function reports progress through a plain callback and checks the
    threading.Event `cancel`; its result or error comes back as a signal.
    """

    progressed = Signal(int, int, str)
    reported = Signal(object)  # the progress object itself, for callers that need more
    succeeded = Signal(object)
    failed = Signal(str)
    finished = Signal()

    def __init__(self, function: Callable[..., Any], describe: Describe | None = None) -> None:
        super().__init__()
        self._function = function
        self._describe = describe or _progress_values
        self.cancel_event = threading.Event()

    def run(self) -> None:
        try:
            result = self._function(progress=self._report, cancel=self.cancel_event)
        except AnnotatorError as exc:  # a failure the user can act on, in the window's language
            self.failed.emit(shown(exc))
        except Exception as exc:  # the message goes to the user, the trace to stderr
            traceback.print_exc()
            self.failed.emit(f"{type(exc).__name__}: {exc}")
        else:
            self.succeeded.emit(result)
        finally:
            self.finished.emit()

    def _report(self, *args: Any) -> None:
        done, total, message = self._describe(*args)
        self.progressed.emit(done, total, message)
        if len(args) == 1:
            self.reported.emit(args[0])


Describe = Callable[..., tuple[int, int, str]]


def _progress_values(*args: Any) -> tuple[int, int, str]:
    """Accept progress(done, total[, message]) or one object with done/total fields."""
    if len(args) == 1:
        item = args[0]
        done = getattr(item, "done", 0)
        total = getattr(item, "total", 0)
        return int(done), int(total), str(getattr(item, "message", ""))
    message = str(args[2]) if len(args) > 2 else ""
    return int(args[0]), int(args[1]), message


class BackgroundTask(QObject):
    """A TaskWorker in its own thread with a cancellable progress dialog.

    `done(result)` or `error(message)` is emitted on the GUI thread; then
    `ended()` once the thread has stopped.
    """

    done = Signal(object)
    error = Signal(str)
    reported = Signal(object)
    ended = Signal()

    def __init__(
        self,
        *,
        title: str,
        function: Callable[..., Any],
        parent: QWidget,
        describe: Describe | None = None,
    ) -> None:
        super().__init__(parent)
        self.worker = TaskWorker(function, describe)
        self.thread = QThread(self)
        self.worker.moveToThread(self.thread)
        self.dialog = _progress_dialog(title, parent)
        self.dialog.canceled.connect(self.cancel)
        self.thread.started.connect(self.worker.run)
        conn = Qt.ConnectionType.QueuedConnection
        self.worker.progressed.connect(self._on_progress, conn)
        self.worker.reported.connect(self.reported, conn)
        self.worker.succeeded.connect(self.done, conn)
        self.worker.failed.connect(self.error, conn)
        self.worker.finished.connect(self.thread.quit, conn)
        self.thread.finished.connect(self._on_thread_finished)
        self.cancelled = False
        self._focus: QWidget | None = None
        self._windows: set[QWidget] = set()

    def start(self) -> None:
        self._focus = self._keys_now()  # where the keys go back when it ends
        self._windows = shown_windows()
        self.dialog.show()
        self.thread.start()

    def _keys_now(self) -> QWidget | None:
        """The widget with the keys, or the one the window gives them to when the keys are
        still in a window just closed: the demo's run starts as the first-start questions
        close, and their name box was taken for where the keys go back."""
        focus = QApplication.focusWidget()
        if focus is None or not focus.isVisible():
            return self.dialog.parentWidget().window().focusWidget()
        return focus

    def cancel(self) -> None:
        self.cancelled = True
        self.worker.cancel_event.set()
        self.dialog.setLabelText(_tr("Cancelling…"))

    def wait(self, ms: int = 30000) -> bool:
        return self.thread.wait(ms)

    def _on_progress(self, done: int, total: int, message: str) -> None:
        if total > 0:
            self.dialog.setMaximum(total)
            self.dialog.setValue(min(done, total))
        if message and not self.cancelled:
            self.dialog.setLabelText(message)

    def _on_thread_finished(self) -> None:
        """Wait out the thread's own finishing, then report and let go of it.

        `finished` is emitted from inside the thread's finishing, so this
        (queued) slot can run before that finishing is over. Deleting the task
        then destroys a QThread that is still finishing: its destructor waits
        for it while holding Python's lock, which the finishing thread may
        need, and the window hangs. `wait` lets go of that lock while it waits.
        """
        self.thread.wait()
        self.dialog.canceled.disconnect(self.cancel)
        self.dialog.reset()
        self.dialog.hide()
        keys_back_if_lost(self.dialog.parentWidget().window(), self._focus, self._windows)
        self.ended.emit()
        self.worker.deleteLater()
        self.deleteLater()


class TaskProgressDialog(QProgressDialog):
    """The progress of a task, which keeps the window's keys until it ends, and says so.

    The window is blocked on purpose while a task writes (one write path at a
    time), so a label key or an arrow typed meanwhile comes here. It used to
    vanish without a word; now the dialog says why nothing happened and when
    editing resumes. Esc cancels; Enter and Space do not, as a linguist's
    accept keys must not end a run they were not aimed at.
    """

    # Keys that only change the next key (pressed alone they are no attempt to edit).
    MODIFIERS = frozenset(
        {Qt.Key.Key_Shift, Qt.Key.Key_Control, Qt.Key.Key_Alt, Qt.Key.Key_Meta, Qt.Key.Key_AltGr}
    )

    def __init__(self, title: str, parent: QWidget) -> None:
        super().__init__(title, _tr("Cancel"), 0, 0, parent)
        self._message = title
        self.keys_refused = False
        button = self.findChild(QPushButton)
        if button is not None:
            button.setAutoDefault(False)
            button.setDefault(False)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Space is not a click on it

    def setLabelText(self, text: str) -> None:  # noqa: N802 (Qt's name)
        self._message = text
        super().setLabelText(self._with_note(text))

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        event.accept()
        if event.key() == Qt.Key.Key_Escape:
            self.canceled.emit()  # as the button does (QDialog's own Esc only hides it)
            return
        if event.key() not in self.MODIFIERS and not self.keys_refused:
            self.keys_refused = True
            self.setLabelText(self._message)

    def _with_note(self, text: str) -> str:
        if not self.keys_refused:
            return text
        note = _tr(
            "The window takes no keys while this runs: editing resumes when it ends or is "
            "cancelled (Esc)."
        )
        return f"{text}\n\n{note}"


def _progress_dialog(title: str, parent: QWidget) -> QProgressDialog:
    dialog = TaskProgressDialog(title, parent)
    dialog.setLabel(plain_label(title, dialog))  # file names shown literally
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(0)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    return dialog
