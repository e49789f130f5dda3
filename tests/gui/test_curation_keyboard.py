"""The curator adjudicates by keyboard: arrows choose a row, Enter accepts it, Delete takes it out."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from annotator.core.team import CURATED
from tests.gui.helpers import document_of, merged_team_window


def _curated(project, doc_id: int) -> list[str]:
    return sorted(s.label for s in project.spans(doc_id) if s.annotator == CURATED)


def test_enter_accepts_the_chosen_row_and_delete_takes_it_out(
    qtbot, make_window, tmp_path: Path
) -> None:
    window = merged_team_window(make_window, tmp_path)
    project = window.project
    doc_id = document_of(project, {"an", "chi"})
    window.open_document(doc_id)
    qtbot.waitUntil(lambda: window.current_doc_id() == doc_id)
    action = next(a for a in window.team.actions if a.text().replace("&", "").startswith("Curate"))
    action.trigger()
    curation = window.team.dialog
    table = curation.table
    qtbot.waitUntil(table.hasFocus)
    assert _curated(project, doc_id) == ["PER", "ROLE"]  # both annotators have them
    loc = next(n for n, row in enumerate(curation.rows) if row.key[2] == "LOC")  # an's alone
    for _ in range(loc - table.currentRow()):
        qtbot.keyClick(table, Qt.Key.Key_Down)
    assert table.currentRow() == loc
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert _curated(project, doc_id) == ["LOC", "PER", "ROLE"]
    assert curation.isVisible()  # Enter decided the row; it did not close or merge
    qtbot.keyClick(table, Qt.Key.Key_Home)
    while curation.rows[table.currentRow()].key[2] != "LOC":
        qtbot.keyClick(table, Qt.Key.Key_Down)
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert _curated(project, doc_id) == ["PER", "ROLE"]
