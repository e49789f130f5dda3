"""File ▸ Export into a folder that already holds files names them and asks: replace,
choose another folder, or stop. A replacement that fails (a full disk) leaves the old
files as they were and nothing half written beside them.

Before, the dialog refused such a folder with a line in its report, or, with
"Replace the folder if it exists" ticked beforehand, replaced it without a
word about what it held, files that were never an export included.
"""

from __future__ import annotations

import errno
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from annotator.app.exporting import atomic
from annotator.gui import file_dialogs
from annotator.gui.export.dialog import ExportDialog
from tests.gui.helpers import in_export_dialog


def _press_export(qtbot, dialog: ExportDialog) -> QMessageBox:
    """Press Export over every document; the question about the folder comes first."""
    for box in dialog.status_checks.values():
        box.setChecked(True)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    question = dialog.last_question
    assert isinstance(question, QMessageBox) and question.isVisible()
    return question


def _answer(qtbot, question: QMessageBox, text: str) -> None:
    button = next(b for b in question.buttons() if b.text() == text)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _write_bare_documents_too(qtbot, dialog: ExportDialog) -> None:
    """The demo's documents hold no accepted annotation: say yes to writing them."""
    question = dialog.last_question
    qtbot.mouseClick(question.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)


def _earlier_conll_export(folder: Path) -> None:
    folder.mkdir()
    (folder / "all.conll").write_text("Hà\tB-LOC\n", encoding="utf-8")
    (folder / "README.md").write_text("# an earlier export\n", encoding="utf-8")


def test_export_into_an_earlier_export_names_its_files_and_replaces_on_request(
    qtbot, make_window, demo_path, tmp_path, monkeypatch
):
    window = make_window(demo_path)
    out, elsewhere = tmp_path / "ds", tmp_path / "elsewhere"
    _earlier_conll_export(out)
    elsewhere.mkdir()
    monkeypatch.setattr(file_dialogs, "existing_directory", lambda *_a, **_k: str(elsewhere))
    asked: list[str] = []

    def act(dialog: ExportDialog) -> None:
        dialog.format_box.setCurrentText("jsonl")
        dialog.out_edit.setText(str(out))
        question = _press_export(qtbot, dialog)
        asked.append(question.text())
        assert question.defaultButton() is question.button(QMessageBox.StandardButton.Cancel)
        qtbot.mouseClick(
            question.button(QMessageBox.StandardButton.Cancel), Qt.MouseButton.LeftButton
        )
        assert sorted(p.name for p in out.iterdir()) == ["README.md", "all.conll"]
        _answer(qtbot, _press_export(qtbot, dialog), "Choose another folder…")
        assert dialog.out_edit.text() == str(elsewhere / "ds")
        dialog.out_edit.setText(str(out))
        _answer(qtbot, _press_export(qtbot, dialog), "Replace")
        _write_bare_documents_too(qtbot, dialog)
        qtbot.waitUntil(lambda: dialog.result_ is not None and dialog.task is None, timeout=30_000)

    in_export_dialog(qtbot, window, act)
    assert "all.conll" in asked[0] and "README.md" in asked[0]
    assert "removes everything listed" in asked[0]
    assert "does not look like an earlier export" not in asked[0]
    assert sorted(p.name for p in out.iterdir()) == ["README.md", "all.jsonl"]  # no mix
    assert not list(elsewhere.iterdir())


def test_a_folder_that_is_no_export_is_said_so(qtbot, make_window, demo_path, tmp_path):
    window = make_window(demo_path)
    out = tmp_path / "thesis"
    out.mkdir()
    for name in ["chapter1.docx", *(f"data{i}.csv" for i in range(10))]:
        (out / name).write_text("mine", encoding="utf-8")
    asked: list[str] = []

    def act(dialog: ExportDialog) -> None:
        dialog.out_edit.setText(str(out))
        question = _press_export(qtbot, dialog)
        asked.append(question.text())
        qtbot.mouseClick(
            question.button(QMessageBox.StandardButton.Cancel), Qt.MouseButton.LeftButton
        )

    in_export_dialog(qtbot, window, act)
    assert "does not look like an earlier export" in asked[0]
    assert "chapter1.docx" in asked[0] and "… and 3 more" in asked[0]
    assert len(list(out.iterdir())) == 11  # stopped: untouched


def test_a_full_disk_while_replacing_keeps_the_old_export_whole(
    qtbot, make_window, demo_path, tmp_path, monkeypatch
):
    window = make_window(demo_path)
    out = tmp_path / "ds"
    _earlier_conll_export(out)

    def disk_full(_root: Path) -> None:
        raise OSError(errno.ENOSPC, "No space left on device", str(_root / "all.jsonl"))

    monkeypatch.setattr(atomic, "_sync_tree", disk_full)
    report: list[str] = []

    def act(dialog: ExportDialog) -> None:
        dialog.format_box.setCurrentText("jsonl")
        dialog.out_edit.setText(str(out))
        _answer(qtbot, _press_export(qtbot, dialog), "Replace")
        _write_bare_documents_too(qtbot, dialog)
        qtbot.waitUntil(lambda: dialog.task is None, timeout=30_000)
        report.append(dialog.report.toPlainText())

    in_export_dialog(qtbot, window, act)
    assert "disk is full" in report[0]
    assert sorted(p.name for p in out.iterdir()) == ["README.md", "all.conll"]
    assert (out / "all.conll").read_text(encoding="utf-8") == "Hà\tB-LOC\n"
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".ds")]  # nothing beside
