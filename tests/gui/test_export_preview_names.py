"""The export preview names every document one way and quotes one way, in both languages.

Walking the window, the preview listed "e.g. document 3" under one kind of
loss and "e.g. document 3: 'Quốc hội' ORG" or "3 «Kỳ họp»" under another,
and a surface with an apostrophe came in "double" quotes where the others
had 'single' ones. Every example now names its document by its title, with
its number where the title is empty or another document has it too, and
quotes in “ ”.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from annotator.core.model import SourceDocument
from annotator.core.operations import AddSpan
from annotator.gui.export.dialog import ExportDialog
from annotator.store import create_project

ARTICLES = (  # title, text, the pending suggestion's surface and label
    ("Kỳ họp thứ 8", "Quốc hội khai mạc kỳ họp thứ 8.", "Quốc hội", "ORG"),
    ("Kỳ họp thứ 8", "Chủ tịch Quốc hội phát biểu.", "Chủ tịch Quốc hội", "ROLE"),
    ("", "Ông Lê Trí Thanh dự hội nghị.", "Lê Trí Thanh", "PER"),
    ("Tin ngắn", "Tỉnh 'Quảng Nam' họp.", "'Quảng Nam'", "LOC"),
)


def _project(path: Path) -> list[int]:
    project = create_project(path, annotator="tester")
    session = project.session()
    ids = []
    for title, text, surface, label in ARTICLES:
        doc_id = project.add_document(SourceDocument(text=text, title=title))
        at = text.index(surface)
        session.apply(
            AddSpan(doc_id, at, at + len(surface), label, origin="suggested", state="pending")
        )
        ids.append(doc_id)
    project.close()
    return ids


def _preview_by_keys(qtbot, window) -> str:
    """Ctrl+E, tick every status, press Preview, read the report, close the dialog."""
    seen: dict[str, str] = {}

    def in_the_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ExportDialog)
        try:
            for box in dialog.status_checks.values():
                box.setChecked(True)
            qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
            qtbot.waitUntil(dialog.export_button.isEnabled, timeout=30000)  # previewed
            seen["report"] = dialog.report.toPlainText()
        finally:
            qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(200, in_the_dialog)
    qtbot.keyClick(window.editor, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: "report" in seen, timeout=40000)
    return seen["report"]


def _examples(report: str, marker: str) -> list[str]:
    return [line.strip() for line in report.splitlines() if line.strip().startswith(marker)]


def _check(report: str, *, example: str, document: str) -> None:
    examples = _examples(report, example)
    assert len(examples) >= 4, report
    assert f"{example} {document} 1 “Kỳ họp thứ 8”: “Quốc hội” ORG" in examples, report
    assert f"{example} {document} 2 “Kỳ họp thứ 8”: “Chủ tịch Quốc hội” ROLE" in examples, report
    assert f"{example} {document} 3: “Lê Trí Thanh” PER" in examples, report
    assert f"{example} {document} “Tin ngắn”: “'Quảng Nam'” LOC" in examples, report
    for line in examples:  # every example names a document the same way, quoted the same way
        assert line.startswith(f"{example} {document} "), line
        assert "«" not in line and ": '" not in line and ': "' not in line, line


def test_the_preview_names_documents_by_title_in_english(qtbot, make_window, tmp_path):
    path = tmp_path / "names.db"
    _project(path)
    window = make_window(path)
    _check(_preview_by_keys(qtbot, window), example="e.g.", document="document")


def test_the_preview_names_documents_by_title_in_vietnamese(
    qtbot, make_window, tmp_path, vietnamese
):
    path = tmp_path / "names.db"
    _project(path)
    window = make_window(path)
    _check(_preview_by_keys(qtbot, window), example="ví dụ", document="tài liệu")
