"""The document panel names an import's metadata in the interface language, not as stored.

It showed "import_warnings: ['composed 10 accent marks…']" and
"regions: [[0, 74, 'title'], …]" in a Vietnamese window: a program's insides.
"""

from __future__ import annotations

from pathlib import Path

from tests.gui.helpers import import_and_wait

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def test_an_imported_sentence_shows_its_warning_in_vietnamese(
    vietnamese, qtbot, make_window, tmp_path
) -> None:
    window = make_window()
    window.new_project_path(tmp_path / "p.db")
    import_and_wait(qtbot, window, [FIXTURES / "formats" / "phoner_word.conll"])
    first = min(window.project.document_ids())
    assert window.project.document(first).meta["import_warnings"]  # accents typed apart
    window.open_document(first)
    shown = window.info.meta.toPlainText()
    assert "Cảnh báo khi nhập:\n  • đã ghép 10 dấu" in shown, shown
    assert "import_warnings" not in shown and "['" not in shown


def test_regions_read_as_kinds_and_extents(vietnamese, qtbot, make_window, demo_path) -> None:
    window = make_window(demo_path)
    document = next(
        window.project.document(i)
        for i in window.project.document_ids()
        if "regions" in window.project.document(i).meta
    )
    window.open_document(document.id)
    shown = window.info.meta.toPlainText()
    line = next(line for line in shown.splitlines() if line.startswith("Vùng văn bản: "))
    assert "[" not in line and "thân bài " in line and "–" in line, line
