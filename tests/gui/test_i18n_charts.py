"""In Vietnamese, the statistics charts speak Vietnamese too: titles, axes, legends, categories.

The charts are matplotlib figures drawn inside the dialog, so the window walk
of test_i18n_completeness (widgets only) does not see their words.
"""

from __future__ import annotations

from pathlib import Path

from tests.app._corpus_projects import corpus_file
from tests.gui.i18n_support import is_english


def chart_texts(figure) -> list[str]:
    """Every word a figure shows: titles, axis labels, legend entries and category ticks."""
    texts = [t.get_text() for t in figure.texts]  # the title, across the figure
    texts += [t.get_text() for legend in figure.legends for t in legend.get_texts()]
    for axes in figure.axes:
        texts += [axes.get_title(), axes.get_xlabel(), axes.get_ylabel()]
        legend = axes.get_legend()
        if legend is not None:
            texts += [t.get_text() for t in legend.get_texts()]
        for axis in (axes.xaxis, axes.yaxis):
            texts += [t.get_text() for t in axis.get_ticklabels()]
    return [t for t in texts if t.strip()]


def _statistics(window, qtbot):
    window.corpus.actions["statistics"].trigger()
    dialog = window.corpus.dialog
    qtbot.waitUntil(lambda: dialog.stats is not None, timeout=20000)
    for canvas in dialog.canvases.values():
        canvas.draw()  # tick labels are made when the figure is drawn
    return dialog


def test_statistics_charts_are_in_vietnamese(vietnamese, qtbot, make_window, tmp_path: Path):
    window = make_window(corpus_file(tmp_path / "corpus.db"))
    dialog = _statistics(window, qtbot)
    shown = {name: chart_texts(c.figure) for name, c in dialog.canvases.items()}
    assert all(shown.values()), shown
    left = {name: [t for t in texts if is_english(t)] for name, texts in shown.items()}
    assert not any(left.values()), left


def test_the_check_sees_an_english_chart(qtbot, make_window, tmp_path: Path):
    window = make_window(corpus_file(tmp_path / "corpus.db"))
    dialog = _statistics(window, qtbot)  # English window: its chart words are catalogue sources
    texts = [t for c in dialog.canvases.values() for t in chart_texts(c.figure)]
    assert any(is_english(t) for t in texts)


def test_statistics_word_cells_are_in_vietnamese(vietnamese, qtbot, make_window, tmp_path: Path):
    from PySide6.QtWidgets import QTableWidget

    from annotator.gui.stats.headings import WORD_COLUMNS, column_heading

    window = make_window(corpus_file(tmp_path / "corpus.db"))
    dialog = _statistics(window, qtbot)
    headings = {column_heading(key) for key in WORD_COLUMNS}
    cells = []
    for grid in dialog.findChildren(QTableWidget):
        for c in range(grid.columnCount()):
            if grid.horizontalHeaderItem(c).text() in headings:
                cells += [grid.item(r, c).text() for r in range(grid.rowCount())]
    assert cells
    assert [t for t in cells if is_english(t)] == []
