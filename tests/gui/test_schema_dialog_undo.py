"""Ctrl+Z in the label-schema dialog takes back schema changes, never the text's edits behind it.

The dialog is modal over the document: an annotation undone from there went
out of sight. After the dialog closes, the window's Ctrl+Z takes back the
last schema change first (one step), then the annotations as before.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from annotator.gui.schema_dialog import SchemaDialog
from tests.gui.helpers import NAME, click_text, seed_doc_id, stored_spans

CTRL = Qt.KeyboardModifier.ControlModifier


def _label_the_name(qtbot, window) -> int:
    """Open the seed article and label the name PER with the keyboard."""
    doc_id = seed_doc_id(window.project)
    window.open_document(doc_id)
    qtbot.waitUntil(lambda: window.editor.document_id() == doc_id)
    start = window.project.document(doc_id).text.index(NAME)
    click_text(qtbot, window.editor, start)
    for _ in range(3):  # Phan, Việt, Cường
        qtbot.keyClick(window.editor, Qt.Key.Key_Right, CTRL | Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(window.editor, "1")
    return doc_id


def _in_schema_dialog(qtbot, window, inside) -> None:
    """Open Edit ▸ Label schema… and run `inside(dialog)` while it is up, then close it."""
    seen = []

    def run() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, SchemaDialog)
        dialog.activateWindow()  # the keys go where a click on it would send them
        qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
        try:
            inside(dialog)
            seen.append(dialog)
        finally:
            dialog.accept()

    QTimer.singleShot(0, run)
    window.commands.schema.trigger()
    assert seen, "the checks inside the dialog did not finish"
    assert window.commands.undo.isEnabled()  # greyed only while the dialog was up
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def _names(dialog) -> list[str]:
    return [dialog.labels.topLevelItem(i).text(0) for i in range(dialog.labels.topLevelItemCount())]


def test_ctrl_z_in_the_schema_dialog_leaves_the_annotation_behind_it(qtbot, make_window, demo_path):
    window = make_window(demo_path)
    doc_id = _label_the_name(qtbot, window)
    assert [s.label for s in stored_spans(demo_path, doc_id)] == ["PER"]

    def inside(dialog) -> None:
        assert not window.commands.undo.isEnabled()  # Edit ▸ Undo is greyed behind it
        qtbot.keyClick(dialog.labels, Qt.Key.Key_Z, CTRL)
        assert [s.label for s in stored_spans(demo_path, doc_id)] == ["PER"]
        assert "Not undone here" in dialog.step_note.text()
        assert "Close this window" in dialog.step_note.text()

    _in_schema_dialog(qtbot, window, inside)
    qtbot.keyClick(window.editor, Qt.Key.Key_Z, CTRL)  # the window's undo reaches it
    assert stored_spans(demo_path, doc_id) == []


def test_schema_changes_undo_and_redo_inside_then_one_step_each_after(
    qtbot, make_window, demo_path
):
    window = make_window(demo_path)
    doc_id = _label_the_name(qtbot, window)

    def inside(dialog) -> None:
        dialog.add_label("CHỨC_DANH", key="q")
        assert "CHỨC_DANH" in _names(dialog)
        qtbot.keyClick(dialog.labels, Qt.Key.Key_Z, CTRL)
        assert "CHỨC_DANH" not in _names(dialog)
        assert dialog.step_note.text().startswith("Undone")
        qtbot.keyClick(dialog.labels, Qt.Key.Key_Y, CTRL)
        assert "CHỨC_DANH" in _names(dialog)
        assert dialog.step_note.text().startswith("Redone")
        dialog.rename_label("PER", "NGƯỜI")
        assert [s.label for s in stored_spans(demo_path, doc_id)] == ["NGƯỜI"]
        assert dialog.step_note.text() == ""  # the redo's line went with the next edit

    _in_schema_dialog(qtbot, window, inside)
    qtbot.keyClick(window.editor, Qt.Key.Key_Z, CTRL)  # the rename, spans with it
    assert [s.label for s in stored_spans(demo_path, doc_id)] == ["PER"]
    assert "CHỨC_DANH" in window.project.schema().label_names()
    qtbot.keyClick(window.editor, Qt.Key.Key_Z, CTRL)  # the added label
    assert "CHỨC_DANH" not in window.project.schema().label_names()
    assert [s.label for s in stored_spans(demo_path, doc_id)] == ["PER"]
    qtbot.keyClick(window.editor, Qt.Key.Key_Z, CTRL)  # then the annotation
    assert stored_spans(demo_path, doc_id) == []
