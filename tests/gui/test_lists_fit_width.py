"""The annotation and relation lists show no sideways scrollbar at the default window sizes."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from annotator.gui.window_size import FRAME_HEIGHT, FRAME_WIDTH
from tests.gui.review_support import review_window


@pytest.mark.parametrize("screen", [(1366, 768), (1280, 720)])
def test_no_sideways_scrollbar_and_whole_texts_in_tooltips(
    vietnamese, qtbot, make_window, demo_path, screen
) -> None:
    width, height = screen
    size = (width - FRAME_WIDTH, height - FRAME_HEIGHT)
    window = review_window(qtbot, make_window, demo_path, size=size).window
    spans, relations = window.annotations.view, window.relations.tree
    qtbot.waitUntil(lambda: relations.topLevelItemCount() > 0)
    qtbot.wait(50)
    assert not spans.horizontalScrollBar().isVisible()
    assert not relations.horizontalScrollBar().isVisible()
    assert spans.columnWidth(0) >= spans.text_width  # the annotation's text is never cut first
    model = window.annotations.model
    row = next(r for r in range(model.rowCount()) if model.span_at(r) is not None)
    span = model.span_at(row)
    tip = model.index(row, 2).data(Qt.ItemDataRole.ToolTipRole)
    surface = window.project.document(span.doc_id).text[span.start : span.end]
    assert surface in tip and model.index(row, 3).data() in tip
    item = relations.topLevelItem(0)
    assert item.text(3) and all(item.toolTip(c) == item.toolTip(0) for c in range(5))
    # A panel made narrow by hand still scrolls rather than cut every text to a letter.
    window.annotations.view.resize(200, 300)
    qtbot.waitUntil(lambda: spans.horizontalScrollBar().maximum() > 0)


def _team_window(make_window, tmp_path, screen):  # type: ignore[no-untyped-def]
    """The main window at a screen's size, on a document four annotators' layers share."""
    from tests.gui.test_all_layers_relations import team_document

    path, doc_id = team_document(tmp_path)
    width, height = screen
    window = make_window(path, size=(width - FRAME_WIDTH, height - FRAME_HEIGHT))
    window.open_document(doc_id)
    return window


@pytest.mark.parametrize("screen", [(1366, 768), (1280, 720)])
def test_the_all_layers_list_fits_with_its_annotator_column(
    vietnamese, qtbot, make_window, tmp_path, screen
) -> None:
    from annotator.gui.review.span_list import SpanListModel

    window = _team_window(make_window, tmp_path, screen)
    view = window.annotations.view
    qtbot.waitUntil(lambda: not view.isColumnHidden(SpanListModel.ANNOTATOR))
    qtbot.wait(50)
    assert not view.horizontalScrollBar().isVisible()
    assert view.columnWidth(0) >= view.text_width
    # The relation list tells the layers' identical relations apart by whose they are.
    tree = window.relations.tree
    qtbot.waitUntil(lambda: tree.topLevelItemCount() == 4)
    rows = [tree.topLevelItem(i) for i in range(4)]
    assert sorted(item.text(5) for item in rows) == ["an", "binh", "chi", "dung"]
    assert not tree.isColumnHidden(5) and not tree.horizontalScrollBar().isVisible()
    names = tree.fontMetrics().horizontalAdvance("dung") + 8  # whole, not "du…"
    assert tree.columnWidth(5) >= names
    window.team.set_layer("an")  # one layer: no column for whose
    qtbot.waitUntil(lambda: tree.topLevelItemCount() == 1)
    assert tree.isColumnHidden(5)


@pytest.mark.parametrize("screen", [(1366, 768), (1280, 720)])
def test_the_all_layers_relation_list_shows_each_end_whole(
    vietnamese, qtbot, make_window, tmp_path, screen
) -> None:
    """A head or tail too long for its column wraps onto more lines rather than being cut."""
    from PySide6.QtCore import QRect

    window = _team_window(make_window, tmp_path, screen)
    tree = window.relations.tree
    qtbot.waitUntil(lambda: tree.topLevelItemCount() == 4 and not tree.isColumnHidden(5))
    from PySide6.QtWidgets import QStyle

    metrics = tree.fontMetrics()
    margins = 2 * (
        tree.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, tree) + 1
    )
    wrapped_lines = 0
    for item in (tree.topLevelItem(i) for i in range(4)):
        tree.scrollToItem(item)
        for column in (0, 2):
            room = tree.columnWidth(column) - margins  # where the style draws the text
            text = item.text(column)
            assert all(metrics.horizontalAdvance(word) <= room for word in text.split())
            lines = metrics.boundingRect(QRect(0, 0, room, 10_000), Qt.TextFlag.TextWordWrap, text)
            assert tree.visualItemRect(item).height() >= lines.height()
            wrapped_lines += lines.height() > metrics.height()
    assert wrapped_lines  # "Bộ trưởng Bộ Ngoại giao" took more than one line
    assert not tree.horizontalScrollBar().isVisible()


def test_a_long_end_takes_three_lines_at_most(qtbot, make_window, tmp_path) -> None:
    """A long event's name ends in "…" on its third line rather than make a tall row."""
    from annotator.core.model import SourceDocument
    from annotator.core.operations import AddRelation, AddSpan
    from annotator.store import create_project

    text = (
        "Ông Phùng Xuân Nhạ dự Hội nghị toàn quốc triển khai Quyết định của Bộ Chính trị "
        "về công tác cán bộ và quy hoạch cán bộ lãnh đạo, quản lý các cấp nhiệm kỳ mới."
    )
    event = text[text.index("Hội nghị") : text.index(" nhiệm kỳ")]
    with create_project(tmp_path / "p.db", annotator="lan") as project:
        doc_id = project.add_document(SourceDocument(text=text, title="Hội nghị"))
        session = project.session("lan")
        person = session.apply(AddSpan(doc_id, 4, 18, "PER")).spans_added[0]
        at = text.index(event)
        meeting = session.apply(AddSpan(doc_id, at, at + len(event), "EVENT")).spans_added[0]
        session.apply(AddRelation(person, meeting, "PARTICIPATES"))
    window = make_window(tmp_path / "p.db", size=(1366 - FRAME_WIDTH, 768 - FRAME_HEIGHT))
    window.open_document(doc_id)
    tree = window.relations.tree
    qtbot.waitUntil(lambda: tree.topLevelItemCount() == 1)
    item = tree.topLevelItem(0)
    assert event in item.toolTip(2)  # the tooltip holds it whole
    lines = tree.visualItemRect(item).height() / tree.fontMetrics().lineSpacing()
    assert 2.5 < lines < 4  # three lines and the cell's margins, not seven
