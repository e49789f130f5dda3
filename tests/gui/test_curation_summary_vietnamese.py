"""The curation summary in Vietnamese counts disputes without calling settled ones unsettled.

Before, "{spans} disputed" read "còn bất đồng" (still in dispute): once the
lead had accepted both disputed spans into the curated layer, the summary
still said two remained, beside "trạng thái: đã duyệt".
"""

from __future__ import annotations

from pathlib import Path

from annotator.core.team import CURATED
from tests.gui.helpers import document_of, merged_team_window
from tests.gui.i18n_support import vietnamese_interface


def test_disputes_settled_in_the_curated_layer_are_not_said_to_remain(
    qtbot, make_window, tmp_path: Path
) -> None:
    window = merged_team_window(make_window, tmp_path)
    project = window.project
    doc_id = document_of(project, {"an", "binh"})
    window.open_document(doc_id)
    qtbot.waitUntil(lambda: window.current_doc_id() == doc_id)
    with vietnamese_interface():
        curation = window.team.curate_current()
        disputed = [i for i, row in enumerate(curation.rows) if not row.curated_ids]
        assert disputed, "an and binh differ on Hà Nội"
        for i in disputed:
            curation.table.selectRow(i)
            curation.accept_selected()
        summary = curation.summary.text()
    curated = {s.label for s in project.spans(doc_id) if s.annotator == CURATED}
    assert {"LOC", "ORG"} <= curated, curated
    assert "còn bất đồng" not in summary, summary
    assert "bất đồng" in summary, summary
