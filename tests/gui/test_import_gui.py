"""Importing from the window: progress, report, and text shown exactly as written."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from annotator.gui.documents.model import DOC_ID_ROLE
from tests.gui.helpers import import_and_wait
from tests.gui.i18n_support import vietnamese_interface

MARKUP = '<b>x</b><img src="file:///etc/passwd">'


def _write_articles(folder):
    folder.mkdir()
    (folder / "markup.txt").write_text(
        f"Tiêu đề {MARKUP}\nNội dung có {MARKUP} ở giữa câu.\n", encoding="utf-8"
    )
    (folder / "second.txt").write_text("Bài thứ hai\nHội nghị tại Hà Nội.\n", encoding="utf-8")
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02" * 50)
    return folder


def test_imported_markup_is_shown_literally(qtbot, make_window, tmp_path):
    window = make_window()
    window.new_project_path(tmp_path / "p.db")
    folder = _write_articles(tmp_path / "in")
    report = import_and_wait(qtbot, window, [folder])
    assert "2 imported" in report.summary.text()
    assert report.summary.textFormat() == Qt.TextFormat.PlainText
    assert "binary.txt" in report.details.toPlainText()
    assert window.project.document_count() == 2
    assert not window.documents.empty_hint.isVisible()
    model = window.documents.model
    row = next(r for r in range(model.rowCount()) if MARKUP in model.index(r, 0).data())
    doc_id = model.index(row, 0).data(DOC_ID_ROLE)
    window.open_document(doc_id)
    editor = window.editor
    assert MARKUP in editor.toPlainText()
    # The layout holds the characters themselves: no image, no bold run.
    assert editor.document().toPlainText().count("<img") == 2
    assert MARKUP in window.info.meta.toPlainText()
    assert MARKUP in window.windowTitle()
    tip = model.index(row, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert "<img" not in tip and "&lt;img src=&quot;file:///etc/passwd&quot;&gt;" in tip


def test_import_twice_reports_duplicates(qtbot, make_window, tmp_path):
    window = make_window()
    window.new_project_path(tmp_path / "p.db")
    folder = _write_articles(tmp_path / "in")
    import_and_wait(qtbot, window, [folder / "second.txt"])
    report = import_and_wait(qtbot, window, [folder / "second.txt", folder / "markup.txt"])
    assert "1 imported" in report.summary.text()
    assert "1 already in the project" in report.summary.text()
    assert window.documents.model.rowCount() == 2


def test_the_report_names_each_file_not_imported_again_and_why(qtbot, make_window, tmp_path):
    from annotator.gui.i18n import install_translator

    window = make_window()
    window.new_project_path(tmp_path / "p.db")
    folder = _write_articles(tmp_path / "in")
    copy = folder / "second (bản sao).txt"  # the same article saved twice, once with CRLF
    copy.write_bytes((folder / "second.txt").read_bytes().replace(b"\n", b"\r\n"))
    import_and_wait(qtbot, window, [folder / "markup.txt"])
    install_translator("vi")
    report = import_and_wait(qtbot, window, [folder])
    details = report.details.toPlainText()
    assert "Đã nhập 1, 2 đã có trong dự án" in report.summary.text()
    assert "Đã có trong dự án, không nhập lại: 2" in details
    assert "markup.txt: đã được nhập" in details
    assert (
        f"{copy}: cùng văn bản với {folder / 'second.txt'}, vừa được nhập trước đó" in details
        or f"{folder / 'second.txt'}: cùng văn bản với {copy}, vừa được nhập trước đó" in details
    )
    assert window.project.document_count() == 2


def test_cancelled_import_keeps_whole_documents(qtbot, make_window, tmp_path):
    window = make_window()
    window.new_project_path(tmp_path / "p.db")
    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(300):
        (folder / f"a{i:03}.txt").write_text(f"Bài {i}\nNội dung số {i}.\n", encoding="utf-8")
    task = window.import_paths([folder])
    dialog = task.dialog
    assert dialog.isVisible() and dialog.windowTitle() == "Importing"
    cancel = next(b for b in dialog.findChildren(QPushButton) if b.text() == "Cancel")
    with qtbot.waitSignal(task.ended, timeout=30000):
        qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    count = window.project.document_count()
    assert count < 300
    assert "cancelled" in window.last_report.summary.text()
    for doc_id in window.project.document_ids():
        assert window.project.document(doc_id).text.startswith("Bài")


def test_nfd_file_with_emoji_is_annotated_on_the_right_characters(qtbot, make_window, tmp_path):
    import unicodedata

    from tests.gui.helpers import drag_select, stored_spans

    window = make_window()
    window.new_project_path(tmp_path / "p.db")
    folder = tmp_path / "nfd"
    folder.mkdir()
    body = "Tin 😀 nóng 👍🏽\nỞ Quảng Nam, ông Phan Việt Cường phát biểu.\n"
    (folder / "nfd.txt").write_text(unicodedata.normalize("NFD", body), encoding="utf-8")
    import_and_wait(qtbot, window, [folder])
    doc_id = window.project.document_ids()[0]
    window.open_document(doc_id)
    text = window.project.document(doc_id).text
    assert unicodedata.is_normalized("NFC", text) and "😀" in text
    for phrase, key in (("Phan Việt Cường", "1"), ("Quảng Nam", "4")):
        start = text.index(phrase)
        drag_select(qtbot, window.editor, start, start + len(phrase))
        qtbot.keyClick(window.editor, key)
    stored = {text[s.start : s.end]: s.label for s in stored_spans(window.context.path, doc_id)}
    assert stored == {"Phan Việt Cường": "PER", "Quảng Nam": "LOC"}


def test_the_import_report_groups_losses_and_lists_new_labels(qtbot, make_window, tmp_path):
    window = make_window()
    window.new_project_path(tmp_path / "p.db")
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "a.conll").write_text(
        "Ông\tO\nA\tB-PERSON\n\nBà\tO\nB\tB-PERSON\nở\tO\nHuế\tB-LOCATION\n", encoding="utf-8"
    )
    (folder / "b.jsonl").write_text('{"text": "x", "label": [[0, 9, "PER"]]}\n', encoding="utf-8")
    report = import_and_wait(qtbot, window, [folder])
    assert "2 imported" in report.summary.text() and "1 skipped" in report.summary.text()
    details = report.details.toPlainText()
    assert "Skipped, by reason:" in details
    assert "1 × span [0, 9) PER does not fit a text of 1 characters (1 document)" in details
    assert "New labels added to the schema: LOCATION (1 span), PERSON (2 spans)" in details
    assert {"PERSON", "LOCATION"} <= set(window.project.schema().label_names())
    # The palette shows the labels the import added, ready to use.
    assert window.palette.item_for("PERSON") is not None
    assert window.palette.item_for("LOCATION") is not None


def test_the_vietnamese_import_report_starts_with_a_capital(qtbot, make_window, tmp_path):

    window = make_window()
    window.new_project_path(tmp_path / "p.db")
    folder = _write_articles(tmp_path / "in")
    with vietnamese_interface():
        report = import_and_wait(qtbot, window, [folder])
    assert report.summary.text().startswith("Đã nhập 2, 0 đã có trong dự án, bỏ qua 1")
    assert window.project.document_count() == 2


def test_imported_documents_show_their_counts_at_once(qtbot, make_window, demo_path, tmp_path):
    """Rows that arrive with an import read 0 accepted and 0 pending, not blank cells, without
    waiting for the list to be read again."""
    window = make_window(demo_path)
    folder = _write_articles(tmp_path / "in")
    import_and_wait(qtbot, window, [folder])
    model = window.documents.model
    titles = {model.index(r, 0).data(): r for r in range(model.rowCount())}
    row = titles["Bài thứ hai"]
    table = window.documents.table
    shown = [table.model().index(row, c).data() for c in (2, 3)]
    assert [str(cell) for cell in shown] == ["0", "0"]


def test_a_dismissed_import_report_stays_in_recent_messages(qtbot, make_window, tmp_path):
    window = make_window()
    window.new_project_path(tmp_path / "p.db")
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text("Bài báo\nHội nghị tại Hà Nội.\n", encoding="utf-8")
    (folder / "empty.txt").write_text("", encoding="utf-8")
    (folder / "bad.txt").write_bytes(b"Ch\xf7 t\xfbch \x81\x8d\x90\n")
    (folder / "u16.txt").write_text("Bài thứ hai\nChủ tịch nước tiếp khách.\n", encoding="utf-16")
    report = import_and_wait(qtbot, window, [folder])
    assert "2 imported" in report.summary.text()
    qtbot.keyClick(report, Qt.Key.Key_Return)  # gone with one Enter
    qtbot.waitUntil(lambda: not report.isVisible())
    logged = window.status.show_log().view.toPlainText()
    assert "Import: 2 imported" in logged
    assert "empty.txt" in logged and "bad.txt" in logged
    window.status.log_dialog.close()
