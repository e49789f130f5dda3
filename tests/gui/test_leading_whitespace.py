"""An article whose text starts with blank lines and spaces: what the mouse selects is stored.

The import keeps the spaces before the first words (offsets are into the text as
stored, which never changes); the editor must show that very text, so a span
drawn by mouse lands on the words under the pointer, not some characters off.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from annotator.app.importing.importer import ImportOptions, import_paths
from annotator.store import create_project
from tests.gui.helpers import drag_select, stored_spans

ARTICLE = "\n\n   \n    Hà Nội, ngày 3.2\n\n  Sáng 23.2, ông Phan Việt Cường chủ trì hội nghị.\n"


@pytest.mark.parametrize("lead", ["", "\n\n   \n    ", "\t  "])
def test_a_span_drawn_by_mouse_is_stored_on_the_words_under_it(
    qtbot, make_window, tmp_path: Path, lead: str
):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(lead + ARTICLE.lstrip("\n "), encoding="utf-8")
    project = create_project(tmp_path / "p.db")
    import_paths(project, [folder], options=ImportOptions(jobs=1))
    (doc_id,) = project.document_ids()
    text = project.document(doc_id).text
    project.close()
    window = make_window(tmp_path / "p.db")
    window.open_document(doc_id)
    assert window.editor.toPlainText() == text
    start = text.index("Phan Việt Cường")
    drag_select(qtbot, window.editor, start, start + len("Phan Việt Cường"))
    qtbot.keyClick(window.editor, Qt.Key.Key_1)  # PER
    (span,) = stored_spans(tmp_path / "p.db", doc_id)
    assert (text[span.start : span.end], span.label) == ("Phan Việt Cường", "PER")
