"""Marking a document done names only what is pending ("29 pending suggestions", never "and 0
pending relations"), then says so in the bar of the next document instead of leaving there
the hint about a suggestion of the document just closed."""

from __future__ import annotations

from PySide6.QtCore import Qt

from annotator.core.model import DONE
from tests.gui.helpers import seed_doc_id, stored_document
from tests.gui.review_support import suggest

CTRL = Qt.KeyboardModifier.ControlModifier


def test_the_question_names_only_what_is_pending_and_the_bar_says_what_was_done(
    qtbot, make_window, demo_path, vietnamese
) -> None:
    window = make_window(demo_path)
    doc_id = seed_doc_id(window.project)
    window.open_document(doc_id)
    r = suggest(window, doc_id, relation=False)
    r.editor.select_span(r.spans["Lê Trí Thanh"])  # the bar speaks of this suggestion
    assert "Lê Trí Thanh" in window.status.whole_message()
    qtbot.keyClick(window.editor, Qt.Key.Key_Return, CTRL)
    box = window.last_question
    qtbot.waitUntil(box.isVisible)
    assert "5 gợi ý chờ duyệt." in box.text(), box.text()
    assert "quan hệ" not in box.text()
    anyway = next(b for b in box.buttons() if b.text() == "Vẫn đánh dấu xong")
    qtbot.mouseClick(anyway, Qt.MouseButton.LeftButton)
    assert stored_document(demo_path, doc_id).status == DONE
    following = window.current_doc_id()
    assert following != doc_id
    said = window.status.whole_message()
    assert "Lê Trí Thanh" not in said
    assert "đánh dấu xong" in said and "Ctrl+Z" in said, said
    assert window.project.document(following).title[:20] in said


def test_both_kinds_pending_are_named_together(qtbot, make_window, demo_path) -> None:
    window = make_window(demo_path)
    doc_id = seed_doc_id(window.project)
    window.open_document(doc_id)
    suggest(window, doc_id)
    qtbot.keyClick(window.editor, Qt.Key.Key_Return, CTRL)
    box = window.last_question
    qtbot.waitUntil(box.isVisible)
    assert "5 pending suggestions and 1 pending relation." in box.text()
    box.reject()


def test_the_delete_question_leaves_out_what_the_document_does_not_hold(
    qtbot, make_window, demo_path, vietnamese
) -> None:
    window = make_window(demo_path)
    doc_id = seed_doc_id(window.project)
    window.open_document(doc_id)
    suggest(window, doc_id, relation=False)
    window.ask_delete_document(doc_id)
    box = window.last_question
    qtbot.waitUntil(box.isVisible)
    assert "5 chú thích" in box.text() and "quan hệ" not in box.text(), box.text()
    box.reject()
    other = next(d for d in window.project.document_ids() if d != doc_id)
    window.ask_delete_document(other)
    box = window.last_question
    qtbot.waitUntil(box.isVisible)
    assert "0 " not in box.text(), box.text()
    box.reject()
