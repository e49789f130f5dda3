"""A linguist's two most frequent waits on the demo project, in the real main window:
going to the next document (Down in the document list) and Ctrl+Z of a label given in
another document (the window goes back to it and shows the span).

Each is timed until the window has handled it and the editor has painted: Ctrl+Z
from the key press, the switch from the moment the list opens the document (an
arrow key waits OPEN_DELAY_MS first, on purpose, so that holding it down skips
the documents passed). Budget: median and p95 <= 100 ms; run with `make bench` (figures printed).
"""

from __future__ import annotations

import statistics
import time

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.benchmarks.test_window_bench import _p95
from tests.gui.conftest import demo_path, make_window, private_settings  # noqa: F401
from tests.gui.helpers import drag_select

ROUNDS = 30


def _timed(window, act) -> float:
    began = time.perf_counter()
    act()
    QApplication.processEvents()
    window.editor.viewport().repaint()
    return (time.perf_counter() - began) * 1000


def _switches(qtbot, window, ids: list[int]) -> list[float]:
    panel = window.documents
    window.open_document(ids[0])
    panel.table.setFocus()
    times = []
    for n in range(1, ROUNDS + 1):
        key = Qt.Key.Key_Home if n % len(ids) == 0 else Qt.Key.Key_Down
        qtbot.keyClick(panel.table, key)
        assert panel._open_timer.isActive()
        panel._open_timer.stop()  # what its timeout does, timed
        times.append(_timed(window, lambda: panel._on_clicked(panel.table.currentIndex())))
        assert window.current_doc_id() == ids[n % len(ids)]
    return times


def _undos(qtbot, window, ids: list[int]) -> list[float]:
    editor, times = window.editor, []
    ctrl_z = (Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    for n in range(ROUNDS):
        window.open_document(ids[n % 2])
        drag_select(qtbot, editor, 0, 3)
        qtbot.keyClick(editor, Qt.Key.Key_4)  # LOC
        window.open_document(ids[2])
        editor.setFocus()
        times.append(_timed(window, lambda: qtbot.keyClick(editor, *ctrl_z)))
        assert window.current_doc_id() == ids[n % 2]  # the undo went back to its document
    return times


def test_switch_and_undo_on_the_demo_project(qtbot, make_window, demo_path) -> None:  # noqa: F811
    window = make_window(demo_path)
    ids = window.project.document_ids()
    switches = _switches(qtbot, window, ids)
    undos = _undos(qtbot, window, ids)
    for name, values in (("switch document (Down)", switches), ("undo elsewhere (Ctrl+Z)", undos)):
        print(
            f"\n{name}: median {statistics.median(values):.1f} ms, "
            f"p95 {_p95(values):.1f} ms, max {max(values):.1f} ms over {len(values)}"
        )
    assert statistics.median(switches) <= 100 and _p95(switches) <= 100
    assert statistics.median(undos) <= 100 and _p95(undos) <= 100
