"""A document whose stored text is damaged: the window says so by name and keeps working."""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import Qt

from annotator.core.model import SourceDocument
from annotator.core.textpack import pack
from annotator.store import create_project


def test_clicking_a_document_with_a_damaged_text_warns_and_leaves_the_window_usable(
    qtbot, make_window, tmp_path
):
    path = tmp_path / "p.db"
    with create_project(path, annotator="lan") as project:
        good = project.add_document(SourceDocument(text="Kỳ họp thứ năm.", title="Tốt"))
        bad = project.add_document(SourceDocument(text="Hội nghị Trung ương.", title="Hỏng"))
    conn = sqlite3.connect(path)
    with conn:
        body = pack("Hội nghị Trung ương.")[:-4]  # truncated
        conn.execute("UPDATE document_bodies SET body = ? WHERE doc_id = ?", (body, bad))
    conn.close()
    window = make_window(path)
    panel = window.documents
    rect = panel.table.visualRect(panel.model.index(panel.model.row_of(bad), 0))
    qtbot.mouseClick(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: window.last_warning is not None and window.last_warning.isVisible())
    assert f"document {bad} is damaged" in window.last_warning.text()
    assert window.current_doc_id() is None
    window.last_warning.close()
    rect = panel.table.visualRect(panel.model.index(panel.model.row_of(good), 0))
    qtbot.mouseClick(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: window.current_doc_id() == good)
    assert window.editor.toPlainText() == "Kỳ họp thứ năm."
