"""Pending suggestions are nobody's vote in the curation view: a suggester's layer disputes nothing."""

from __future__ import annotations

from pathlib import Path

from annotator.core.operations import AddSuggestions
from annotator.core.team import CURATED
from tests.app.team.team_project import build_team_project


def test_a_layer_of_pending_suggestions_does_not_vote(qtbot, make_window, tmp_path: Path):
    setup = build_team_project(tmp_path)
    setup.project.close()
    window = make_window(setup.project.path)
    window.team.merge(list(setup.packages.files.values()))
    project = window.project
    doc_id = next(
        d for d in project.document_ids() if set(project.annotator_statuses(d)) == {"an", "chi"}
    )
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
