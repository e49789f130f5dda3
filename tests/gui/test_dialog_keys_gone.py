"""Keys given back after a dialog or a task, when the widget that had them is gone.

The first start opens the demo in a background task; the name box that had
the keys when the task began was deleted with its dialog before the task
ended, and giving the keys back to it raised inside Qt's event loop.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from annotator.gui.dialog_keys import give_keys_back, keys_back_if_lost


def _window_with_box(qtbot) -> tuple[QWidget, QLineEdit]:
    window = QWidget()
    qtbot.addWidget(window)
    box = QLineEdit(window)
    QVBoxLayout(window).addWidget(box)
    window.show()
    qtbot.waitExposed(window)
    box.setFocus()
    return window, box


def test_a_deleted_focus_widget_is_passed_over_and_the_window_keeps_the_keys(qtbot) -> None:
    window, box = _window_with_box(qtbot)
    shiboken6.delete(box)
    assert not shiboken6.isValid(box)
    keys_back_if_lost(window, box, set())  # raised RuntimeError before
    give_keys_back(window, box)


def test_a_focus_widget_that_still_shows_gets_the_keys_back(qtbot) -> None:
    window, box = _window_with_box(qtbot)
    other = QLineEdit(window)
    window.layout().addWidget(other)
    other.setFocus()
    give_keys_back(window, box)
    qtbot.waitUntil(lambda: box.hasFocus(), timeout=2000)
