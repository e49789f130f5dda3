"""After R, the status line names every way of picking the tail: a click, or the caret in
it, Tab and Enter.

The hint said only "pick the target span", which reads as a click, while
the caret on the target, Tab (which selects its span) and Enter link it as
well, without leaving the keys.
"""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.gui.helpers import NAME, ROLE_TEXT, click_text, seed_doc_id, stored_relations

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def _label_by_keys(qtbot, editor, text: str, needle: str, key: str) -> None:
    """The caret before `needle`, Ctrl+Shift+Right over its syllables, then the label key."""
    click_text(qtbot, editor, text.index(needle))
    for _ in needle.split():
        qtbot.keyClick(editor, Qt.Key.Key_Right, CTRL_SHIFT)
    qtbot.keyClick(editor, key)


def _relation_hint_then_link(qtbot, window, demo_path) -> tuple[str, str]:
    """Label the person and the role, R on the role, the caret into the person, Tab, Enter:
    the relation is stored. The hint R gave, and the one Enter on the head itself gave."""
    doc_id = seed_doc_id(window.project)
    window.open_document(doc_id)
    editor = window.editor
    text = window.project.document(doc_id).text
    _label_by_keys(qtbot, editor, text, NAME, "1")
    _label_by_keys(qtbot, editor, text, ROLE_TEXT, "2")  # before the name; selected
    assert editor.selected_span().label == "ROLE"
    qtbot.keyClick(editor, Qt.Key.Key_R)
    hint = window.status.whole_message()
    shown = window.status.currentMessage()  # cut to the room there is: the keys still read
    assert "Tab, Enter" in shown, shown
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # on the head itself: what to do instead
    again = window.status.whole_message()
    assert not stored_relations(demo_path, doc_id)
    for _ in range(len(ROLE_TEXT.split()) + 2):  # Ctrl+Right: the caret into the name
        qtbot.keyClick(editor, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert editor.relation_mode()
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    assert editor.selected_span().label == "PER"
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    (relation,) = stored_relations(demo_path, doc_id)
    assert relation.type == "HOLDS"
    return hint, again


def test_the_relation_hint_names_tab_and_enter(qtbot, make_window, demo_path):
    window = make_window(demo_path)
    hint, again = _relation_hint_then_link(qtbot, window, demo_path)
    assert again == "Put the caret in the target span, then Tab and Enter; Esc cancels"
    assert hint == (
        f"Relation from ROLE “{ROLE_TEXT}”: click the target span, or the caret into it, "
        "Tab, Enter; Esc cancels"
    )


def test_the_relation_hint_in_vietnamese(qtbot, vietnamese, make_window, demo_path):
    window = make_window(demo_path)
    hint, again = _relation_hint_then_link(qtbot, window, demo_path)
    assert again == "Đưa con trỏ vào chú thích đích, rồi nhấn Tab và Enter; Esc để hủy"
    assert hint == (
        f"Quan hệ từ ROLE “{ROLE_TEXT}”: nhấp chú thích đích, hoặc đưa con trỏ vào, Tab, "
        "Enter; Esc để hủy"
    )
