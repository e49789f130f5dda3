"""Numbers the window shows follow the interface language: ¶1.234 and 0,87 in Vietnamese."""

from __future__ import annotations

import re
from pathlib import Path

from annotator.core.model import SourceDocument
from annotator.core.operations import AddSpan
from annotator.store import create_project
from tests.gui.helpers import merged_team_window
from tests.gui.test_i18n_charts import chart_texts

DECIMAL_DOT = re.compile(r"\d\.\d")  # 0.87: a figure written the English way


def test_paragraph_positions_are_grouped(vietnamese, qtbot, make_window, tmp_path: Path):
    path = tmp_path / "long.db"
    text = "".join(f"Đoạn {i}.\n" for i in range(1, 1301))
    start = text.index("Đoạn 1234.")
    with create_project(path, annotator="lan") as project:
        doc_id = project.add_document(SourceDocument(text=text, title="Dài"))
        project.session().apply(AddSpan(doc_id, start, start + 4, "EVENT"))
    window = make_window(path)
    window.open_document(doc_id)
    model = window.annotations.model
    qtbot.waitUntil(lambda: len(model.spans()) == 1)
    row = next(r for r in range(model.rowCount()) if model.span_at(r) is not None)
    where = model.index(row, 3).data()
    assert where.startswith("¶1.234:"), where
    window.editor.select_span(model.span_at(row).id)
    assert "¶1.234" in window.status.position_label.text()


def test_agreement_figures_use_the_decimal_comma(vietnamese, qtbot, make_window, tmp_path: Path):
    window = merged_team_window(make_window, tmp_path)
    action = next(a for a in window.team.actions if "đồng thuận" in a.text().replace("&", ""))
    action.trigger()
    dialog = window.team.dialog
    lines = dialog.text.toPlainText().splitlines()
    figures = [line for line in lines if "kappa" in line]
    assert figures and all(re.search(r"\d,\d", line) for line in figures), figures
    assert not [line for line in lines if DECIMAL_DOT.search(line)]
    table = dialog.documents
    cells = [table.item(r, c).text() for r in range(table.rowCount()) for c in (1, 2)]
    assert any("," in cell for cell in cells) and not any(DECIMAL_DOT.search(c) for c in cells)
    dialog.canvas.draw()
    axes = dialog.canvas.figure.axes[0]
    shown = [t.get_text() for t in axes.texts] + chart_texts(dialog.canvas.figure)
    assert any(re.fullmatch(r"-?\d,\d\d", t) for t in shown), shown
    assert not [t for t in shown if DECIMAL_DOT.search(t)]


def test_the_heat_map_shows_the_pairs_names_whole(qtbot, make_window, tmp_path: Path):
    window = merged_team_window(make_window, tmp_path)
    action = next(a for a in window.team.actions if a.text().replace("&", "").startswith("Agree"))
    action.trigger()
    dialog = window.team.dialog
    qtbot.waitExposed(dialog)
    canvas = dialog.canvas
    canvas.draw()
    renderer = canvas.get_renderer()
    axes = canvas.figure.axes[0]
    names = [label for label in axes.get_yticklabels() if label.get_text()]
    assert {label.get_text() for label in names} == {"an – binh", "an – chi", "binh – chi"}
    for label in names:  # inside the canvas: no name loses its first letters
        assert label.get_window_extent(renderer).x0 >= 0, label.get_text()
