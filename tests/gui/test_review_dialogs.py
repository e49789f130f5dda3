"""Dialogs that say what they do: the export dialog (absolute folder, only the options a format
reads, last choices remembered, on screen, examples named by their text), reports sized to
their content, and the training report in plain words."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from annotator.app.training import TrainingReport
from annotator.gui import flows
from annotator.gui.export.dialog import ExportDialog
from tests.gui.helpers import seed_doc_id
from tests.gui.review_support import review_window


def _export_dialog(qtbot, window) -> ExportDialog:
    dialog = ExportDialog(window.project, window)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_export_dialog_shows_the_absolute_folder_and_only_options_that_apply(
    qtbot, make_window, demo_path, monkeypatch, tmp_path
):
    window = make_window(demo_path)
    dialog = _export_dialog(qtbot, window)
    monkeypatch.chdir(tmp_path)
    dialog.out_edit.setText("exports/mine")
    assert dialog.out_absolute.text() == str((tmp_path / "exports" / "mine").resolve())
    dialog.format_box.setCurrentText("jsonl")
    for widget in (dialog.level_box, dialog.scheme_box, dialog.pos_check, dialog.docstart_box):
        assert not widget.isEnabled()
        assert widget.toolTip() == "Not used by the jsonl format"
    assert dialog.pending_check.isEnabled() and dialog.split_edit.isEnabled()
    dialog.format_box.setCurrentText("spacy")
    assert dialog.level_box.isEnabled() and not dialog.scheme_box.isEnabled()
    dialog.format_box.setCurrentText("conll")
    assert dialog.scheme_box.isEnabled() and dialog.docstart_box.isEnabled()
    assert not dialog.layers_spin.isEnabled()  # only with the layers policy
    dialog.overlap_box.setCurrentText("layers")
    assert dialog.layers_spin.isEnabled()


def test_export_dialog_fits_the_screen_and_remembers_the_last_choices(
    qtbot, make_window, demo_path, tmp_path
):
    window = make_window(demo_path)
    dialog = _export_dialog(qtbot, window)
    screen = dialog.screen().availableGeometry()
    assert dialog.width() <= screen.width() and dialog.height() <= screen.height()
    dialog.format_box.setCurrentText("jsonl")
    dialog.pending_check.setChecked(True)
    dialog.status_checks["new"].setChecked(True)  # the demo's documents are not done yet
    dialog.split_edit.setText("8:1:1")
    dialog.out_edit.setText(str(tmp_path / "ds"))
    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Press Export" in dialog.report.toPlainText(), timeout=30000)
    assert str((tmp_path / "ds").resolve()) in dialog.report.toPlainText()
    dialog.close()
    again = _export_dialog(qtbot, window)
    assert again.format_box.currentText() == "jsonl"
    assert again.pending_check.isChecked() and again.split_edit.text() == "8:1:1"
    assert again.status_checks["new"].isChecked()


def test_the_loss_report_names_examples_by_their_text(qtbot, make_window, demo_path, tmp_path):
    r = review_window(qtbot, make_window, demo_path)
    window = r.window
    for name in ("Ban Thường vụ Tỉnh ủy", "Lê Trí Thanh"):
        window.review.actions.decide_span(r.spans[name], "accept")
    window.set_document_status("done", r.doc_id)
    dialog = _export_dialog(qtbot, window)
    dialog.format_box.setCurrentText("conll")
    dialog.out_edit.setText(str(tmp_path / "ds"))
    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Press Export" in dialog.report.toPlainText(), timeout=30000)
    report = dialog.report.toPlainText()
    assert "“Lê Văn Dũng” PER" in report  # a pending suggestion left out, by its text
    assert "“Phan Việt Cường → Bí thư Tỉnh ủy” HOLDS" in report
    assert "document “Thực hiện nghiêm việc lấy phiếu" in report  # its document, by title


def test_import_and_suggestion_reports_are_sized_to_their_content(qtbot, make_window, tmp_path):
    window = make_window()
    window.new_project_path(tmp_path / "p.db")
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "bài.txt").write_text("Bài thứ nhất\nHội nghị tại Hà Nội.\n", encoding="utf-8")
    long_name = "một-tên-tệp-rất-dài-" * 6 + ".txt"
    (folder / long_name).write_bytes(b"\x00\x01" * 40)
    task = window.import_paths([folder])
    with qtbot.waitSignal(task.ended, timeout=30000):
        pass
    report = window.last_report
    widest = max(
        report.details.fontMetrics().horizontalAdvance(line)
        for line in report.details.toPlainText().splitlines()
    )
    screen = report.screen().availableGeometry()
    assert report.width() >= min(widest, int(screen.width() * 0.9) - 60)
    assert report.width() <= screen.width() and report.height() <= screen.height()
    small = flows._show_report(window, "Suggestions", "3 suggestions in 1 document (0.1 s)")
    assert small.width() < report.width() and small.height() < 300


def test_the_training_report_speaks_plainly_and_never_shows_an_empty_table(
    qtbot, make_window, demo_path
):
    window = make_window(demo_path)
    few = TrainingReport(documents=2, trained_on=2, held_out=0, labels=("PER",), seconds=1.0)
    dialog = flows._training_done(window, few)
    text = dialog.summary.text()
    assert text.startswith("Trained on 2 of 2 finished documents")
    assert "No document could be held back to test it" in text
    assert not dialog.table.isVisibleTo(dialog)
    scored = TrainingReport(
        documents=10,
        trained_on=8,
        held_out=2,
        labels=("PER",),
        scores={
            "labels": {"PER": {"p": 0.8, "r": 0.5, "f1": 0.615}},
            "micro": {"p": 0.8, "r": 0.5, "f1": 0.615},
        },
        baseline={"micro": {"f1": 0.4}},
    )
    dialog = flows._training_done(window, scored)
    text = dialog.summary.text()
    assert "On 2 documents held back to test it, it finds 50% of the annotations" in text
    assert "80% of the spans it proposes are right" in text and "rules alone: 0.40" in text
    assert "Suggestions will use the model after the rules" in text
    assert dialog.table.isVisibleTo(dialog) and dialog.table.rowCount() == 2


def test_suggestions_report_arrives_for_the_real_run(qtbot, make_window, demo_path):
    window = make_window(demo_path)
    doc_id = seed_doc_id(window.project)
    window.open_document(doc_id)
    task = window.suggest_current()
    with qtbot.waitSignal(task.ended, timeout=120_000):
        pass
    report = window.last_report
    assert report.windowTitle() == "Suggestions"
    assert report.width() <= report.screen().availableGeometry().width()
    assert QApplication.activeModalWidget() is None
    assert window.editor.pending_count() > 0
