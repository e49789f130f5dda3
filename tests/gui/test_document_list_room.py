"""The Documents list gives its room to the titles, and shows 0 pending like 0 accepted.

At 1366 px the count columns, sized to their headings "Accepted" and
"Pending", took half the panel and cut titles to about 12 letters; a document
never run through suggestions showed a blank Pending cell beside a 0.
"""

from __future__ import annotations

from PySide6.QtCore import Qt

from annotator.core.model import SourceDocument
from annotator.store import open_project


def test_titles_take_the_room_the_counts_do_not_need(qtbot, make_window, demo_path) -> None:
    window = make_window(demo_path, size=(1366, 740))
    table = window.documents.table
    qtbot.waitUntil(lambda: table.model() is not None and table.model().rowCount() > 0)
    header, metrics = table.horizontalHeader(), table.fontMetrics()
    counts = [header.sectionSize(column) for column in (2, 3)]
    assert all(width <= metrics.horizontalAdvance("8888") + 24 for width in counts), counts
    widths = [header.sectionSize(c) for c in range(4)]
    assert widths[0] >= 0.4 * table.viewport().width(), widths  # was under a third
    model = table.model()
    for column in (2, 3):  # what a mark counts, said under the pointer
        assert model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    title = model.index(0, 0)
    assert model.data(title, Qt.ItemDataRole.ToolTipRole)  # the whole title on hover


def test_a_document_never_suggested_shows_zero_pending(qtbot, make_window, demo_path) -> None:
    with open_project(demo_path) as project:
        doc_id = project.add_document(SourceDocument(text="Bài chưa gợi ý.", title="Chưa gợi ý"))
    window = make_window(demo_path, size=(1366, 740))
    table = window.documents.table
    qtbot.waitUntil(lambda: table.model() is not None and table.model().rowCount() > 0)
    model = table.model()
    row = next(r for r in range(model.rowCount()) if model.doc_id_at(r) == doc_id)
    cells = [model.data(model.index(row, column)) for column in (2, 3)]
    assert cells == [0, 0], cells
