"""The keyboard back in the window a dialog came from, once the dialog closes.

Ctrl+, did nothing right after the export dialog was closed: the dialog had
the keyboard, and when it went nothing gave it back, so no window of the
program was active and the window's shortcuts (which listen in the active
window) heard no key until the linguist clicked in it. A window manager
often does this for a dialog's parent, but not every one does, nor does a
bare X server; the window now asks for the keyboard itself, and puts it
back in the widget that had it (the text, usually).

Every modal question goes through here: `run_modal` (exec) or `open_modal`
(open) for a dialog of our own, `keys_kept` around Qt's ready-made questions (QInputDialog.getText,
QColorDialog.getColor), which run their own loop.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QWidget


def keys_back_after(dialog: QDialog, window: QWidget, fallback: QWidget | None = None) -> None:
    """When `dialog` closes, `window` is active again with the keys where they were (or in
    `fallback` when they were nowhere). Call it before `exec()` or `open()`.

    A report comes when a task's progress box goes, which had the keys: where they
    were is then where they last were in `window` (its own focus widget, kept while
    another window has the keys), the text usually, not nowhere."""
    before = QApplication.focusWidget()
    if before is None or before.window() is not window:
        before = window.focusWidget() or fallback
    dialog.finished.connect(lambda _result: give_keys_back(window, before))


def run_modal(dialog: QDialog, fallback: QWidget | None = None) -> int:
    """`dialog.exec()`, with the keys back in the window it was opened over once it closes."""
    parent = dialog.parentWidget()
    if parent is not None:
        keys_back_after(dialog, parent.window(), fallback)
    return dialog.exec()


def open_modal(dialog: QDialog, fallback: QWidget | None = None) -> None:
    """`dialog.open()` (modal over its window, the event loop running on), with the keys
    back in that window once it closes."""
    parent = dialog.parentWidget()
    if parent is not None:
        keys_back_after(dialog, parent.window(), fallback)
    dialog.open()


@contextmanager
def keys_kept(parent: QWidget) -> Iterator[None]:
    """Around one of Qt's ready-made modal questions asked over `parent`: the keys back in
    its window, where they were, once it is answered."""
    window = parent.window()
    before = QApplication.focusWidget()
    if before is None or before.window() is not window:
        before = None
    try:
        yield
    finally:
        give_keys_back(window, before)


def give_keys_back(window: QWidget, focus: QWidget | None) -> None:
    """Make `window` the active window again, with the keyboard in `focus` if it still shows."""
    focus = _alive(focus)
    if _alive(window) is None or not window.isVisible():
        return
    window.activateWindow()
    if focus is not None and focus.isVisible() and focus.window() is window:
        focus.setFocus(Qt.FocusReason.ActiveWindowFocusReason)
    elif QApplication.focusWidget() is None:
        window.setFocus(Qt.FocusReason.ActiveWindowFocusReason)


def shown_windows() -> set[QWidget]:
    """The program's windows on screen (not menus or tooltips)."""
    kinds = (Qt.WindowType.Window, Qt.WindowType.Dialog, Qt.WindowType.Tool)
    return {w for w in QApplication.topLevelWidgets() if w.isVisible() and w.windowType() in kinds}


def keys_back_if_lost(window: QWidget, focus: QWidget | None, before: set[QWidget]) -> None:
    """After a progress dialog goes: the keys back where they were when it came (`focus`, in
    `window` or a window of its own), unless a window has them or a new one (a run's report
    box, shown since `before`) is taking them. The window active again with no widget of
    its own holding the keys has lost them too: typed keys went nowhere in the text."""
    if shown_windows() - before - {window}:
        return
    active = QApplication.activeWindow()
    if active is not None and not (
        active is window and QApplication.focusWidget() in (None, window)
    ):
        return
    focus = _alive(focus)  # the widget that had the keys may have gone while the task ran
    if focus is not None and focus.isVisible():
        window = focus.window()
    give_keys_back(window, focus)


def _alive(widget: QWidget | None) -> QWidget | None:
    """`widget`, or None when Qt has deleted it (a page rebuilt, a document closed)."""
    return widget if widget is not None and shiboken6.isValid(widget) else None
