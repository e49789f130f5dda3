"""Export says plainly what it will do when Folder names a file, and what a separate-layer
export replaces.

A file named as the folder was refused with "choose another name or allow
overwriting it", a switch the dialog does not have. Exporting the separate
layers again asked to replace the whole folder and warned that it "does not look
like an earlier export" (it has each annotator's folder, no card of its own),
while only the annotators' folders are replaced.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from annotator.gui.export.dialog import ExportDialog
from tests.gui.helpers import in_export_dialog, merged_team_window


def _press_export(qtbot, dialog: ExportDialog) -> None:
    for box in dialog.status_checks.values():
        box.setChecked(True)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)


def test_a_file_named_as_the_folder_says_what_to_do(qtbot, make_window, demo_path, tmp_path):
    window = make_window(demo_path)
    target = tmp_path / "ds.jsonl"
    target.write_text("mine\n", encoding="utf-8")
    report: list[str] = []

    def act(dialog: ExportDialog) -> None:
        dialog.out_edit.setText(str(target))
        _press_export(qtbot, dialog)
        report.append(dialog.report.toPlainText())

    in_export_dialog(qtbot, window, act)
    assert report[0].startswith("Nothing was written.")
    assert f"{target} is a file, and an export is a folder of files" in report[0]
    assert "Browse" in report[0] and "allow overwriting" not in report[0]
    assert target.read_text(encoding="utf-8") == "mine\n"


def _separate_export(qtbot, dialog: ExportDialog, out) -> None:
    dialog.format_box.setCurrentText("jsonl")
    dialog.layer_box.setCurrentText("separate")
    dialog.out_edit.setText(str(out))
    _press_export(qtbot, dialog)


def test_separate_layers_again_names_the_folders_it_replaces(qtbot, make_window, tmp_path):
    window = merged_team_window(make_window, tmp_path)
    window.team.dialog.close()  # the merge's report
    out = tmp_path / "layers"
    asked: list[str] = []

    def act(dialog: ExportDialog) -> None:
        _separate_export(qtbot, dialog, out)  # a new folder: written without a question
        qtbot.waitUntil(lambda: dialog.result_ is not None and dialog.task is None, timeout=30_000)
        (out / "notes.txt").write_text("mine", encoding="utf-8")
        _separate_export(qtbot, dialog, out)
        question = dialog.last_question
        assert isinstance(question, QMessageBox) and question.isVisible()
        asked.append(question.windowTitle())
        asked.append(question.text())
        replace = next(b for b in question.buttons() if b.text() == "Replace")
        qtbot.mouseClick(replace, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.task is None, timeout=30_000)

    in_export_dialog(qtbot, window, act)
    title, text = asked
    assert title == "Replace the annotators' folders?"
    assert "each annotator's layer into a folder of its own" in text
    assert "• an/" in text and "• binh/" in text and "• chi/" in text
    assert f"Everything else in {out} stays as it is" in text
    assert "notes.txt" not in text and "does not look like an earlier export" not in text
    assert (out / "notes.txt").read_text(encoding="utf-8") == "mine"
    assert sorted(p.name for p in out.iterdir()) == ["an", "binh", "chi", "notes.txt"]
