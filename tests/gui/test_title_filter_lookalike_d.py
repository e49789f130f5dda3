"""The document list's filter finds a title written with Ð in a project made before 0098."""

from __future__ import annotations

from tests.gui.helpers import type_text
from tests.store.test_title_key_lookalike_d import TITLES, project_of_previous_schema


def test_the_window_filter_finds_an_eth_title_of_an_upgraded_project(qtbot, make_window, tmp_path):
    """Typed into the document list's filter, as a linguist would, after 0098 ran on open."""
    path = project_of_previous_schema(tmp_path / "old.db")
    window = make_window(path)
    panel = window.documents
    type_text(panel.title_filter, "da nang")
    qtbot.waitUntil(lambda: panel.model.rowCount() == 2)
    shown = {panel.model.index(row, 0).data() for row in range(2)}
    assert shown == set(TITLES[:2])
