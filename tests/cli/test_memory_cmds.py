"""`annotator memory`: list what the project's memory holds back, and lift it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from annotator.app.suggest.memory import CANDIDATE, remembered
from annotator.cli import cli
from annotator.core.model import SourceDocument
from annotator.core.operations import AddSuggestions, SetSpanState
from annotator.nlp.base import Suggestion
from annotator.store import create_project, open_project


@pytest.fixture
def project_file(tmp_path: Path) -> Path:
    """`Myanmar` (LOC) rejected in two documents, inside a longer ORG each time."""
    path = tmp_path / "p.db"
    project = create_project(path, annotator="tester")
    session = project.session()
    for i in range(2):
        text = f"Máy bay rời căn cứ không quân Myanmar lần {i}."
        doc = project.add_document(SourceDocument(text=text, title=f"t{i}"))
        at = text.index("Myanmar")
        added = session.apply(AddSuggestions(doc, spans=((at, at + 7, "LOC", "rules", 0.8),)))
        session.apply(SetSpanState(added.spans_added[0], "rejected"))
    project.add_document(SourceDocument(text="Myanmar và Lào.", title="later"))
    project.close()
    return path


def _run(*args: str):
    return CliRunner().invoke(cli, ["memory", *args])


def _held_in_the_later_document(path: Path) -> bool:
    project = open_project(path)
    try:
        later = project.document_ids()[-1]
        found = [Suggestion(0, 7, "LOC", "rules", 0.8)]
        return remembered(project, later, found, CANDIDATE) == []
    finally:
        project.close()


def test_the_list_names_the_surface_its_label_rejections_and_documents(project_file) -> None:
    listed = _run("held-back", str(project_file))
    assert listed.exit_code == 0, listed.output
    assert "“Myanmar” (LOC): 2 rejections in documents 1, 2" in listed.output, listed.output
    rows = json.loads(_run("held-back", str(project_file), "--json").output)
    places = [
        {"document": i + 1, "title": f"t{i}", "start": 30, "end": 37,
         "context": f"Máy bay rời căn cứ không quân [Myanmar] lần {i}."}
        for i in range(2)
    ]  # fmt: skip
    assert rows == [
        {"surface": "Myanmar", "label": "LOC", "rejections": 2, "documents": [1, 2],
         "places": places}
    ]  # fmt: skip


def test_the_list_shows_each_place_as_its_title_and_the_words_around_it(project_file) -> None:
    """An offset ("t0 @ 30") tells a reader nothing; the title and the words around do."""
    listed = _run("held-back", str(project_file)).output
    assert "    t0 (document 1): Máy bay rời căn cứ không quân [Myanmar] lần 0." in listed, listed
    assert "    t1 (document 2): Máy bay rời căn cứ không quân [Myanmar] lần 1." in listed, listed
    assert "@" not in listed


def test_a_lift_lets_the_next_run_propose_it_and_is_one_undoable_step(project_file) -> None:
    assert _held_in_the_later_document(project_file)
    lifted = _run("lift", str(project_file), "MYANMAR", "--label", "LOC")
    assert lifted.exit_code == 0, lifted.output
    assert "proposes “Myanmar” (LOC) again" in lifted.output
    assert not _held_in_the_later_document(project_file)
    assert "holds nothing back" in _run("held-back", str(project_file)).output
    project = open_project(project_file)  # the same annotator as the command's
    try:
        undone = project.session().undo()  # the window's Ctrl+Z reaches it too
        assert undone is not None and undone.memory_changed
    finally:
        project.close()
    assert _held_in_the_later_document(project_file)


def test_lifting_what_is_not_held_back_says_so(project_file) -> None:
    refused = _run("lift", str(project_file), "Myanmar", "--label", "ORG")
    assert refused.exit_code != 0
    assert "does not hold back “Myanmar” with the label ORG" in refused.output
