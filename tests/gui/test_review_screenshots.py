"""Screenshots of the review loop, the relation layout, the preferences and the export dialog
(tests/output/screenshots), each taken after checking what it should show."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from annotator.core.operations import AddRelation, AddSpan, AddSuggestions
from annotator.gui.export.dialog import ExportDialog
from tests.gui.helpers import show_cp
from tests.gui.review_support import review_window


def test_review_loop_screenshot(qtbot, make_window, demo_path, screenshots):
    r = review_window(qtbot, make_window, demo_path, size=(1440, 860))
    window, editor = r.window, r.editor
    qtbot.keyClick(editor, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(editor, Qt.Key.Key_Space)
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # accept Ban Thường vụ Tỉnh ủy, on to the next
    assert editor.selected_span().id == r.spans["Bí thư Tỉnh ủy"]
    qtbot.waitUntil(lambda: window.annotations.selected_span_id() == r.spans["Bí thư Tỉnh ủy"])
    QApplication.processEvents()
    assert "suggestions here" in window.status.currentMessage()
    assert window.grab().save(str(screenshots / "review-loop.png"))


def test_relation_layout_screenshot(qtbot, make_window, demo_path, screenshots):
    r = review_window(qtbot, make_window, demo_path, size=(1700, 900))
    window = r.window
    apply = window.context.apply
    ids = {}
    for phrase, label, nth in (
        ("Phan Việt Cường", "PER", 1),
        ("Bí thư Tỉnh ủy", "ROLE", 1),
        ("Chủ tịch HĐND tỉnh", "ROLE", 0),
        ("hội nghị", "EVENT", 1),
        ("Kế hoạch 107", "DOC", 0),
        ("Tỉnh ủy", "ORG", 3),
        ("Lê Trí Thanh", "PER", 0),
        ("Chủ tịch UBND tỉnh", "ROLE", 0),
    ):
        start, end = r.find(phrase, nth)
        changes = apply(AddSpan(r.doc_id, start, end, label))  # a suggestion there is accepted
        ids[phrase] = (changes.spans_added or changes.spans_changed)[0]
    apply(AddRelation(ids["Phan Việt Cường"], ids["Bí thư Tỉnh ủy"], "HOLDS"))
    apply(AddRelation(ids["Phan Việt Cường"], ids["hội nghị"], "PARTICIPATES"))
    apply(AddRelation(ids["Lê Trí Thanh"], ids["Chủ tịch UBND tỉnh"], "HOLDS"))
    apply(AddRelation(ids["Kế hoạch 107"], ids["Tỉnh ủy"], "ISSUED_BY"))
    start, end = r.find("Phó Bí thư Thường trực Tỉnh ủy")
    apply(AddSuggestions(r.doc_id, ((start, end, "ROLE", "rules", 0.7),)))
    editor = r.editor
    show_cp(editor, r.find("Ủy viên Trung ương Đảng")[0])
    editor.select_relation(r.relation)
    QApplication.processEvents()
    chips = [
        s
        for b, _ in editor.visible_blocks().values()
        if editor.arcs.plan(b)
        for s in editor.arcs.plan(b).segments
    ]
    assert len(chips) >= 4
    assert editor.grab().save(str(screenshots / "relation-layout.png"))


def test_preferences_screenshot(qtbot, make_window, demo_path, screenshots):
    window = make_window(demo_path)
    window.commands.preferences.trigger()
    dialog = window.last_dialog
    qtbot.waitUntil(dialog.isVisible)
    dialog.name_edit.setText("Nguyễn Thị Lan")
    assert dialog.confirm_check.isChecked() and dialog.arcs_check.isChecked()
    assert dialog.grab().save(str(screenshots / "preferences.png"))
    dialog.reject()


def test_export_dialog_screenshot(qtbot, make_window, demo_path, screenshots, tmp_path):
    r = review_window(qtbot, make_window, demo_path)
    window = r.window
    window.set_document_status("done", r.doc_id)
    dialog = ExportDialog(window.project, window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.format_box.setCurrentText("jsonl")
    dialog.out_edit.setText(str(tmp_path / "exports" / "demo-jsonl"))
    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Press Export" in dialog.report.toPlainText(), timeout=30000)
    assert not dialog.scheme_box.isEnabled()
    assert dialog.grab().save(str(screenshots / "export-dialog.png"))
