"""The statistics view in the real window: tables and matplotlib charts, splits, saved files."""

from __future__ import annotations

from pathlib import Path

from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from PySide6.QtCore import Qt

from tests.app._corpus_projects import corpus_file


def test_statistics_tabs_charts_split_and_files(qtbot, make_window, tmp_path: Path, screenshots):
    window = make_window(corpus_file(tmp_path / "corpus.db"))
    window.corpus.actions["statistics"].trigger()
    dialog = window.corpus.dialog
    qtbot.waitUntil(lambda: dialog.stats is not None, timeout=20000)
    titles = [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())]
    assert titles == [
        "Documents",
        "By annotator",
        "Annotators",
        "Spans",
        "Suggesters",
        "Progress",
        "Frequent surfaces",
    ]
    charts = {"documents", "annotator_status", "spans", "suggesters", "progress"}
    assert set(dialog.canvases) == charts
    assert all(isinstance(c, FigureCanvasQTAgg) for c in dialog.canvases.values())
    grid = dialog.tabs.widget(0).widget(0)
    assert [grid.item(r, 1).text() for r in range(grid.rowCount())] == ["1", "1", "1", "0"]
    dialog.ratios.setText("1:1")
    qtbot.mouseClick(dialog.split_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "splits" in dialog.stats.tables, timeout=20000)
    assert dialog.tabs.tabText(dialog.tabs.count() - 1) == "Splits"
    dialog.tabs.setCurrentIndex(2)
    dialog.grab().save(str(screenshots / "corpus-statistics.png"))
    written = dialog.save(tmp_path / "out")
    assert (tmp_path / "out" / "splits.png").is_file() and len(written) == 14
    dialog.ratios.setText("x")
    qtbot.mouseClick(dialog.split_button, Qt.MouseButton.LeftButton)
    assert "8:1:1" in dialog.summary.text()
    dialog.close()
