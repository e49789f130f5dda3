"""In English at a laptop's size, the Source column shows the suggester's name whole.

"99% rules" showed as "99% …" in both lists at 1366x768 (Vietnamese "99% luật"
fitted), so a reviewer could not tell the rules from the model or the
memory without a tooltip per row. (underthesea, opt-in and long, may still
be cut: its tooltip holds it.)
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from annotator.gui.window_size import FRAME_HEIGHT, FRAME_WIDTH
from tests.gui.review_support import review_window

SCREENS = [(1366, 768), (1280, 720)]


def _whole(view, text: str, width: int) -> bool:
    shown = view.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, width - 12)
    return shown == text


@pytest.mark.parametrize("screen", SCREENS)
def test_the_source_column_shows_the_suggester_whole_in_english(
    qtbot, make_window, demo_path, screen
) -> None:
    width, height = screen
    size = (width - FRAME_WIDTH, height - FRAME_HEIGHT)
    window = review_window(qtbot, make_window, demo_path, size=size).window
    spans, relations = window.annotations.view, window.relations.tree
    qtbot.waitUntil(lambda: relations.topLevelItemCount() > 0)
    qtbot.wait(50)
    model = window.annotations.model
    cells = {
        model.index(row, 2).data()
        for row in range(model.rowCount())
        if model.span_at(row) is not None
    }
    assert any(cell.endswith(" rules") for cell in cells), cells
    for cell in (c for c in cells if c.split(" ", 1)[1] in ("rules", "model", "memory")):
        assert _whole(spans, cell, spans.columnWidth(2)), (cell, spans.columnWidth(2))
    item = relations.topLevelItem(0)
    assert item.text(4).endswith(" rules"), item.text(4)
    assert _whole(relations, item.text(4), relations.columnWidth(4)), relations.columnWidth(4)
    assert not spans.horizontalScrollBar().isVisible()
    assert not relations.horizontalScrollBar().isVisible()
    assert spans.columnWidth(0) >= spans.text_width  # the annotation's text is never cut first


@pytest.mark.parametrize("screen", SCREENS)
def test_a_relation_source_is_whole_in_vietnamese_too(
    vietnamese, qtbot, make_window, demo_path, screen
) -> None:
    """ "99% mẫu quan hệ", the relation suggester's Vietnamese name, showed as "99% mẫu qu…";
    kept whole, it cut the ends instead ("Phan Việt C…"). Where the ends and the name cannot
    all fit, the ends are whole and the source leads with its confidence, its name whole in
    the row's tooltip; where they can, all are whole."""
    from annotator.core.operations import AddSuggestions
    from tests.gui.helpers import seed_doc_id

    width, height = screen
    window = make_window(demo_path, size=(width - FRAME_WIDTH, height - FRAME_HEIGHT))
    doc_id = seed_doc_id(window.project)
    window.open_document(doc_id)
    text = window.project.document(doc_id).text
    person, post = text.index("Phan Việt Cường"), text.index("Bí thư Tỉnh ủy")
    spans = (
        (person, person + len("Phan Việt Cường"), "PER", "rules", 0.99),
        (post, post + len("Bí thư Tỉnh ủy"), "ROLE", "rules", 0.97),
    )
    holds = ((0, 1, "HOLDS", "relations", 0.99),)
    window.context.apply(AddSuggestions(doc_id, spans=spans, relations=holds), source="test")
    relations = window.relations.tree
    qtbot.waitUntil(lambda: relations.topLevelItemCount() > 0)
    qtbot.wait(50)
    item = relations.topLevelItem(0)
    assert item.text(4).endswith("mẫu quan hệ"), item.text(4)
    for column in (0, 2):
        assert _whole(relations, item.text(column), relations.columnWidth(column)), column
    asks = [relations.fontMetrics().horizontalAdvance(item.text(c)) + 12 for c in (0, 2, 4)]
    if sum(asks) + relations.columnWidth(1) + relations.columnWidth(3) <= (
        relations.viewport().width()
    ):
        assert _whole(relations, item.text(4), relations.columnWidth(4))
    shown = relations.fontMetrics().elidedText(
        item.text(4), Qt.TextElideMode.ElideRight, relations.columnWidth(4) - 12
    )
    assert shown.startswith("99%"), shown
    assert "mẫu quan hệ, 99%" in item.toolTip(4)  # the source named whole
    assert not relations.horizontalScrollBar().isVisible()
