# ruff: noqa: F811 (the GUI fixtures are imported by name, then requested as arguments)
"""A package using labels and relation types the project lacks is refused in Vietnamese.

The refusal names the missing labels and types by their keys (kept as they
are) and says everything around them, counts included, in the interface
language: the merge report dialog of the real window shows it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from annotator.app.team.merge import merge_package
from annotator.core.errors import TeamError
from annotator.core.operations import AddRelation, AddSpan, PutLabel, PutRelationType
from annotator.store import open_project
from tests.app.team.team_project import build_team_project
from tests.gui.conftest import make_window, private_settings  # noqa: F401 (fixtures)
from tests.gui.i18n_support import is_english, vietnamese_interface


@pytest.fixture
def refused(tmp_path: Path):
    """The team project and chi's package, which uses NGUOI (2 spans) and QUEN (1 relation)."""
    setup = build_team_project(tmp_path)
    setup.project.close()
    path = setup.packages.files["chi"]
    package = open_project(path, annotator="chi")
    session = package.session()
    session.apply(PutLabel("NGUOI", "#ff0000"))
    session.apply(PutRelationType("QUEN", ("NGUOI",), ("NGUOI",)))
    doc_id = package.document_ids()[0]
    first = session.apply(AddSpan(doc_id, 0, 3, "NGUOI")).spans_added[0]
    second = session.apply(AddSpan(doc_id, 4, 10, "NGUOI")).spans_added[0]
    session.apply(AddRelation(first, second, "QUEN"))
    package.close()
    return setup.project.path, path


def test_the_refusal_names_what_is_missing_in_english_on_the_command_line(refused) -> None:
    project_path, package = refused
    project = open_project(project_path)
    try:
        with pytest.raises(TeamError) as caught:
            merge_package(project, project.session(), package)
    finally:
        project.close()
    assert "lacks: NGUOI (2 spans), relation type QUEN (1 relation). Nothing" in str(caught.value)
    assert "--map OLD=NEW" in str(caught.value)
    assert "Nothing was merged" in str(caught.value)


def test_the_refusal_reads_in_vietnamese_in_the_merge_report(qtbot, make_window, refused) -> None:
    project_path, package = refused
    window = make_window(project_path)
    with vietnamese_interface():
        reports = window.team.merge([package])
    assert reports == []
    details = window.team.dialog.details.toPlainText()
    assert "NGUOI (2 chú thích)" in details, details
    assert "loại quan hệ QUEN (1 quan hệ)" in details, details
    assert "Không có gì được gộp" in details, details
    assert not is_english(details), details
    for words in ("span", "relation type", "Nothing was merged", "Add them"):
        assert words not in details, (words, details)
    summary = window.team.dialog.summary.text()
    assert "0/1" in summary and not is_english(summary), summary


def test_the_notes_of_a_merge_read_in_vietnamese(qtbot, make_window, tmp_path: Path) -> None:
    """A package whose schema holds a label it never uses merges with a note saying so."""
    setup = build_team_project(tmp_path)
    setup.project.close()
    path = setup.packages.files["chi"]
    package = open_project(path, annotator="chi")
    package.session().apply(PutLabel("NGUOI", "#ff0000"))
    package.close()
    window = make_window(setup.project.path)
    with vietnamese_interface():
        [report] = window.team.merge([path])
    assert report.notes == ["Labels only in the package's schema, unused there: NGUOI"]
    details = window.team.dialog.details.toPlainText().splitlines()
    assert details[-1] == "Nhãn chỉ có trong bộ nhãn của gói, không được dùng ở đó: NGUOI"
    assert not any(is_english(line) for line in details), details
