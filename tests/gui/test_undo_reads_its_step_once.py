"""Ctrl+Z into another document reads the step it undid from the history once.

The window asked the history for the step twice (was it a change of the schema?
what words say it?), each time two rows of the log, on every undo and redo.
"""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.gui.helpers import drag_select


def test_an_undo_elsewhere_reads_its_logged_step_once(qtbot, make_window, demo_path) -> None:
    window = make_window(demo_path)
    ids = window.project.document_ids()
    window.open_document(ids[1])
    drag_select(qtbot, window.editor, 0, 3)
    qtbot.keyClick(window.editor, Qt.Key.Key_4)  # LOC
    window.open_document(ids[2])
    statements: list[str] = []
    window.project._conn.set_trace_callback(statements.append)
    try:
        qtbot.keyClick(window.editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    finally:
        window.project._conn.set_trace_callback(None)
    assert window.current_doc_id() == ids[1]  # the undo went back to its document
    assert window.project.spans(ids[1]) == []
    assert window.statusBar().currentMessage().startswith("Undone: label LOC on “")
    step_reads = [s for s in statements if s.startswith("SELECT kind, ref, op, inverse")]
    assert len(step_reads) == 2, step_reads  # the step and the one it answers, once
