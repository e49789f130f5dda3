"""Opening someone else's work package in the window: the name new edits carry is asked, not assumed."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from annotator.core.operations import AddSpan
from annotator.core.user_config import save_annotator
from annotator.gui.team.package_owner import OwnerQuestion
from tests.app.team.team_project import build_team_project


@pytest.fixture
def package(tmp_path: Path) -> Path:
    setup = build_team_project(tmp_path)
    setup.project.close()
    return setup.packages.files["binh"]


def _mark_first_word(window) -> None:
    """A span drawn through the window's own session, as the editor draws one."""
    doc_id = window.project.document_ids()[0]
    window.context.apply(AddSpan(doc_id, 0, 3, "PER"))


def _signers(path: Path) -> set[str]:
    with closing(sqlite3.connect(path)) as conn:
        rows = conn.execute('SELECT annotator FROM annotations WHERE start = 0 AND "end" = 3')
        return {row[0] for row in rows}


@pytest.mark.parametrize("as_owner", [True, False])
def test_opening_another_annotators_package_asks_whose_name_edits_carry(
    qtbot, make_window, package, as_owner
):
    save_annotator("lan")
    window = make_window(package)
    question = window.team.dialog
    assert isinstance(question, OwnerQuestion) and question.box.isVisible()
    text = question.box.text()
    assert "made for binh" in text and "signed lan" in text
    assert [b.text() for b in question.box.buttons()] == ["Continue as binh", "Continue as lan"]
    question.choose("binh" if as_owner else "lan")
    chosen = "binh" if as_owner else "lan"
    qtbot.waitUntil(lambda: window.project.annotator == chosen)
    assert window.status.annotator_label.text() == f"Annotator: {chosen}"
    _mark_first_word(window)
    assert _signers(package) == {chosen}


def test_opening_ones_own_package_asks_nothing(qtbot, make_window, package):
    save_annotator("binh")
    window = make_window(package)
    assert not isinstance(window.team.dialog, OwnerQuestion)
    _mark_first_word(window)
    assert _signers(package) == {"binh"}


def test_closing_the_question_keeps_the_windows_name(qtbot, make_window, package):
    save_annotator("lan")
    window = make_window(package)
    window.team.dialog.box.reject()
    _mark_first_word(window)
    assert window.project.annotator == "lan" and _signers(package) == {"lan"}


def test_preferences_ok_keeps_the_name_chosen_for_the_package(qtbot, make_window, package):
    save_annotator("lan")
    window = make_window(package)
    window.team.dialog.choose("binh")
    qtbot.waitUntil(lambda: window.project.annotator == "binh")
    dialog = window.make_preferences()
    dialog.accept()  # OK, the name in Preferences unchanged
    assert window.project.annotator == "binh"
    _mark_first_word(window)
    assert _signers(package) == {"binh"}
    dialog = window.make_preferences()
    dialog.name_edit.setText("mai")  # a new name in Preferences does sign the edits
    dialog.accept()
    assert window.project.annotator == "mai"


@pytest.mark.parametrize("as_owner", [True, False])
def test_the_choice_is_remembered_for_the_package(qtbot, make_window, package, as_owner):
    save_annotator("lan")
    chosen = "binh" if as_owner else "lan"
    window = make_window(package)
    window.team.dialog.choose(chosen)
    qtbot.waitUntil(lambda: window.project.annotator == chosen)
    window.close_project()
    again = make_window(package)
    assert not isinstance(again.team.dialog, OwnerQuestion)  # not asked a second time
    assert again.project.annotator == chosen
    _mark_first_word(again)
    assert _signers(package) == {chosen}


def test_a_question_closed_unanswered_is_asked_again(qtbot, make_window, package):
    save_annotator("lan")
    window = make_window(package)
    window.team.dialog.box.reject()
    window.close_project()
    again = make_window(package)
    assert isinstance(again.team.dialog, OwnerQuestion) and again.team.dialog.box.isVisible()
