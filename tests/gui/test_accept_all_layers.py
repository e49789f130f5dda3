"""Accept all pending, in the All layers view, decides no suggestion of another annotator's layer."""

from __future__ import annotations

import re
from pathlib import Path

from annotator.core.model import ACCEPTED, PENDING
from annotator.core.operations import AddSuggestions
from tests.gui.helpers import document_of, merged_team_window


def _states(project, doc_id: int) -> dict[str, str]:
    return {
        s.annotator: s.state for s in project.spans(doc_id, states=None) if s.suggester == "test"
    }


def test_accept_all_in_all_layers_leaves_other_annotators_suggestions_to_them(
    qtbot, make_window, tmp_path: Path
) -> None:
    window = merged_team_window(make_window, tmp_path)
    project = window.project
    doc_id = document_of(project, {"an", "binh"})
    text = project.document(doc_id).text
    first, second = [m.span() for m in re.finditer(r"\w+", text)][-2:]
    # binh's package came back with a suggestion binh has not decided; a suggester
    # run under its own name (no status of its own here) proposed another.
    for name, (start, end) in (("binh", first), ("suggester", second)):
        op = AddSuggestions(doc_id, spans=((start, end, "EVENT", "test", 0.9),))
        project.session(name).apply(op)
    assert window.team.view.layer is None  # the All layers view
    window.open_document(doc_id)
    qtbot.waitUntil(lambda: window.current_doc_id() == doc_id)
    qtbot.waitUntil(lambda: window.editor.pending_count() >= 2)
    window.commands.accept_all.trigger()
    assert _states(project, doc_id) == {"binh": PENDING, "suggester": ACCEPTED}
    assert "left to them" in window.statusBar().currentMessage()
