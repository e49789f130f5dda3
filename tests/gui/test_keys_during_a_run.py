"""Keys typed while a suggestion run's progress window is up are not lost without a word.

The progress window blocks the main window on purpose (the run writes; one
write path at a time). A linguist who pressed a label key or an arrow then saw
nothing happen and no reason; Enter, their accept key, could end the run. The
progress window now says that editing resumes when the run ends or is
cancelled, and only Esc (or the button) cancels.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from annotator.core.model import ACCEPTED
from tests.gui.helpers import seed_doc_id, stored_spans

pytestmark = pytest.mark.slow

NOTE = {
    "en": "The window takes no keys while this runs: editing resumes when it ends or is "
    "cancelled (Esc).",
    "vi": "Cửa sổ không nhận phím khi việc này đang chạy: có thể sửa tiếp khi nó xong hoặc "
    "bị hủy (Esc).",
}


def _keys_during_a_run(qtbot, window, doc_id: int) -> str:
    """Start suggestions, type as a linguist would into whatever has the keys, then wait."""
    window.open_document(doc_id)
    window.editor.setFocus()
    window.commands.suggest_document.trigger()
    task = window.tasks[0]
    qtbot.waitUntil(task.dialog.isVisible)
    dialog = QApplication.activeModalWidget()
    assert dialog is task.dialog  # the window is blocked: keys go to the progress window
    target = dialog.focusWidget() or dialog
    for key in (Qt.Key.Key_4, Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Space):
        qtbot.keyClick(target, key)
    said = dialog.labelText()
    assert not task.cancelled  # Enter and Space are a linguist's accept keys, not Cancel
    with qtbot.waitSignal(task.ended, timeout=240_000):
        pass
    return said


def test_keys_in_a_run_are_refused_with_a_reason(qtbot, make_window, demo_path) -> None:
    window = make_window(demo_path)
    seed = seed_doc_id(window.project)
    said = _keys_during_a_run(qtbot, window, seed)
    assert said.endswith(NOTE["en"])
    assert not [s for s in stored_spans(demo_path, seed) if s.state == ACCEPTED]  # no key took
    assert "cancelled" not in window.last_report.summary.text()


def test_the_reason_in_vietnamese(qtbot, make_window, demo_path, vietnamese) -> None:
    window = make_window(demo_path)
    said = _keys_during_a_run(qtbot, window, seed_doc_id(window.project))
    assert said.endswith(NOTE["vi"])


def test_esc_still_cancels(qtbot, make_window, demo_path) -> None:
    window = make_window(demo_path)
    window.open_document(seed_doc_id(window.project))
    window.commands.suggest_document.trigger()
    task = window.tasks[0]
    qtbot.waitUntil(task.dialog.isVisible)
    dialog = QApplication.activeModalWidget()
    qtbot.keyClick(dialog.focusWidget() or dialog, Qt.Key.Key_Escape)
    assert task.cancelled
    with qtbot.waitSignal(task.ended, timeout=240_000):
        pass
