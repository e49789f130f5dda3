"""File ▸ Import folder… decodes HTML character references, says how many in its summary,
and its dialog's box keeps them as written."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from annotator.store import create_project, open_project
from tests.gui.folder_dialog_support import answer_folder_dialog
from tests.gui.i18n_support import vietnamese_interface


def _answer(qtbot, folder: Path, *, keep: bool) -> dict[str, str]:
    """Choose `folder` in the next import dialog, ticking its box when `keep`."""

    def look_at_the_box(dialog, seen: dict[str, str]) -> None:
        box = dialog.keep_references
        seen["box"] = box.text()
        assert box.isVisible() and not box.isChecked()
        if keep:
            qtbot.mouseClick(box, Qt.MouseButton.LeftButton)

    return answer_folder_dialog(folder, look_at_the_box)


def _import(qtbot, make_window, tmp_path: Path, *, keep: bool):
    folder = tmp_path / "bai"
    folder.mkdir()
    (folder / "a.txt").write_text(
        "Tung tin &#39;Mr Bean&#39; qua đời\nBộ NN&amp;PTNT họp.\n", encoding="utf-8"
    )
    path = tmp_path / "p.db"
    create_project(path).close()
    window = make_window(path)
    seen = _answer(qtbot, folder, keep=keep)
    window.commands.import_folder.trigger()
    qtbot.waitUntil(lambda: window.project.document_count() == 1, timeout=20000)
    qtbot.waitUntil(lambda: getattr(window, "last_report", None) is not None, timeout=20000)
    project = open_project(path)
    try:
        (doc_id,) = project.document_ids()
        text = project.document(doc_id).text
    finally:
        project.close()
    return window, seen, text


def test_the_window_decodes_references_and_counts_them(qtbot, make_window, tmp_path: Path):
    with vietnamese_interface():
        window, seen, text = _import(qtbot, make_window, tmp_path, keep=False)
        summary = window.last_report.summary.text()
    assert text == "Tung tin 'Mr Bean' qua đời\nBộ NN&PTNT họp."
    # In the interface language, its "&" shown as written (a lone "&" marks a shortcut letter).
    assert seen["box"].startswith("Giữ nguyên tham chiếu ký tự HTML"), seen["box"]
    assert "(&&#39;, &&amp;, &&nbsp;…)" in seen["box"]
    assert "3 tham chiếu ký tự HTML" in summary and "1 tệp" in summary, summary


def test_the_box_keeps_them_as_written(qtbot, make_window, tmp_path: Path):
    window, _seen, text = _import(qtbot, make_window, tmp_path, keep=True)
    assert text == "Tung tin &#39;Mr Bean&#39; qua đời\nBộ NN&amp;PTNT họp."
    assert "character reference" not in window.last_report.summary.text()


def test_importing_again_without_the_box_adds_nothing(qtbot, make_window, tmp_path: Path):
    """Kept as written first, decoded the second time: the same article, said to be there."""
    window, _seen, text = _import(qtbot, make_window, tmp_path, keep=True)
    first_report = window.last_report
    _answer(qtbot, tmp_path / "bai", keep=False)
    window.commands.import_folder.trigger()
    qtbot.waitUntil(lambda: window.last_report is not first_report, timeout=20000)
    assert window.project.document_count() == 1
    assert "&amp;" in text
    summary = window.last_report.summary.text()
    assert "0 imported" in summary and "1 already in the project" in summary, summary
