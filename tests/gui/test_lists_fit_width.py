"""The annotation and relation lists show no sideways scrollbar at the default window sizes."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt

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
    paragraph, line = model.index(row, 3).data().lstrip("¶").split(":")  # short: "¶3:5"
    assert surface in tip and f"¶{paragraph} · dòng {line}" in tip  # whole in the tooltip
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


def _one_line_or_elided(tree, rows: int) -> None:
    """Every relation row is one line high, and a cell too long for its column (drawn
    ending in "…") reads whole in the row's tooltip."""
    from PySide6.QtWidgets import QStyle

    metrics = tree.fontMetrics()
    margins = 2 * (
        tree.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, tree) + 1
    )
    for item in (tree.topLevelItem(i) for i in range(rows)):
        assert tree.visualItemRect(item).height() < 2 * metrics.lineSpacing()
        for column in range(tree.columnCount()):
            text = item.text(column)
            if not tree.isColumnHidden(column) and (
                metrics.horizontalAdvance(text) > tree.columnWidth(column) - margins
            ):
                assert text.rstrip("…").strip() in item.toolTip(column), (column, text)


def _qt_measure(header, column: int, *, arrow: bool) -> int:
    """Qt's own measure of a heading, with or without room for the sort arrow."""
    shown = header.isSortIndicatorShown()
    header.setSortIndicatorShown(arrow)
    try:
        return header.sectionSizeFromContents(column).width()
    finally:
        header.setSortIndicatorShown(shown)


def _headings_whole(qtbot, header, clicked: int | None = None) -> None:
    """Each shown heading whole, the one the list is ordered by beside its arrow (after
    clicking `clicked`, as a reader orders the list)."""
    if clicked is not None:
        where = QPoint(header.sectionViewportPosition(clicked) + 5, header.height() // 2)
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=where)
        qtbot.waitUntil(lambda: header.sortIndicatorSection() == clicked)
    for column in range(header.count()):
        if not header.isSectionHidden(column):
            sorted_here = header.isSortIndicatorShown() and header.sortIndicatorSection() == column
            needed = _qt_measure(header, column, arrow=sorted_here)
            assert header.sectionSize(column) >= needed, (column, needed)


@pytest.mark.parametrize("language", ["vi", "en"])
@pytest.mark.parametrize("screen", [(1366, 768), (1920, 1080)])
def test_relation_cells_keep_one_line_and_headings_stay_whole(
    request, qtbot, make_window, tmp_path, screen, language
) -> None:
    """Wrapped ends made uneven rows ("Nguyễn Sinh / Hùng") and "Vị trí" was cut to "Vị tr▾"."""
    if language == "vi":
        request.getfixturevalue("vietnamese")
    window = _team_window(make_window, tmp_path, screen)
    tree = window.relations.tree
    qtbot.waitUntil(lambda: tree.topLevelItemCount() == 4 and not tree.isColumnHidden(5))
    _one_line_or_elided(tree, 4)
    assert not tree.horizontalScrollBar().isVisible()
    _headings_whole(qtbot, tree.header(), clicked=3)  # ordered by its state
    assert not tree.horizontalScrollBar().isVisible()
    window.team.set_layer("an")  # one layer: the ends have the layer column's room too
    qtbot.waitUntil(lambda: tree.topLevelItemCount() == 1 and tree.isColumnHidden(5))
    _one_line_or_elided(tree, 1)
    _headings_whole(qtbot, tree.header())
    spans = window.annotations.view.horizontalHeader()
    _headings_whole(qtbot, spans)  # ordered by position: "Vị trí" beside its arrow
    _headings_whole(qtbot, spans, clicked=2)  # then by source


def test_a_long_end_is_cut_on_one_line_beside_a_fair_share_for_the_other(
    qtbot, make_window, tmp_path
) -> None:
    """A long event's name ends in "…" in its one line; the person beside it keeps a fair
    share of the room rather than 40% of the event's width."""
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
    _one_line_or_elided(tree, 1)
    # A relation made by hand keeps no Source room for "100% relations" from the ends.
    by_hand = tree.fontMetrics().horizontalAdvance(item.text(4))
    assert tree.columnWidth(4) <= max(by_hand + 24, tree.least_widths[4])
    # The long end does not take the short one's room: each gets a fair share.
    assert tree.columnWidth(0) >= tree.columnWidth(2) - 8
    assert tree.columnWidth(0) >= tree.least_widths[0]
    assert not tree.horizontalScrollBar().isVisible()
