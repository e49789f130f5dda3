"""File ▸ Export says, before writing, how many chosen documents hold no accepted
annotation, and that pending suggestions are not exported; the linguist goes on or stops.

Documents holding only pending suggestions, or nothing, were written as bare text
without a word, and a model trained on them learns that no name is a name.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from annotator.core.operations import AddSuggestions
from annotator.gui.export.dialog import ExportDialog
from tests.gui.helpers import NAME, drag_select, in_export_dialog, seed_doc_id

CTRL = Qt.KeyboardModifier.ControlModifier


def _one_labelled_one_suggested(qtbot, window) -> None:
    """The seed article gets a PER from the keyboard; another one pending suggestions."""
    seed = seed_doc_id(window.project)
    window.open_document(seed)
    start = window.project.document(seed).text.index(NAME)
    drag_select(qtbot, window.editor, start, start + len(NAME))
    qtbot.keyClick(window.editor, Qt.Key.Key_1)
    other = next(i for i in window.project.document_ids() if i != seed)
    words = window.project.document(other).text.split()[0]
    window.context.apply(AddSuggestions(other, ((0, len(words), "ORG", "rules"),)))


def _choose(dialog: ExportDialog, out: Path) -> None:
    for box in dialog.status_checks.values():
        box.setChecked(True)
    dialog.format_box.setCurrentText("jsonl")
    dialog.out_edit.setText(str(out))


def test_export_asks_before_writing_bare_documents(qtbot, make_window, demo_path, tmp_path):
    window = make_window(demo_path)
    _one_labelled_one_suggested(qtbot, window)
    out = tmp_path / "out"
    asked: list[str] = []

    def act(dialog: ExportDialog) -> None:
        _choose(dialog, out)
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
        question = dialog.last_question
        asked.append(question.text())
        assert question.defaultButton() is question.button(QMessageBox.StandardButton.No)
        qtbot.mouseClick(question.button(QMessageBox.StandardButton.No), Qt.MouseButton.LeftButton)
        assert not out.exists()  # stopped: nothing written
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
        question = dialog.last_question
        qtbot.mouseClick(question.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.result_ is not None and dialog.task is None, timeout=30_000)

    in_export_dialog(qtbot, window, act)
    assert "without an accepted annotation: 4 of 5 documents" in asked[0]
    assert "pending suggestions only: 1" in asked[0]
    assert "not exported" in asked[0]
    assert len((out / "all.jsonl").read_text(encoding="utf-8").splitlines()) == 5


def test_a_preview_says_it_and_export_then_writes(qtbot, make_window, demo_path, tmp_path):
    window = make_window(demo_path)
    _one_labelled_one_suggested(qtbot, window)
    out = tmp_path / "previewed"
    seen: dict[str, str] = {}

    def act(dialog: ExportDialog) -> None:
        _choose(dialog, out)
        qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "Press Export" in dialog.report.toPlainText(), timeout=30_000)
        seen["report"] = dialog.report.toPlainText()
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
        assert dialog.last_question is None  # the report said it already
        qtbot.waitUntil(lambda: dialog.result_ is not None and dialog.task is None, timeout=30_000)

    in_export_dialog(qtbot, window, act)
    assert "without an accepted annotation: 4 of 5 documents" in seen["report"]
    assert (out / "all.jsonl").is_file()


def test_every_document_annotated_writes_without_a_question(
    qtbot, make_window, demo_path, tmp_path
):
    window = make_window(demo_path)
    _one_labelled_one_suggested(qtbot, window)
    out = tmp_path / "annotated"

    def act(dialog: ExportDialog) -> None:
        dialog.format_box.setCurrentText("jsonl")
        dialog.out_edit.setText(str(out))
        dialog.status_checks["new"].setChecked(False)
        dialog.status_checks["in_progress"].setChecked(True)  # the seed only: labelled
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
        assert dialog.last_question is None
        qtbot.waitUntil(lambda: dialog.result_ is not None and dialog.task is None, timeout=30_000)

    in_export_dialog(qtbot, window, act)
    assert len((out / "all.jsonl").read_text(encoding="utf-8").splitlines()) == 1
