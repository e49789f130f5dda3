"""Document workflow in the window: mark done, list filters, notes, palette, status bar."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.gui.helpers import (
    NAME,
    click_text,
    drag_select,
    seed_doc_id,
    stored_document,
    stored_spans,
    type_text,
)

CTRL = Qt.KeyboardModifier.ControlModifier


def test_ctrl_enter_marks_done_and_moves_to_next_unfinished(qtbot, make_window, demo_path):
    window = make_window(demo_path)
    ids = window.project.document_ids()
    window.open_document(ids[0])
    qtbot.keyClick(window.editor, Qt.Key.Key_Return, CTRL)
    assert stored_document(demo_path, ids[0]).status == "done"
    assert window.editor.document_id() == ids[1]
    assert window.status.progress_label.text() == f"1 of {len(ids)} done"
    window.open_document(ids[0])
    qtbot.keyClick(window.editor, Qt.Key.Key_Enter, CTRL | Qt.KeyboardModifier.KeypadModifier)
    assert window.editor.document_id() == ids[1]  # the first is done: skipped
    qtbot.keyClick(window.editor, Qt.Key.Key_Return, CTRL)
    assert stored_document(demo_path, ids[1]).status == "done"
    assert window.editor.document_id() == ids[2]
    qtbot.keyClick(window.editor, Qt.Key.Key_Z, CTRL)
    assert stored_document(demo_path, ids[1]).status == "new"


def test_document_list_filters_by_title_and_status(qtbot, make_window, demo_path):
    window = make_window(demo_path)
    panel = window.documents
    total = window.project.document_count()
    assert panel.model.rowCount() == total
    type_text(panel.title_filter, "phiếu tín")
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1)
    assert panel.model.index(0, 0).data().startswith("Thực hiện nghiêm")
    assert not panel.empty_hint.isVisible()
    type_text(panel.title_filter, "không có bài nào")
    qtbot.waitUntil(lambda: panel.model.rowCount() == 0)
    assert panel.empty_hint.isVisible()
    assert panel.empty_hint.text() == "No document matches the filters."
    panel.title_filter.clear()
    qtbot.waitUntil(lambda: panel.model.rowCount() == total)
    assert not panel.empty_hint.isVisible()
    seed = seed_doc_id(window.project)
    window.open_document(seed)
    qtbot.keyClick(window.editor, Qt.Key.Key_Return, CTRL)
    panel.status_combo.setCurrentIndex(panel.status_combo.findData("done"))
    assert panel.visible_doc_ids() == [seed]
    panel.status_combo.setCurrentIndex(panel.status_combo.findData("new"))
    assert seed not in panel.visible_doc_ids()
    assert len(panel.visible_doc_ids()) == total - 1


def test_list_row_counts_follow_edits(qtbot, make_window, demo_path):
    window = make_window(demo_path)
    seed = seed_doc_id(window.project)
    window.open_document(seed)
    model = window.documents.model
    row = model.row_of(seed)
    assert model.index(row, 2).data() == 0
    text = window.project.document(seed).text
    start = text.index(NAME)
    drag_select(qtbot, window.editor, start, start + len(NAME))
    qtbot.keyClick(window.editor, "1")
    assert model.index(row, 2).data() == 1
    assert model.index(row, 1).data() == "in progress"


def test_note_is_saved_without_a_save_button(qtbot, make_window, demo_path):
    window = make_window(demo_path)
    seed = seed_doc_id(window.project)
    window.open_document(seed)
    note = window.info.note
    note.setFocus()
    type_text(note, "Kiểm tra lại chức danh")
    qtbot.waitUntil(lambda: stored_document(demo_path, seed).note == "Kiểm tra lại chức danh")
    type_text(note, " <b>")
    window.editor.setFocus()  # focus-out saves at once
    assert stored_document(demo_path, seed).note == "Kiểm tra lại chức danh <b>"
    window.open_document(window.next_unfinished(seed))
    assert note.toPlainText() == ""
    window.open_document(seed)
    assert note.toPlainText() == "Kiểm tra lại chức danh <b>"
    assert stored_document(demo_path, seed).status == "in_progress"  # a note is an edit
    window.editor.setFocus()
    qtbot.keyClick(window.editor, Qt.Key.Key_Z, CTRL)
    assert stored_document(demo_path, seed).note == "Kiểm tra lại chức danh"
    assert note.toPlainText() == "Kiểm tra lại chức danh"


def test_palette_click_labels_the_selection(qtbot, make_window, demo_path):
    window = make_window(demo_path)
    seed = seed_doc_id(window.project)
    window.open_document(seed)
    text = window.project.document(seed).text
    start = text.index(NAME)
    drag_select(qtbot, window.editor, start, start + len(NAME))
    palette = window.palette.list
    item = window.palette.item_for("PER")
    qtbot.mouseClick(
        palette.viewport(), Qt.MouseButton.LeftButton, pos=palette.visualItemRect(item).center()
    )
    spans = stored_spans(demo_path, seed)
    assert [(s.start, s.end, s.label) for s in spans] == [(start, start + len(NAME), "PER")]
    window.editor.select_span(spans[0].id)
    item = window.palette.item_for("ROLE")
    qtbot.mouseClick(
        palette.viewport(), Qt.MouseButton.LeftButton, pos=palette.visualItemRect(item).center()
    )
    assert [s.label for s in stored_spans(demo_path, seed)] == ["ROLE"]
    qtbot.waitUntil(lambda: window.annotations.span_texts() == [NAME])
    assert window.status.saved_label.text().startswith("Saved ")


def test_annotation_tree_click_selects_the_span(qtbot, make_window, demo_path):
    window = make_window(demo_path)
    seed = seed_doc_id(window.project)
    window.open_document(seed)
    text = window.project.document(seed).text
    start = text.index(NAME)
    drag_select(qtbot, window.editor, start, start + len(NAME))
    qtbot.keyClick(window.editor, "1")
    tree = window.annotations.view
    qtbot.waitUntil(lambda: len(window.annotations.span_indexes()) == 1)
    item = window.annotations.span_indexes()[0]
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=tree.visualRect(item).center())
    assert window.editor.selected_span().start == start


def test_span_chosen_in_the_text_is_marked_in_the_annotation_list(qtbot, make_window, demo_path):
    window = make_window(demo_path)
    seed = seed_doc_id(window.project)
    window.open_document(seed)
    text = window.project.document(seed).text
    first = text.index(NAME)
    second = text.index(NAME, first + 1)
    for start in (first, second):
        drag_select(qtbot, window.editor, start, start + len(NAME))
        qtbot.keyClick(window.editor, "1")
    ids = {s.start: s.id for s in stored_spans(demo_path, seed)}
    panel = window.annotations
    qtbot.waitUntil(lambda: panel.selected_span_id() == ids[second])  # the newest span
    click_text(qtbot, window.editor, first + 1)
    assert window.editor.selected_span().id == ids[first]
    # The list follows once the text has painted the choice.
    qtbot.waitUntil(lambda: panel.selected_span_id() == ids[first])
    qtbot.keyClick(window.editor, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: panel.selected_span_id() is None)
