"""While a relation is being drawn, selecting a span says what Enter will do with it (link
it), not the suggestion's "Enter accepts" that no longer holds."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.gui.review_support import review_window


def test_tab_in_relation_mode_names_the_target_and_enter_links_it(
    qtbot, make_window, demo_path, vietnamese
) -> None:
    r = review_window(qtbot, make_window, demo_path)
    editor, status = r.editor, r.window.status
    editor.select_span(r.spans["Phan Việt Cường"])
    qtbot.keyClick(editor, Qt.Key.Key_R)
    qtbot.keyClick(editor, Qt.Key.Key_Tab)  # the head itself: move on to a target
    assert "Enter chấp nhận" not in status.whole_message()
    assert "Tab" in status.whole_message()
    editor.select_span(r.spans["Bí thư Tỉnh ủy"])
    said = status.whole_message()
    assert "Bí thư Tỉnh ủy" in said and "Enter chấp nhận" not in said, said
    before = len(r.window.project.relations(r.doc_id))
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    relations = r.window.project.relations(r.doc_id)
    assert any(rel.type == "HOLDS" and rel.state == "accepted" for rel in relations)
    assert len(relations) == before  # the suggested HOLDS accepted, not a second one
