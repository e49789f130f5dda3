"""What the editor paints: plain text only, per-block fills, overlay marks, minimal repaints."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor

from annotator.core.operations import AddSpan, AddSuggestions, PutLabel, RenameLabel
from tests.gui.editor_support import open_pane

HOSTILE = 'Tin <b>x</b><img src="file:///etc/passwd"> &amp; <a href="http://a">y</a>\nDòng hai'


def _fills(editor, block_number):
    block = editor.document().findBlockByNumber(block_number)
    return [
        (r.start, r.length, r.format.background().color().name())
        for r in block.layout().formats()
        if r.format.background().style() != Qt.BrushStyle.NoBrush
    ]


def test_markup_in_article_is_shown_literally_and_loads_nothing(qtbot, tmp_path):
    pane = open_pane(qtbot, tmp_path, HOSTILE)
    pane.editor.grab()
    assert pane.editor.toPlainText() == HOSTILE
    html = pane.editor.document().toHtml()
    assert "&lt;img" in html and "<img" not in html
    assert pane.editor.document().resource_requests == []
    start, end = pane.find("<img")
    pane.drag(start, end)
    pane.key(Qt.Key.Key_3)
    assert pane.surfaces() == [("img", "ORG", "accepted")]


def test_fill_is_block_relative_in_utf16_after_emoji(qtbot, tmp_path):
    pane = open_pane(qtbot, tmp_path, "Dòng một\n😀😀 Phan Việt Cường 😀 nói")
    start, end = pane.find("Phan Việt Cường")
    pane.apply(AddSpan(pane.doc_id, start, end, "PER"))
    assert _fills(pane.editor, 0) == []
    assert _fills(pane.editor, 1) == [(5, len("Phan Việt Cường"), "#cc3311")]


def test_fill_reaches_the_end_of_a_block_holding_emoji(qtbot, tmp_path):
    pane = open_pane(qtbot, tmp_path, "😀😀 ông Phan Việt Cường\nDòng hai 😀 Quảng Nam")
    pane.apply(AddSpan(pane.doc_id, *pane.find("Phan Việt Cường"), "PER"))
    pane.apply(AddSpan(pane.doc_id, *pane.find("Quảng Nam"), "LOC"))
    width = len("Phan Việt Cường")
    assert _fills(pane.editor, 0) == [(9, width, "#cc3311")]
    assert _fills(pane.editor, 1) == [(12, len("Quảng Nam"), "#e69f00")]


def test_label_key_rehighlights_only_the_touched_block(qtbot, tmp_path):
    lines = [f"Dòng {i}: ông Phan Việt Cường phát biểu." for i in range(40)]
    pane = open_pane(qtbot, tmp_path, "\n".join(lines))
    highlighter = pane.editor._highlighter
    before = highlighter.blocks_highlighted
    pane.drag(*pane.find("Phan Việt Cường", nth=3))
    pane.key(Qt.Key.Key_1)
    assert highlighter.blocks_highlighted - before == 1
    assert len(_fills(pane.editor, 3)) == 1
    before = highlighter.blocks_highlighted
    pane.key(Qt.Key.Key_Delete)
    assert highlighter.blocks_highlighted - before == 1
    assert _fills(pane.editor, 3) == []


def test_span_across_paragraphs_fills_both_blocks(qtbot, tmp_path):
    pane = open_pane(qtbot, tmp_path, "Hội nghị\nlần thứ hai\nkết thúc")
    event = pane.project.schema().label("EVENT")
    pane.apply(PutLabel("EVENT", event.color, key=event.key, crosses_paragraphs=True))
    highlighter = pane.editor._highlighter
    before = highlighter.blocks_highlighted
    start, _ = pane.find("nghị")
    _, end = pane.find("lần")
    pane.drag(start, end)
    pane.key(Qt.Key.Key_5)
    assert highlighter.blocks_highlighted - before == 2
    assert _fills(pane.editor, 0) == [(4, 4, "#332288")]
    assert _fills(pane.editor, 1) == [(0, 3, "#332288")]


def test_nested_and_pending_spans_are_not_filled_but_drawn_in_overlay(qtbot, tmp_path):
    pane = open_pane(qtbot, tmp_path, "Bí thư Tỉnh ủy Quảng Nam phát biểu")
    pane.apply(AddSpan(pane.doc_id, *pane.find("Bí thư Tỉnh ủy Quảng Nam"), "ROLE"))
    pane.apply(AddSpan(pane.doc_id, *pane.find("Quảng Nam"), "LOC"))
    pane.apply(AddSuggestions(pane.doc_id, ((*pane.find("phát biểu"), "EVENT", "rules"),)))
    assert _fills(pane.editor, 0) == [(0, len("Bí thư Tỉnh ủy Quảng Nam"), "#009e73")]
    image = pane.editor.viewport().grab().toImage()
    visible = pane.editor.visible_blocks()
    # The marks sit off the words' ink (tone marks), in the box grown around it.
    (loc_box,) = pane.editor.mark_boxes(*pane.find("Quảng Nam"), visible)
    (event_box,) = pane.editor.mark_boxes(*pane.find("phát biểu"), visible)
    assert _has_colour(image, loc_box[0], QColor("#e69f00"))
    assert _has_colour(image, event_box[0], QColor("#332288"))
    (role_box,) = pane.editor.line_boxes(*pane.find("Bí thư"), visible)
    assert not _has_colour(image, role_box[0], QColor("#e69f00"))


def _has_colour(image, rect, colour, tolerance=40):
    ratio = image.devicePixelRatio()
    for y in range(int(rect.top() * ratio), int(rect.bottom() * ratio) + 1):
        for x in range(int(rect.left() * ratio), int(rect.right() * ratio) + 1):
            if not (0 <= x < image.width() and 0 <= y < image.height()):
                continue
            pixel = image.pixelColor(x, y)
            distance = (
                abs(pixel.red() - colour.red())
                + abs(pixel.green() - colour.green())
                + abs(pixel.blue() - colour.blue())
            )
            if distance <= tolerance:
                return True
    return False


def test_selection_frame_and_relation_partner_are_painted(qtbot, tmp_path):
    pane = open_pane(qtbot, tmp_path, "Ông Phan Việt Cường, Bí thư Tỉnh ủy")
    per = pane.apply(AddSpan(pane.doc_id, *pane.find("Phan Việt Cường"), "PER")).spans_added[0]
    pane.apply(AddSpan(pane.doc_id, *pane.find("Bí thư Tỉnh ủy"), "ROLE"))
    pane.editor.select_span(per)
    pane.key(Qt.Key.Key_R)
    pane.click(pane.find("thư")[0])
    pane.editor.select_span(per)
    image = pane.editor.viewport().grab().toImage()
    visible = pane.editor.visible_blocks()
    (box,) = pane.editor.line_boxes(*pane.find("Phan Việt Cường"), visible)
    assert _has_colour(image, _left_edge(box[0]), QColor("#202020"), tolerance=60)
    (partner,) = pane.editor.line_boxes(*pane.find("Bí thư Tỉnh ủy"), visible)
    assert _has_colour(image, _left_edge(partner[0]), QColor("#009e73"), tolerance=60)


def _left_edge(rect):
    """The column just left of a range's first glyph, where only a frame can be."""
    return QRectF(rect.left() - 2, rect.top() + 2, 1.5, rect.height() - 4)


def test_refresh_ignores_own_changes_and_applies_others(qtbot, tmp_path):
    pane = open_pane(qtbot, tmp_path)
    changes = []
    pane.editor.changesApplied.connect(changes.append)
    pane.drag(*pane.find("Quảng Nam"))
    pane.key(Qt.Key.Key_4)
    highlighter = pane.editor._highlighter
    before = highlighter.blocks_highlighted
    pane.editor.refresh(changes[0])
    assert highlighter.blocks_highlighted == before
    undo = pane.session.undo(origin="main window")
    pane.editor.refresh(undo)
    assert highlighter.blocks_highlighted == before + 1
    assert pane.editor.selected_span() is None
    assert _fills(pane.editor, 1) == []
    pane.editor.refresh(pane.session.redo(origin="main window"))
    assert len(_fills(pane.editor, 1)) == 1


def test_schema_change_from_elsewhere_recolours_and_rekeys(qtbot, tmp_path):
    pane = open_pane(qtbot, tmp_path)
    pane.apply(AddSpan(pane.doc_id, *pane.find("Quảng Nam"), "LOC"))
    pane.apply(PutLabel("LOC", "#000080", "l", ""))
    assert _fills(pane.editor, 1)[0][2] == "#000080"
    pane.drag(*pane.find("hội nghị"))
    pane.key(Qt.Key.Key_L)
    assert ("hội nghị", "LOC", "accepted") in pane.surfaces()
    pane.apply(RenameLabel("LOC", "PLACE"))
    assert {s.label for s in pane.editor._index} == {"PLACE"}


def test_load_none_clears_the_pane(qtbot, tmp_path):
    pane = open_pane(qtbot, tmp_path)
    pane.editor.load_document(None)
    assert pane.editor.toPlainText() == ""
    assert pane.editor.document_id() is None
    pane.key(Qt.Key.Key_1)
    assert pane.spans() == []
