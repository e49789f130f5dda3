"""The document list's count headings are marks shown whole, with what they count under the pointer.

"Nhận" alone (for Accepted) read as a word cut short, and the whole words took
half the panel from the titles; the headings are a tick and a dotted circle,
never cut, and each says in a tooltip what it counts.
"""

from __future__ import annotations

from PySide6.QtCore import Qt


def _headings(window) -> list[tuple[str, str, int, int]]:
    table = window.documents.table
    model, header = table.model(), table.horizontalHeader()
    metrics = header.fontMetrics()
    out = []
    for column in (2, 3):
        text = model.headerData(column, Qt.Orientation.Horizontal)
        tip = model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
        out.append((text, tip, header.sectionSize(column), metrics.horizontalAdvance(text)))
    return out


def test_the_count_headings_are_whole_words_with_tooltips_in_vietnamese(
    vietnamese, qtbot, make_window, demo_path
) -> None:
    window = make_window(demo_path, size=(1366, 740))
    qtbot.waitUntil(lambda: window.documents.table.model() is not None)
    (accepted, pending) = _headings(window)
    assert accepted[:2] == ("✓", "Chú thích đã chấp nhận trong tài liệu"), accepted
    assert pending[1] == "Gợi ý và quan hệ gợi ý đang chờ duyệt", pending
    assert all(width >= needed for _t, _tip, width, needed in (accepted, pending))


def test_the_count_headings_have_tooltips_in_english(qtbot, make_window, demo_path) -> None:
    window = make_window(demo_path)
    qtbot.waitUntil(lambda: window.documents.table.model() is not None)
    tips = [tip for _text, tip, _width, _needed in _headings(window)]
    assert tips == [
        "Annotations accepted in the document",
        "Suggestions and suggested relations waiting for review",
    ]
