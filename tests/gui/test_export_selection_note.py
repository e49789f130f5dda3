"""File ▸ Export says which documents it takes as the choices change, and writes without a
preview: its button stayed grey until Preview was pressed, and a project still in progress
(no document done or reviewed, the default choice) learnt why nothing went out only then."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from annotator.gui.export.dialog import ExportDialog


def _export_dialog(qtbot, window) -> ExportDialog:
    dialog = ExportDialog(window.project, window)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_an_empty_selection_says_why_and_ticking_a_status_lets_export_write(
    qtbot, make_window, demo_path, tmp_path
) -> None:
    window = make_window(demo_path)  # every demo document is new
    dialog = _export_dialog(qtbot, window)
    note = dialog.selection_note
    assert "Nothing would be exported" in note.text()
    assert "5 documents" in note.text() and not dialog.export_button.isEnabled()
    qtbot.mouseClick(dialog.status_checks["new"], Qt.MouseButton.LeftButton)
    assert note.text() == "Export takes 5 of 5 documents."
    assert dialog.export_button.isEnabled()
    dialog.format_box.setCurrentText("jsonl")
    dialog.out_edit.setText(str(tmp_path / "out"))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)  # no preview first
    question = dialog.last_question  # not one is annotated: asked first
    assert question is not None and "5 of 5 documents" in question.text()
    qtbot.mouseClick(question.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result_ is not None and dialog.task is None, timeout=30_000)
    assert "Wrote the dataset" in dialog.report.toPlainText()
    lines = (tmp_path / "out" / "all.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(lines) == 5


def test_the_note_counts_the_documents_a_title_leaves_out(qtbot, make_window, demo_path) -> None:
    window = make_window(demo_path)
    dialog = _export_dialog(qtbot, window)
    qtbot.mouseClick(dialog.status_checks["new"], Qt.MouseButton.LeftButton)
    title = window.project.document_rows()[0].title
    dialog.title_edit.setText(title)
    chosen = len([r for r in window.project.document_rows() if title in r.title])
    assert dialog.selection_note.text().startswith(f"Export takes {chosen} of 5 documents.")
    assert f"The other {5 - chosen} have a status not ticked" in dialog.selection_note.text()
