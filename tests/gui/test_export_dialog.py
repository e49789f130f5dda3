"""The Export dialog: preview shows the loss report first, then Export writes the dataset."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import Qt

from annotator.gui.export.dialog import ExportDialog
from tests.formats.pipeline import build_project


def _dialog(qtbot, project) -> ExportDialog:
    dialog = ExportDialog(project)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_preview_reports_without_writing_and_export_writes_the_current_choices(
    qtbot, project, tmp_path: Path
) -> None:
    build_project(project)
    dialog = _dialog(qtbot, project)
    dialog.format_box.setCurrentText("conll")
    dialog.block_box.setCurrentText("paragraph")
    dialog.out_edit.setText(str(tmp_path / "ds"))
    assert dialog.export_button.isEnabled()  # a preview is offered, not required
    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Press Export" in dialog.report.toPlainText(), timeout=30000)
    assert "nested or overlapping spans dropped" in dialog.report.toPlainText()
    assert not (tmp_path / "ds").exists()
    qtbot.waitUntil(dialog.export_button.isEnabled, timeout=5000)
    dialog.scheme_box.setCurrentText("bioes")
    assert dialog.previewed is None  # the report no longer matches the choices
    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.export_button.isEnabled, timeout=30000)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result_ is not None and dialog.task is None, timeout=30000)
    assert "Wrote the dataset" in dialog.report.toPlainText()
    conll = (tmp_path / "ds" / "all.conll").read_text(encoding="utf-8")
    assert "\tE-ROLE" in conll and (tmp_path / "ds" / "README.md").is_file()


def test_choices_match_the_cli_options(qtbot, project, tmp_path: Path) -> None:
    build_project(project)
    dialog = _dialog(qtbot, project)
    dialog.format_box.setCurrentText("jsonl")
    dialog.status_checks["done"].setChecked(False)
    dialog.status_checks["new"].setChecked(True)
    dialog.labels_edit.setText("PER, ROLE")
    dialog.pending_check.setChecked(True)
    dialog.region_checks["caption"].setChecked(True)
    dialog.split_edit.setText("8:1:1")
    dialog.seed_spin.setValue(7)
    options = dialog.options()
    assert options.format == "jsonl" and options.split == (8, 1, 1) and options.seed == 7
    assert options.selection.statuses == ("new", "reviewed")
    assert options.selection.labels == ("PER", "ROLE") and options.selection.include_pending
    assert options.selection.skip_regions == ("caption",)


def test_malformed_split_is_explained_and_nothing_runs(qtbot, project, tmp_path: Path) -> None:
    dialog = _dialog(qtbot, project)
    dialog.split_edit.setText("eight:one")
    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    assert "8:1:1" in dialog.report.toPlainText() and dialog.task is None


def test_export_writes_jsonl_after_preview(qtbot, project, tmp_path: Path) -> None:
    build_project(project)
    dialog = _dialog(qtbot, project)
    dialog.format_box.setCurrentText("jsonl")
    dialog.out_edit.setText(str(tmp_path / "j"))
    dialog.preview()
    qtbot.waitUntil(dialog.export_button.isEnabled, timeout=30000)
    dialog.export()
    qtbot.waitUntil(lambda: dialog.result_ is not None and dialog.task is None, timeout=30000)
    rows = [
        json.loads(x)
        for x in (tmp_path / "j" / "all.jsonl").read_text(encoding="utf-8").splitlines()
    ]
    assert len(rows) == 3


def test_cancel_during_export_leaves_no_dataset(qtbot, project, tmp_path: Path) -> None:
    from PySide6.QtCore import QTimer

    build_project(project)
    dialog = _dialog(qtbot, project)
    dialog.format_box.setCurrentText("brat")
    dialog.out_edit.setText(str(tmp_path / "b"))
    dialog.preview()
    assert dialog.export_button.isEnabled()
    QTimer.singleShot(0, dialog.cancel_button.click)
    dialog.export()
    assert "cancelled" in dialog.report.toPlainText()
    assert not (tmp_path / "b").exists()
    assert [p.name for p in tmp_path.iterdir() if not p.name.startswith("project.db")] == []


def test_saved_filter_is_listed_and_fills_the_selection(qtbot, project, tmp_path: Path) -> None:
    build_project(project)
    dialog = _dialog(qtbot, project)
    dialog.status_checks["new"].setChecked(True)
    dialog.title_edit.setText("quang nam")
    dialog.labels_edit.setText("PER")
    dialog.pending_check.setChecked(True)
    dialog.save_current_filter("người Quảng Nam")
    again = _dialog(qtbot, project)
    names = [again.filter_box.itemText(i) for i in range(again.filter_box.count())]
    assert names == ["", "người Quảng Nam"]
    assert again.options().selection.labels == ()
    again.apply_filter("người Quảng Nam")
    selection = again.options().selection
    assert selection.statuses == ("new", "done", "reviewed")
    assert selection.title_contains == "quang nam" and selection.labels == ("PER",)
    assert selection.include_pending
    again.out_edit.setText(str(tmp_path / "f"))
    qtbot.mouseClick(again.preview_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Press Export" in again.report.toPlainText(), timeout=30000)
    assert "Documents: 1\n" in again.report.toPlainText()  # not "all 1"


def test_layers_policy_writes_as_many_tag_columns_as_chosen(qtbot, project, tmp_path: Path) -> None:
    build_project(project)
    dialog = _dialog(qtbot, project)
    dialog.format_box.setCurrentText("conll")
    assert not dialog.layers_spin.isEnabled()
    dialog.overlap_box.setCurrentText("layers")
    assert dialog.layers_spin.isEnabled()
    dialog.layers_spin.setValue(2)
    dialog.out_edit.setText(str(tmp_path / "layers"))
    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.export_button.isEnabled, timeout=30000)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result_ is not None and dialog.task is None, timeout=30000)
    lines = (tmp_path / "layers" / "all.conll").read_text(encoding="utf-8").splitlines()
    rows = [line.split("\t") for line in lines if "\t" in line]
    assert rows and {len(row) for row in rows} == {3}  # the token and two tag columns


def test_a_large_export_from_the_dialog_uses_workers_and_cancels_cleanly(
    qtbot, project, tmp_path: Path, monkeypatch
) -> None:
    """With workers (every document counts as a large export here): same file, clean cancel."""
    import psutil
    from PySide6.QtCore import QTimer

    from annotator.app.exporting import chunks as export_chunks

    build_project(project)
    monkeypatch.setattr(export_chunks, "MIN_DOCUMENTS_FOR_WORKERS", 0)
    monkeypatch.setattr(export_chunks, "MIN_CHARACTERS_FOR_WORKERS", 0)
    monkeypatch.setattr(export_chunks, "CHUNK_DOCUMENTS", 1)
    me = psutil.Process()
    before = {c.pid for c in me.children(recursive=True)}
    seen: set[int] = set()
    dialog = _dialog(qtbot, project)
    dialog.format_box.setCurrentText("conll")
    dialog.out_edit.setText(str(tmp_path / "c"))
    real_step = dialog._step

    def step(done: int, total: int) -> None:
        seen.update(c.pid for c in me.children(recursive=True))
        real_step(done, total)

    monkeypatch.setattr(dialog, "_step", step)
    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.export_button.isEnabled, timeout=30000)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result_ is not None and dialog.task is None, timeout=30000)
    assert seen - before  # rendered by worker processes
    assert (tmp_path / "c" / "all.conll").read_text(encoding="utf-8").count("-DOCSTART-") == 3

    dialog.out_edit.setText(str(tmp_path / "d"))
    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.export_button.isEnabled, timeout=30000)
    QTimer.singleShot(0, dialog.cancel_button.click)
    dialog.export()
    assert "cancelled" in dialog.report.toPlainText()
    assert not (tmp_path / "d").exists()
    qtbot.waitUntil(lambda: not ({c.pid for c in me.children(recursive=True)} - before))


def test_level_source_writes_an_imported_corpus_back_as_it_came(qtbot, project, tmp_path) -> None:
    from annotator.app.importing.importer import import_paths

    corpus = tmp_path / "c.conll"
    corpus.write_text("Ông\tO\nPhan_Việt_Cường\tB-PERSON\n.\tO\n\n", encoding="utf-8")
    import_paths(project, [corpus])
    dialog = _dialog(qtbot, project)
    assert dialog.level_box.currentText() == "source"
    dialog.format_box.setCurrentText("conll")
    dialog.status_checks["new"].setChecked(True)
    dialog.out_edit.setText(str(tmp_path / "ds"))
    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.export_button.isEnabled, timeout=30000)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result_ is not None and dialog.task is None, timeout=30000)
    written = (tmp_path / "ds" / "all.conll").read_text(encoding="utf-8")
    assert written == corpus.read_text(encoding="utf-8")


def test_document_counts_read_as_a_number_then_per_split(qtbot, project) -> None:
    dialog = _dialog(qtbot, project)
    assert dialog._document_counts({"all": 3}) == "3"  # not "all 3"
    assert (
        dialog._document_counts({"train": 8, "dev": 1, "test": 1}) == "10 (train 8, dev 1, test 1)"
    )
    assert dialog._document_counts({"all": 0}) == "none"


def test_syllable_then_word_exports_go_to_folders_of_their_own(qtbot, project) -> None:
    """The default folder named only the format: the word export after the syllable one was
    refused because the folder existed."""
    build_project(project)
    dialog = _dialog(qtbot, project)
    dialog.format_box.setCurrentText("conll")
    dialog.level_box.setCurrentIndex(dialog.level_box.findData("syllable"))
    syllable = Path(dialog.out_edit.text())
    dialog.level_box.setCurrentIndex(dialog.level_box.findData("word"))
    word = Path(dialog.out_edit.text())
    assert syllable.parent.name == word.parent.name == "exports"
    assert (syllable.name, word.name) == ("project-conll-syllable", "project-conll-word")
    dialog.level_box.setCurrentIndex(dialog.level_box.findData("source"))
    assert Path(dialog.out_edit.text()).name == "project-conll"
    dialog.format_box.setCurrentText("jsonl")  # no tokens: the level does not apply
    dialog.level_box.setCurrentIndex(dialog.level_box.findData("word"))
    assert Path(dialog.out_edit.text()).name == "project-jsonl"
    dialog.out_edit.setText("/somewhere/mine")  # a folder typed in is never replaced
    dialog.format_box.setCurrentText("conll")
    assert dialog.out_edit.text() == "/somewhere/mine"
