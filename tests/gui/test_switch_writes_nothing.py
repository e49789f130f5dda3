"""Going through documents with the arrow keys reads the project file and writes nothing.

Every document opened used to save itself as the place to come back to, a
committed transaction on the file per arrow key: on a busy disk a third of
a switch's time. The place is now saved once the reader rests on a document
(and on closing), and it still comes back on the next start.
"""

from __future__ import annotations

import json
import sqlite3

from PySide6.QtCore import Qt

from annotator.gui.reading_position import READING_KEY


def _file_version(reader: sqlite3.Connection) -> int:
    """Changes whenever another connection commits to the file."""
    return reader.execute("PRAGMA data_version").fetchone()[0]


def _saved_place(reader: sqlite3.Connection) -> dict:
    row = reader.execute("SELECT value FROM settings WHERE key = ?", (READING_KEY,)).fetchone()
    return {} if row is None else json.loads(row[0])


def test_arrow_keys_through_documents_write_nothing(qtbot, make_window, demo_path) -> None:
    window = make_window(demo_path)
    ids = window.project.document_ids()
    table = window.documents.table
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Home)
    qtbot.waitUntil(lambda: window.current_doc_id() == ids[0])
    reader = sqlite3.connect(demo_path)
    try:
        before = _file_version(reader)
        for doc_id in ids[1:4]:
            qtbot.keyClick(table, Qt.Key.Key_Down)
            qtbot.waitUntil(lambda doc_id=doc_id: window.current_doc_id() == doc_id)
        assert _file_version(reader) == before  # nothing committed while passing through
        # Resting on the document saves it as the place to come back to.
        qtbot.waitUntil(lambda: _saved_place(reader).get("doc_id") == ids[3], timeout=5000)
    finally:
        reader.close()


def test_the_document_rested_on_opens_next_time(qtbot, make_window, demo_path) -> None:
    window = make_window(demo_path)
    ids = window.project.document_ids()
    table = window.documents.table
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_End)
    qtbot.waitUntil(lambda: window.current_doc_id() == ids[-1])
    window.close()  # closing saves the place at once, without waiting for the rest
    again = make_window(demo_path)
    assert again.current_doc_id() == ids[-1]
