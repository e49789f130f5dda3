"""Pending suggestions are nobody's vote in the curation view: a suggester's layer disputes nothing."""

from __future__ import annotations

from pathlib import Path

from annotator.core.operations import AddSuggestions
from annotator.core.team import CURATED
from tests.gui.helpers import document_of, merged_team_window


def test_a_layer_of_pending_suggestions_does_not_vote(qtbot, make_window, tmp_path: Path):
    window = merged_team_window(make_window, tmp_path)
    project = window.project
    doc_id = document_of(project, {"an", "chi"})
    text = project.document(doc_id).text
    start = text.rindex(" ") + 1
    suggestion = AddSuggestions(doc_id, spans=((start, len(text), "EVENT", "rules", 0.9),))
    project.session("suggester").apply(suggestion)  # someone ran the suggester, nothing more
    window.open_document(doc_id)
    qtbot.waitUntil(lambda: window.current_doc_id() == doc_id)
    action = next(a for a in window.team.actions if a.text().replace("&", "").startswith("Curate"))
    action.trigger()
    curation = window.team.dialog
    assert curation.raters == ["an", "chi"]
    assert curation.summary.text().startswith("2 annotators")
    # "All annotators agree" holds for what an and chi both have, merged at opening.
    curated = sorted(s.label for s in project.spans(doc_id) if s.annotator == CURATED)
    assert curated == ["PER", "ROLE"]
