"""What the registry says after linking is read whole in the status bar at 1280 px, in Vietnamese."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from tests.app._corpus_projects import corpus_file
from tests.gui.i18n_support import vietnamese_interface
from tests.gui.test_window_fit import _message_room

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def test_the_linking_summary_fits_the_status_bar(qtbot, make_window, tmp_path: Path) -> None:
    with vietnamese_interface():
        window = make_window(corpus_file(tmp_path / "corpus.db"), size=(1280, 740))
        qtbot.keyClick(window.editor, Qt.Key.Key_P, CTRL_SHIFT)
        view = window.corpus.registry
        qtbot.mouseClick(view.update_button, Qt.MouseButton.LeftButton)
        status = window.status
        message = status.currentMessage()
        assert message.startswith("Danh mục: ") and "người mới" in message
        window.repaint()
        needed = status.fontMetrics().horizontalAdvance(message)
        assert needed <= _message_room(status), (needed, _message_room(status), message)
