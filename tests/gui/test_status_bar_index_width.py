"""The status bar's search-index field keeps one width while it counts, in either language."""

from __future__ import annotations

import pytest

from annotator.core.model import SourceDocument
from annotator.gui.i18n import install_translator
from annotator.store import create_project


def _widths(qtbot, window) -> dict[str, tuple[int, int]]:
    """(field width, x of the field) after each step of a fill and the left-out notice."""
    status = window.status
    seen = {}
    steps = [(0, 9), (9, 9), (0, 120_000), (4_200, 120_000), (119_999, 120_000), (0, 1_000_000)]
    for done, total in steps:
        status.show_indexing(done, total)
        qtbot.waitUntil(lambda: status.index_label.text() != "")
        window.repaint()  # lays the bar out again
        label = status.index_label
        assert label.sizeHint().width() <= label.width(), label.text()  # the text fits
        seen[label.text()] = (label.width(), label.x())
    status.show_indexing(0, 0)
    status.show_left_out([(7, "incorrect header check")] * 12)
    window.repaint()
    seen[status.index_label.text()] = (status.index_label.width(), status.index_label.x())
    return seen


@pytest.mark.parametrize("language", ["en", "vi"])
def test_the_field_does_not_move_while_counting(qtbot, make_window, tmp_path, language) -> None:
    path = tmp_path / "p.db"
    with create_project(path, annotator="lan") as project:
        project.add_document(SourceDocument(text="Kỳ họp thứ năm."))
    assert install_translator(language) == language
    try:
        window = make_window(path)
        seen = _widths(qtbot, window)
        word = {"en": "Indexing for search", "vi": "Đang lập chỉ mục tìm kiếm"}[language]
        assert any(text.startswith(word) for text in seen)
        assert len(set(seen.values())) == 1, seen  # one width, one place, for every text
    finally:
        install_translator("en")
