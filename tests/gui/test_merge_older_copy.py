# ruff: noqa: F811 (the GUI fixtures are imported by name, then requested as arguments)
"""An older copy of a package merged after a newer one is refused, not merged over it.

An annotator returns a package, adds a span, returns it again; the lead merges
the newer copy, then (by mistake) the older one. Before, the older layer
replaced the newer one with a report like any other merge, and the later span
was gone. Now the window asks, in Vietnamese, and answering no keeps the newer
work; answering yes merges the older copy. The same copy twice only gets a note.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from annotator.app.team.merge import merge_package
from annotator.app.team.merge_order import OlderPackageError
from annotator.core.operations import AddSpan
from annotator.store import open_project
from tests.app.team.team_project import build_team_project
from tests.gui.conftest import make_window, private_settings  # noqa: F401 (fixtures)
from tests.gui.i18n_support import is_english, vietnamese_interface


@pytest.fixture
def copies(tmp_path: Path):
    """The team project, an's package as first returned, and a later copy with one more span."""
    setup = build_team_project(tmp_path)
    setup.project.close()
    package = setup.packages.files["an"]
    older = tmp_path / "returned-monday" / package.name
    older.parent.mkdir()
    shutil.copy(package, older)
    opened = open_project(package, annotator="an")
    doc_id = opened.document_ids()[0]
    start = opened.document(doc_id).text.index("Ông")
    opened.session().apply(AddSpan(doc_id, start, start + 3, "ROLE"))
    opened.close()
    newer = tmp_path / "returned-friday" / package.name
    newer.parent.mkdir()
    shutil.copy(package, newer)
    return setup.project.path, older, newer


def _an_spans(path: Path) -> int:
    project = open_project(path)
    try:
        return project.layer_mark("an")[0]
    finally:
        project.close()


def test_the_window_asks_in_vietnamese_and_keeps_the_newer_work(
    qtbot, make_window, copies, monkeypatch
) -> None:
    project_path, older, newer = copies
    window = make_window(project_path)
    asked: list[str] = []

    def refuse(box) -> int:
        asked.append(box.text())
        return int(box.StandardButton.No)

    monkeypatch.setattr("annotator.gui.team.controller.QMessageBox.exec", refuse)
    with vietnamese_interface():
        assert len(window.team.merge([newer])) == 1
        after_newer = window.context.project.layer_mark("an")
        reports = window.team.merge([older])
    assert reports == []
    assert window.context.project.layer_mark("an") == after_newer
    assert len(asked) == 1 and "an" in asked[0] and not is_english(asked[0]), asked
    details = window.team.dialog.details.toPlainText()
    assert older.name in details and not is_english(details), details
    window.close()
    assert _an_spans(project_path) == after_newer[0]


def test_answering_yes_merges_the_older_copy(qtbot, make_window, copies, monkeypatch) -> None:
    project_path, older, newer = copies
    window = make_window(project_path)
    monkeypatch.setattr(
        "annotator.gui.team.controller.QMessageBox.exec", lambda box: int(box.StandardButton.Yes)
    )
    window.team.merge([newer])
    with_later_span = window.context.project.layer_mark("an")[0]
    assert len(window.team.merge([older])) == 1
    assert window.context.project.layer_mark("an")[0] == with_later_span - 1


def test_the_command_line_refuses_unless_told(copies) -> None:
    project_path, older, newer = copies
    project = open_project(project_path)
    try:
        session = project.session()
        merge_package(project, session, newer)
        again = merge_package(project, session, newer)
        assert any("unchanged since" in note for note in again.notes), again.notes
        with pytest.raises(OlderPackageError, match="older copy of an's package"):
            merge_package(project, session, older)
        session.undo()  # the newer copy's second merge: the layer it left is back
        session.undo()  # the newer copy's first merge: the record no longer describes the layer
        report = merge_package(project, session, older)
    finally:
        project.close()
    assert report.annotator == "an"
