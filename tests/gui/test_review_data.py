"""Nothing wrong created silently: duplicates, spans across paragraphs, reserved keys, what
counts as a first edit, marking done with suggestions left, and document commands."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox, QPushButton

from annotator.core.model import ACCEPTED, DONE, IN_PROGRESS, NEW, REVIEWED
from annotator.gui.settings import CONFIRM_DONE_PENDING, preference
from tests.gui.helpers import (
    drag_select,
    seed_doc_id,
    stored_document,
    stored_relations,
    stored_spans,
)
from tests.gui.review_support import review_window, seed_window

CTRL = Qt.KeyboardModifier.ControlModifier


def _log(window) -> list[tuple[str, str]]:
    rows = window.project._conn.execute("SELECT kind, op FROM action_log ORDER BY id").fetchall()
    return [(kind, op) for kind, op in rows]


def test_labelling_a_pending_suggestion_accepts_it_rather_than_adding_one(
    qtbot, make_window, demo_path
):
    r = review_window(qtbot, make_window, demo_path)
    start, end = r.find("Lê Văn Dũng")
    drag_select(qtbot, r.editor, start, end)
    qtbot.keyClick(r.editor, "1")
    spans = [s for s in stored_spans(demo_path, r.doc_id) if (s.start, s.end) == (start, end)]
    assert [(s.id, s.state) for s in spans] == [(r.spans["Lê Văn Dũng"], ACCEPTED)]
    assert "already there" in r.window.status.currentMessage()


def test_palette_click_then_the_same_key_gives_one_span(qtbot, make_window, demo_path):
    window, doc_id, text = seed_window(make_window, demo_path)
    start = text.index("Quảng Nam")
    drag_select(qtbot, window.editor, start, start + len("Quảng Nam"))
    item = window.palette.item_for("LOC")
    rect = window.palette.list.visualItemRect(item)
    qtbot.mouseClick(window.palette.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.keyClick(window.editor, "4")  # LOC's key, right after the click
    spans = [s for s in stored_spans(demo_path, doc_id) if s.start == start]
    assert [(s.label, s.state) for s in spans] == [("LOC", ACCEPTED)]
    drag_select(qtbot, window.editor, start, start + len("Quảng Nam"))
    qtbot.keyClick(window.editor, "4")  # the same again: selected, not doubled
    assert len([s for s in stored_spans(demo_path, doc_id) if s.start == start]) == 1
    assert window.editor.selected_span().id == spans[0].id
    assert "Already labelled LOC" in window.status.currentMessage()


def test_a_drag_across_a_paragraph_break_is_refused_with_a_reason(qtbot, make_window, demo_path):
    window, doc_id, text = seed_window(make_window, demo_path)
    end_of_first = text.index("\n")
    drag_select(qtbot, window.editor, end_of_first - 8, end_of_first + 8)
    assert "crosses a paragraph break" in window.status.currentMessage()
    qtbot.keyClick(window.editor, "3")
    assert stored_spans(demo_path, doc_id) == []
    assert "was not labelled ORG" in window.status.currentMessage()
    dialog = window.make_schema_dialog()
    qtbot.addWidget(dialog)
    dialog.show()
    _select_label(dialog, "ORG")
    qtbot.mouseClick(_button(dialog, "Across paragraphs"), Qt.MouseButton.LeftButton)
    assert window.project.schema().label("ORG").crosses_paragraphs
    dialog.close()
    drag_select(qtbot, window.editor, end_of_first - 8, end_of_first + 8)
    qtbot.keyClick(window.editor, "3")
    (span,) = stored_spans(demo_path, doc_id)
    assert "\n" in text[span.start : span.end] and span.label == "ORG"


def test_the_schema_editor_refuses_a_reserved_key_with_its_reason(qtbot, make_window, demo_path):
    window = make_window(demo_path)
    dialog = window.make_schema_dialog()
    qtbot.addWidget(dialog)
    dialog.show()
    _select_label(dialog, "PER")
    said: list[str] = []

    def type_key():
        box = QApplication.activeModalWidget()
        assert isinstance(box, QInputDialog)
        QTimer.singleShot(0, read_refusal)
        box.setTextValue("r")
        box.accept()

    def read_refusal():
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        said.append(box.text())
        box.accept()

    QTimer.singleShot(0, type_key)
    qtbot.mouseClick(_button(dialog, "Key…"), Qt.MouseButton.LeftButton)
    assert said and "reserved" in said[0] and "relation" in said[0]
    assert window.project.schema().label("PER").key == "1"


def test_adding_a_label_neither_starts_the_open_document_nor_logs_an_edit_of_it(
    qtbot, make_window, demo_path
):
    window = make_window(demo_path)
    doc_id = seed_doc_id(window.project)
    window.open_document(doc_id)
    dialog = window.make_schema_dialog()
    qtbot.addWidget(dialog)
    dialog.add_label("CHỨC VỤ", color="#117733", key="8")
    assert stored_document(demo_path, doc_id).status == NEW
    ops = [op for kind, op in _log(window) if kind == "do"]
    assert len(ops) == 1 and '"put_label"' in ops[0] and "set_status" not in ops[0]


def test_ctrl_enter_asks_when_suggestions_are_pending(qtbot, make_window, demo_path):
    r = review_window(qtbot, make_window, demo_path)
    window = r.window
    qtbot.keyClick(window.editor, Qt.Key.Key_Return, CTRL)
    box = window.last_question
    qtbot.waitUntil(box.isVisible)
    assert "5 pending suggestions and 1 pending relation." in box.text()
    review = next(b for b in box.buttons() if b.text() == "Review them")
    qtbot.mouseClick(review, Qt.MouseButton.LeftButton)
    assert stored_document(demo_path, r.doc_id).status == NEW
    assert window.editor.selected_span().id == r.spans["Ban Thường vụ Tỉnh ủy"]
    _activate_again(qtbot, window)  # offscreen, a closed box leaves no window active
    qtbot.keyClick(window.editor, Qt.Key.Key_Return, CTRL)
    box = window.last_question
    qtbot.waitUntil(box.isVisible)
    box.checkBox().setChecked(True)  # don't ask again
    done = next(b for b in box.buttons() if b.text() == "Mark done anyway")
    qtbot.mouseClick(done, Qt.MouseButton.LeftButton)
    assert stored_document(demo_path, r.doc_id).status == DONE
    assert preference(CONFIRM_DONE_PENDING, True) is False
    assert window.current_doc_id() != r.doc_id  # went on to the next document


def test_document_commands_from_the_list_menu_and_the_document_menu(qtbot, make_window, demo_path):
    window = make_window(demo_path)
    doc_id = seed_doc_id(window.project)
    window.open_document(doc_id)
    window.commands.mark_reviewed.trigger()
    assert stored_document(demo_path, doc_id).status == REVIEWED
    window.commands.reopen.trigger()
    assert stored_document(demo_path, doc_id).status == IN_PROGRESS
    table = window.documents.table
    row = window.documents.model.row_of(doc_id)
    rect = table.visualRect(window.documents.model.index(row, 0))
    table.customContextMenuRequested.emit(rect.center())
    menu = window._document_menu
    assert [a.text() for a in menu.actions()] == [
        "Open", "Reopen (in progress)", "Mark reviewed", "Rename…", "Delete…",
    ]  # fmt: skip
    menu.close()
    next(a for a in menu.actions() if a.text() == "Rename…").trigger()
    dialog = window.last_question
    qtbot.waitUntil(dialog.isVisible)
    dialog.setTextValue("Lấy phiếu tín nhiệm ở Quảng Nam")
    dialog.accept()
    assert stored_document(demo_path, doc_id).title == "Lấy phiếu tín nhiệm ở Quảng Nam"
    qtbot.waitUntil(lambda: window.documents.model.row_at(row).title.endswith("Quảng Nam"))
    count = window.documents.model.rowCount()
    window.commands.delete_document.trigger()
    box = window.last_question
    qtbot.waitUntil(box.isVisible)
    assert "Lấy phiếu tín nhiệm ở Quảng Nam" in box.text() and "Undo" in box.text()
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    assert doc_id not in window.project.document_ids()
    qtbot.waitUntil(lambda: window.documents.model.rowCount() == count - 1)
    _activate_again(qtbot, window)
    qtbot.keyClick(window.editor, Qt.Key.Key_Z, CTRL)
    assert stored_document(demo_path, doc_id).title == "Lấy phiếu tín nhiệm ở Quảng Nam"
    qtbot.waitUntil(lambda: window.documents.model.rowCount() == count)
    assert window.current_doc_id() == doc_id  # undo shows where it happened


def _activate_again(qtbot, window) -> None:
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
    with qtbot.waitActive(window):
        window.activateWindow()
    window.editor.setFocus()


def _select_label(dialog, name):
    tree = dialog.labels
    item = next(
        tree.topLevelItem(i)
        for i in range(tree.topLevelItemCount())
        if tree.topLevelItem(i).text(0) == name
    )
    tree.setCurrentItem(item)


def _button(dialog, text):
    page = dialog.labels.parentWidget()
    return next(b for b in page.findChildren(QPushButton) if b.text() == text)


def test_deleting_a_document_names_its_relations_and_undo_brings_them_back(
    qtbot, make_window, demo_path
):
    r = review_window(qtbot, make_window, demo_path)
    window = r.window
    relations = len(stored_relations(demo_path, r.doc_id))
    assert relations == 1
    window.ask_delete_document(r.doc_id)
    box = window.last_question
    qtbot.waitUntil(box.isVisible)
    assert f"annotations and {relations} relation?" in box.text()
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: r.doc_id not in window.project.document_ids())
    assert stored_relations(demo_path, r.doc_id) == []
    window.undo()
    qtbot.waitUntil(lambda: r.doc_id in window.project.document_ids())
    assert len(stored_relations(demo_path, r.doc_id)) == relations
