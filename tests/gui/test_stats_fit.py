"""Every statistics table shows all its columns beside its chart, counts included."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication, QTableWidget

from tests.gui.i18n_support import vietnamese_interface
from tests.gui.test_corpus_stats import corpus_file


def _hidden_columns(dialog) -> dict[str, int]:
    """Per tab, how many pixels of its table lie beyond the table's view."""
    hidden = {}
    for index in range(dialog.tabs.count()):
        dialog.tabs.setCurrentIndex(index)
        QApplication.processEvents()
        grid = dialog.tabs.widget(index).findChild(QTableWidget) or dialog.tabs.widget(index)
        hidden[dialog.tabs.tabText(index)] = grid.horizontalScrollBar().maximum()
    return hidden


def test_no_table_hides_a_column_in_vietnamese(qtbot, make_window, tmp_path: Path) -> None:
    with vietnamese_interface():
        window = make_window(corpus_file(tmp_path / "corpus.db"))
        window.corpus.actions["statistics"].trigger()
        dialog = window.corpus.dialog
        qtbot.waitUntil(lambda: dialog.stats is not None, timeout=20000)
        hidden = _hidden_columns(dialog)
        assert not any(hidden.values()), hidden
