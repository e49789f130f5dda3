# ruff: noqa: F811 (the GUI fixtures are imported by name, then requested as arguments)
"""Messages from below the window reach a Vietnamese window in Vietnamese.

Real failures, met through the real main window: an import with an
undecodable file, a binary file and a label outside the schema; a locked
project; a file that is not a project, another program's database and a
project with SQL planted in it; a project in a read-only folder, then an
edit there. Each time the window shows the Vietnamese sentence, with the
file names and numbers put in, and none of the English template's words.
"""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer

from annotator.gui.i18n import install_translator
from tests.gui.conftest import make_window, private_settings  # noqa: F401 (fixtures)
from tests.gui.helpers import (
    drag_select,
    import_and_wait,
    stop_waiting_for_the_lock,
    visible_message_box,
)
from tests.reliability.filesystems import read_only
from tests.reliability.processes import hold_write_lock, new_project, release


def english_words_of(template: str) -> list[str]:
    """The literal stretches of an English template long enough to be telling (two words or more).

    A one-word stretch may be a command or a file name the translation keeps (`CLEAN.db`).
    """
    parts = [part.strip() for part in re.split(r"\{[^}]*\}", template)]
    return [part for part in parts if len(part) >= 8 and " " in part]


def assert_no_english(text: str, *templates: str) -> None:
    for template in templates:
        left = [words for words in english_words_of(template) if words in text]
        assert left == [], (left, text)


def test_an_import_report_names_its_losses_in_vietnamese(vietnamese, qtbot, make_window, tmp_path):
    window = make_window()
    window.new_project_path(tmp_path / "p.db")
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "cu.txt").write_bytes(b"Tin t\x81c m\x8dt\n")  # not UTF-8, not Windows-1258
    (folder / "anh.txt").write_bytes(b"\x00\x01\x02" * 50)
    (folder / "moi.jsonl").write_text(
        '{"text": "Ông Ba làm Bí thư", "label": [[4, 6, "CHUCVU"]]}\n', encoding="utf-8"
    )
    report = import_and_wait(qtbot, window, [folder])
    details = report.details.toPlainText()
    assert "Bị bỏ qua, theo lý do:" in details
    assert (
        "không giải mã được: không phải UTF-8 (byte lỗi đầu tiên ở dòng 1 (byte 5)) và byte 0x81 "
        "không có trong Windows-1258; hãy chuyển tệp sang UTF-8 rồi nhập lại"
    ) in details
    assert "tệp nhị phân: chứa byte NUL" in details
    assert f"vd. {folder / 'cu.txt'}: không giải mã được" in details
    assert "Nhãn mới được thêm vào bộ nhãn: CHUCVU (1 chú thích)" in details
    assert_no_english(
        details,
        "Skipped, by reason:",
        "undecodable: not UTF-8 (first bad byte at {where}) and byte 0x{byte:02X} does not exist "
        "in Windows-1258; convert the file to UTF-8 and import it again",
        "binary file: contains NUL bytes (if this is UTF-16 text, save it as UTF-8 or as UTF-16 "
        "with a byte-order mark)",
        "New labels added to the schema: {labels}",
        "{label} ({count} spans)",
        "      e.g. {source}: {reason}",
    )
    assert "Đã nhập 1" in report.summary.text()
    assert "CHUCVU" in window.project.schema().label_names()


def test_a_locked_project_is_explained_in_vietnamese(vietnamese, qtbot, make_window, tmp_path):
    path = new_project(tmp_path / "p.db")  # by annotator "t": the window's user writes first
    holder = hold_write_lock(path)
    try:
        window = make_window(None)
        QTimer.singleShot(0, lambda: stop_waiting_for_the_lock(qtbot, "Thôi chờ"))
        assert window.open_project_path(path) is False
        box = visible_message_box(qtbot, "chưa được lưu")
        assert box.text().startswith("Một chương trình khác")
        assert f"đã khóa {path}" in box.text() or f"đang khóa {path}" in box.text()
        assert_no_english(
            box.text(),
            "Another program (an import, another window, or another person's session) kept "
            "{file} locked, so this change was not saved; everything saved before it is intact. "
            "Wait until it has finished, then do it again.",
        )
        box.accept()
    finally:
        release(holder)


def test_files_that_are_not_projects_are_refused_in_vietnamese(
    vietnamese, qtbot, make_window, tmp_path
):
    window = make_window(None)
    text_file = tmp_path / "ghi-chu.db"
    text_file.write_text("Đây là một ghi chú, không phải dự án.\n", encoding="utf-8")
    assert window.open_project_path(text_file) is False
    box = visible_message_box(qtbot, "không phải tệp dự án")
    assert box.text() == (f"{text_file} không phải tệp dự án (không phải cơ sở dữ liệu SQLite).")
    box.accept()

    other = tmp_path / "khac.db"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE notes (body TEXT)")
    conn.commit()
    conn.close()
    assert window.open_project_path(other) is False
    box = visible_message_box(qtbot, "không phải dự án chú thích")
    assert_no_english(box.text(), "{path} is not an annotation project (it has no format record).")
    box.accept()


def test_a_project_with_planted_sql_is_refused_in_vietnamese(
    vietnamese, qtbot, make_window, tmp_path
):
    path = new_project(tmp_path / "p.db")
    conn = sqlite3.connect(path)
    conn.execute(
        "CREATE TRIGGER relabel AFTER INSERT ON annotations BEGIN "
        "UPDATE annotations SET label = 'ORG' WHERE id = NEW.id; END"
    )
    conn.commit()
    conn.close()
    window = make_window(None)
    assert window.open_project_path(path) is False
    box = visible_message_box(qtbot, "không được mở")
    assert box.windowTitle() == "Chưa mở được dự án"
    assert (
        "tệp chứa trigger relabel (on annotations), thứ mà chương trình này không bao giờ tạo ra"
    ) in box.text()
    assert f"annotator clean-copy {path} CLEAN.db" in box.text()
    assert_no_english(
        box.text(),
        "{path} was not opened: {problems}. SQL stored in a project file would run in your "
        "session (on open and on every edit), so nothing in it was run or changed. Ask whoever "
        "sent it for a clean copy, or make one: annotator clean-copy {path} CLEAN.db",
        "it holds {objects}, which this program never creates",
    )
    box.reject()


def test_a_read_only_project_says_so_in_vietnamese(vietnamese, qtbot, make_window, tmp_path):
    folder = tmp_path / "cd"
    folder.mkdir()
    path = new_project(folder / "p.db", documents=2)
    with read_only(folder):
        window = make_window(path)
        assert window.project.read_only
        notice = visible_message_box(qtbot, "được mở chỉ để đọc")
        assert notice.text().startswith(
            "p.db được mở chỉ để đọc: thư mục chứa nó chỉ đọc (hoặc nằm trên ổ đĩa chỉ đọc)."
        )
        assert_no_english(
            notice.text(),
            "{project} is open for reading only: {reason}. Edits cannot be saved; to edit, save "
            "a copy in a folder you can write to (in the window: File ▸ Save project as…).",
            "its folder is read-only (or on a read-only disk)",
        )
        notice.accept()
        doc_id = window.project.document_ids()[0]
        window.open_document(doc_id)
        qtbot.waitUntil(lambda: window.editor.document_id() == doc_id)
        drag_select(qtbot, window.editor, 0, 3)
        qtbot.keyClick(window.editor, "1")  # PER: refused, in Vietnamese
        refused = visible_message_box(qtbot, "Không thể thay đổi")
        assert refused.windowTitle() == "Thay đổi của bạn chưa được lưu"
        assert refused.text().startswith(
            f"Không thể thay đổi {path}: thư mục chứa nó chỉ đọc (hoặc nằm trên ổ đĩa chỉ đọc)."
        ), refused.text()
        assert_no_english(
            refused.text(),
            "{file} cannot be changed: {reason}. Nothing was changed; to edit, save a copy in a "
            "folder you can write to (in the window: File ▸ Save project as…).",
        )
        refused.reject()
        window.close_project()


def test_the_english_window_keeps_the_english_messages(qtbot, make_window, tmp_path):
    """The same failure in an English window: the template's own words, fields put in."""
    install_translator("en")
    window = make_window(None)
    text_file = tmp_path / "notes.db"
    text_file.write_text("not a project\n", encoding="utf-8")
    assert window.open_project_path(text_file) is False
    box = visible_message_box(qtbot, "is not a project file")
    assert box.text() == f"{text_file} is not a project file (it is not an SQLite database)."
    box.accept()


def test_the_words_of_a_template_are_found_in_english_text():
    """The check above can fail: an English sentence is caught."""
    with pytest.raises(AssertionError):
        assert_no_english(
            "p.db is open for reading only: the file is read-only.",
            "{project} is open for reading only: {reason}.",
        )
    assert Path(__file__).name.startswith("test_")
