"""Mouse in the editor: clicking spans, dragging selections, the context menu."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QContextMenuEvent, QHelpEvent
from PySide6.QtWidgets import QApplication, QToolTip

from annotator.core.operations import AddRelation, AddSpan
from tests.gui.editor_support import open_pane


def _annotate(pane, *items):
    return [pane.apply(AddSpan(pane.doc_id, *pane.find(n), lab)).spans_added[0] for n, lab in items]


def _right_click(pane, cp):
    point = pane.char_point(cp)
    event = QContextMenuEvent(
        QContextMenuEvent.Reason.Mouse, point, pane.editor.viewport().mapToGlobal(point)
    )
    QApplication.sendEvent(pane.editor.viewport(), event)
    menu = pane.editor._menu
    pane.qtbot.waitUntil(menu.isVisible)
    return menu


def _action(menu, prefix):
    for action in menu.actions():
        if action.text().startswith(prefix):
            return action
        if action.menu() is not None:
            found = [a for a in action.menu().actions() if a.text().startswith(prefix)]
            if found:
                return found[0]
    raise AssertionError(f"no action {prefix!r} in {[a.text() for a in menu.actions()]}")


def test_click_selects_innermost_span_and_again_moves_outwards(qtbot, tmp_path):
    pane = open_pane(qtbot, tmp_path)
    role, org, loc = _annotate(
        pane,
        ("Bí thư Tỉnh ủy Quảng Nam", "ROLE"),
        ("Tỉnh ủy Quảng Nam", "ORG"),
        ("Quảng Nam", "LOC"),
    )
    selections = []
    pane.editor.spanSelected.connect(lambda span: selections.append(span and span.id))
    where = pane.find("Quảng")[0] + 1
    for _ in range(4):
        pane.click(where)
    assert selections == [loc, org, role, loc]
    pane.click(pane.find("chủ trì")[0])
    assert pane.editor.selected_span() is None


def test_click_on_last_character_hits_the_span_not_its_neighbour(qtbot, tmp_path):
    pane = open_pane(qtbot, tmp_path, "Ông Phan Việt Cường phát biểu")
    (per,) = _annotate(pane, ("Phan Việt Cường", "PER"))
    pane.click(pane.find("Cường")[1] - 1)
    assert pane.editor.selected_span().id == per
    pane.editor._set_selected(None)
    pane.click(pane.find(" phát")[0])
    assert pane.editor.selected_span() is None


def test_backwards_drag_snaps_and_labels(qtbot, tmp_path):
    pane = open_pane(qtbot, tmp_path)
    start, end = pane.find("Tỉnh ủy Quảng Nam")
    pane.drag(end - 1, start + 2)
    assert pane.editor.selection_range() == (start, end)
    cursor = pane.editor.textCursor()
    assert pane.editor._offsets.cursor_range(cursor) == (start, end)
    pane.key(Qt.Key.Key_3)
    assert pane.surfaces() == [("Tỉnh ủy Quảng Nam", "ORG", "accepted")]


def test_drag_over_only_spaces_and_commas_selects_nothing(qtbot, tmp_path):
    pane = open_pane(qtbot, tmp_path, "Ông A ,  , B nói")
    start, end = pane.find(",  ,")
    pane.drag(start, end)
    assert not pane.editor.textCursor().hasSelection()
    assert pane.editor.selection_range() is None


def test_double_click_selects_syllable(qtbot, tmp_path):
    pane = open_pane(qtbot, tmp_path)
    target = pane.find("18-NQ/TW")
    qtbot.mouseDClick(
        pane.editor.viewport(), Qt.MouseButton.LeftButton, pos=pane.char_point(target[0] + 3)
    )
    assert pane.editor.selection_range() == target


def test_context_menu_relabels_and_deletes(qtbot, tmp_path):
    pane = open_pane(qtbot, tmp_path)
    _annotate(pane, ("Quảng Nam", "ORG"))
    menu = _right_click(pane, pane.find("Nam")[0])
    _action(menu, "LOC").trigger()
    assert pane.surfaces() == [("Quảng Nam", "LOC", "accepted")]
    menu = _right_click(pane, pane.find("Nam")[0])
    _action(menu, "Delete span").trigger()
    assert pane.spans() == []


def test_context_menu_starts_relation_and_labels_selection(qtbot, tmp_path):
    pane = open_pane(qtbot, tmp_path)
    _annotate(pane, ("Phan Việt Cường", "PER"))
    menu = _right_click(pane, pane.find("Việt")[0])
    _action(menu, "Start relation").trigger()
    assert pane.editor.relation_mode()
    pane.key(Qt.Key.Key_Escape)
    pane.drag(*pane.find("hội nghị"))
    menu = _right_click(pane, pane.find("nghị")[0])
    _action(menu, "EVENT").trigger()
    assert ("hội nghị", "EVENT", "accepted") in pane.surfaces()


def test_first_visible_position_survives_reopening(qtbot, tmp_path):
    lines = [f"Dòng {i}: ông Phan Việt Cường phát biểu tại hội nghị." for i in range(300)]
    pane = open_pane(qtbot, tmp_path, "\n".join(lines), size=(500, 200))
    target = pane.find("Dòng 150:")[0]
    pane.editor.scroll_to_position(target)
    assert pane.editor.first_visible_position() == target
    saved = pane.editor.first_visible_position()
    pane.editor.load_document(None)
    assert pane.editor.document_id() is None
    pane.editor.load_document(pane.doc_id)
    assert pane.editor.first_visible_position() == 0
    pane.editor.scroll_to_position(saved)
    assert pane.editor.first_visible_position() == saved
    assert pane.editor.cursorRect().top() >= 0


def test_hover_tooltip_names_spans_and_relations_literally(qtbot, tmp_path):
    pane = open_pane(qtbot, tmp_path, "Ông <b>Cường</b>, Bí thư Tỉnh ủy")
    per, role = _annotate(pane, ("<b>Cường</b>", "PER"), ("Bí thư Tỉnh ủy", "ROLE"))
    pane.apply(AddRelation(per, role, "HOLDS"))
    point = pane.char_point(pane.find("Cường")[0])
    assert pane.editor.hover_text(point) == ("PER: <b>Cường</b>\n    HOLDS → ROLE: Bí thư Tỉnh ủy")
    event = QHelpEvent(QEvent.Type.ToolTip, point, pane.editor.viewport().mapToGlobal(point))
    QApplication.sendEvent(pane.editor.viewport(), event)
    qtbot.waitUntil(QToolTip.isVisible)
    assert "&lt;b&gt;" in QToolTip.text()
    assert pane.editor.hover_text(pane.char_point(0)) == ""
