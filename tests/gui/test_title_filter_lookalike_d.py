"""The document list's filter finds a title written with Ð in a project made before 0098."""

from __future__ import annotations

import sqlite3

from annotator.core.model import SourceDocument
from annotator.store import create_project
from annotator.store.migrations import MIGRATIONS
from tests.gui.helpers import type_text
from tests.store.test_title_key_lookalike_d import TITLES, previous_key


def test_the_window_filter_finds_an_eth_title_of_an_upgraded_project(qtbot, make_window, tmp_path):
    """Typed into the document list's filter, as a linguist would, after 0098 ran on open."""
    path = tmp_path / "old.db"
    before = tuple(m for m in MIGRATIONS if m.name != "0098_title_keys_lookalike_d")
    with create_project(path, migrations=before) as old:
        for title in TITLES:
            old.add_document(SourceDocument(text=f"Bài {title}.", title=title))
    conn = sqlite3.connect(path)
    with conn:
        for title in TITLES:
            conn.execute(
                "UPDATE documents SET title_key = ? WHERE title = ?", (previous_key(title), title)
            )
    conn.close()
    window = make_window(path)
    panel = window.documents
    type_text(panel.title_filter, "da nang")
    qtbot.waitUntil(lambda: panel.model.rowCount() == 2)
    shown = {panel.model.index(row, 0).data() for row in range(2)}
    assert shown == set(TITLES[:2])
