"""In Vietnamese, the agreement dialog's figures and heat map speak Vietnamese, not the CLI's English."""

from __future__ import annotations

from pathlib import Path

from tests.gui.helpers import merged_team_window
from tests.gui.i18n_support import is_english
from tests.gui.test_i18n_charts import chart_texts


def test_the_agreement_figures_are_in_vietnamese(vietnamese, qtbot, make_window, tmp_path: Path):
    window = merged_team_window(make_window, tmp_path)
    action = next(a for a in window.team.actions if "đồng thuận" in a.text().replace("&", ""))
    action.trigger()
    dialog = window.team.dialog
    lines = dialog.text.toPlainText().splitlines()
    # The annotators' names (binh is a word of the catalogue's examples) are not the interface's.
    english = [line for line in lines if is_english(line.replace("binh", "B"))]
    assert not english, english
    # The figures are the project's: an and binh agree on 20 spans, 10 only each (by hand
    # in tests/app/team/test_agreement_report.py).
    an_binh = next(line for line in lines if line.startswith("an & binh"))
    assert "20 trùng khớp" in an_binh and "10 chỉ an có" in an_binh, an_binh
    assert lines[0] == "Người chú thích: an, binh, chi"
    dialog.canvas.draw()
    words = [t for t in chart_texts(dialog.canvas.figure) if is_english(t.replace("binh", "B"))]
    assert not words, words
    dialog.metric_choice.setCurrentIndex(1)
    dialog.canvas.draw()
    scale = dialog.canvas.figure.axes[1].get_ylabel()
    assert scale == dialog.metric_choice.currentText() and not is_english(scale)


def test_the_agreement_dialog_closes_with_its_close_button(qtbot, make_window, tmp_path: Path):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QDialogButtonBox

    window = merged_team_window(make_window, tmp_path)
    action = next(a for a in window.team.actions if a.text().replace("&", "").startswith("Agree"))
    action.trigger()
    dialog = window.team.dialog
    qtbot.waitExposed(dialog)
    close = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Close)
    qtbot.mouseClick(close, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert window.project.document_count() == 30  # closing changed nothing


def test_every_agreement_figure_has_three_decimals(vietnamese, qtbot, make_window, tmp_path: Path):
    """0,8 above 0,873 read as the smaller: one number of decimals in the lines and the table."""
    import re

    from PySide6.QtCore import Qt

    window = merged_team_window(make_window, tmp_path)
    action = next(a for a in window.team.actions if "đồng thuận" in a.text().replace("&", ""))
    action.trigger()
    dialog = window.team.dialog
    text = dialog.text.toPlainText()
    figures = re.findall(r"(?:F1|kappa|alpha|chồng lấn) (-?\d+(?:,\d+)?)", text)
    assert len(figures) > 10, text
    assert all(re.fullmatch(r"-?\d,\d{3}", f) for f in figures), figures
    table = dialog.documents
    cells = [table.item(row, c).text() for row in range(table.rowCount()) for c in (1, 2)]
    assert cells and all(re.fullmatch(r"-?\d,\d{3}|–", cell) for cell in cells), cells
    assert any(cell.endswith("0") for cell in cells + figures)  # 0,800, not 0,8
    right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
    assert table.item(0, 1).textAlignment() == right  # decimals one above another
