"""`annotator labels`: the schema editor's operations from the command line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from annotator.cli import cli
from annotator.core.model import SourceDocument
from annotator.core.operations import AddSpan
from annotator.store import create_project, open_project


@pytest.fixture
def project_file(tmp_path: Path) -> Path:
    path = tmp_path / "p.db"
    project = create_project(path, annotator="tester")
    doc_id = project.add_document(SourceDocument(text="Ông A ở Huế.", title="Tin"))
    project.session().apply(AddSpan(doc_id, 8, 11, "LOC"))
    project.close()
    return path


def _run(*args: str, input: str | None = None):
    return CliRunner().invoke(cli, ["labels", *args], input=input)


def test_add_recolour_rename_and_list(project_file: Path) -> None:
    added = _run("add", str(project_file), "CHỨC VỤ", "--key", "q", "--crosses-paragraphs")
    assert added.exit_code == 0, added.output
    assert _run("recolour", str(project_file), "CHỨC VỤ", "#ABC").exit_code == 0
    assert _run("rename", str(project_file), "LOC", "ĐỊA DANH").exit_code == 0
    listed = _run("list", str(project_file), "--json")
    data = json.loads(listed.output)
    labels = {label["name"]: label for label in data["labels"]}
    assert labels["CHỨC VỤ"]["color"] == "#aabbcc" and labels["CHỨC VỤ"]["key"] == "q"
    assert labels["CHỨC VỤ"]["crosses_paragraphs"]  # recolouring kept it
    assert labels["ĐỊA DANH"]["spans"] == {"accepted": 1}
    assert "LOC" not in labels
    assert "ĐỊA DANH" in _run("list", str(project_file)).output


def test_changes_are_undoable_steps_of_the_action_log(project_file: Path) -> None:
    _run("rename", str(project_file), "LOC", "PLACE")
    project = open_project(project_file)  # the same user as the command's
    try:
        assert "PLACE" in project.schema().label_names()
        assert project.session().undo() is not None
        assert "LOC" in project.schema().label_names()
        assert project.stats()["labels"] == {"LOC": {"accepted": 1}}
    finally:
        project.close()


def test_remove_asks_before_deleting_spans_and_can_relabel(project_file: Path) -> None:
    refused = _run("remove", str(project_file), "LOC", input="n\n")
    assert refused.exit_code != 0 and "Delete the 1 span labelled LOC?" in refused.output
    done = _run("remove", str(project_file), "LOC", "--relabel-to", "ORG")
    assert done.exit_code == 0, done.output
    project = open_project(project_file)
    try:
        assert "LOC" not in project.schema().label_names()
        assert project.stats()["labels"] == {"ORG": {"accepted": 1}}
    finally:
        project.close()


def test_relation_types(project_file: Path) -> None:
    added = _run("add-relation", str(project_file), "KNOWS", "--head", "PER", "--tail", "PER")
    assert added.exit_code == 0, added.output
    assert "KNOWS                PER → PER" in _run("list", str(project_file)).output
    assert _run("remove-relation", str(project_file), "KNOWS").exit_code == 0
    assert "KNOWS" not in _run("list", str(project_file)).output


def test_mistakes_are_messages(project_file: Path) -> None:
    twice = _run("add", str(project_file), "PER")
    assert twice.exit_code == 1 and "already exists" in twice.output
    colour = _run("recolour", str(project_file), "PER", "red")
    assert colour.exit_code == 1 and "#rrggbb" in colour.output
    unknown = _run("rename", str(project_file), "NOPE", "X")
    assert unknown.exit_code == 1 and "Traceback" not in unknown.output


def test_one_relation_is_counted_in_the_singular(tmp_path: Path) -> None:
    from annotator.core.operations import AddRelation

    path = tmp_path / "one.db"
    project = create_project(path, annotator="tester")
    text = "Ông Phan Việt Cường, Bộ trưởng."
    doc_id = project.add_document(SourceDocument(text=text, title="Tin"))
    session = project.session()
    person = session.apply(AddSpan(doc_id, 4, 19, "PER")).spans_added[0]
    role = session.apply(AddSpan(doc_id, 21, 30, "ROLE")).spans_added[0]
    session.apply(AddRelation(person, role, "HOLDS"))
    project.close()
    listed = _run("list", str(path))
    holds = next(line for line in listed.output.splitlines() if line.strip().startswith("HOLDS"))
    assert holds.endswith("  1 relation"), holds
    refused = _run("remove-relation", str(path), "HOLDS", input="n\n")
    assert "Delete the 1 relation of type HOLDS?" in refused.output, refused.output
    refused = _run("remove", str(path), "PER", input="n\n")
    assert "Delete the 1 span labelled PER?" in refused.output, refused.output
