"""A message from below the window shown in a box starts with a capital, in both languages."""

from __future__ import annotations

import pytest

from annotator.core.errors import TeamError
from annotator.core.model import SourceDocument
from annotator.gui.messages import sentence
from annotator.store import create_project


@pytest.mark.parametrize(
    ("language", "start"),
    [("en", "Agreement needs at least two"), ("vi", "Cần ít nhất hai lớp")],
)
def test_the_agreement_refusal_box_starts_with_a_capital(
    qtbot, make_window, tmp_path, language, start
):
    from annotator.gui.i18n import install_translator

    project = create_project(tmp_path / "p.db", annotator="lead")
    project.add_document(SourceDocument(text="Ông Lê Trí Thanh phát biểu.", title="Bài"))
    project.close()
    window = make_window(tmp_path / "p.db")
    install_translator(language)
    try:
        agreement = next(a for a in window.team.actions if "&Agr" in a.text() or "Agr" in a.text())
        agreement.trigger()  # Team ▸ Agreement…, with one annotator only
        box = window.last_warning
        qtbot.waitUntil(lambda: box is not None and box.isVisible())
        assert box.text().startswith(start)
    finally:
        install_translator("en")


def test_a_message_that_starts_with_a_file_name_keeps_it_as_written() -> None:
    error = TeamError("{name} was not merged: {exc}", name="an.db", exc="locked")
    assert sentence(error) == "an.db was not merged: locked"
    assert sentence(TeamError("name at least one annotator")) == "Name at least one annotator"
