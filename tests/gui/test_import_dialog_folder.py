"""File ▸ Import folder… opens where the last import was chosen (at first: the home folder), not in
the program's working folder, where a linguist's articles never are."""

from __future__ import annotations

from pathlib import Path

from annotator.store import create_project, open_project
from tests.gui.folder_dialog_support import answer_folder_dialog


def test_import_folder_opens_where_the_last_import_was_chosen(
    qtbot, make_window, tmp_path: Path, monkeypatch
):
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    (tmp_path / "home").mkdir()
    articles = tmp_path / "bao" / "thang1"
    articles.mkdir(parents=True)
    (articles / "a.txt").write_text("Bài một\nHội nghị tại Hà Nội.\n", encoding="utf-8")
    path = tmp_path / "p.db"
    create_project(path).close()
    window = make_window(path)
    seen = answer_folder_dialog(articles)
    window.commands.import_folder.trigger()
    qtbot.waitUntil(lambda: "opened in" in seen, timeout=10000)
    assert seen["opened in"] == str(tmp_path / "home")
    qtbot.waitUntil(lambda: window.project.document_count() == 1, timeout=20000)
    # The import's report (modal over the window) is read and closed, as a linguist does.
    qtbot.waitUntil(lambda: window.last_report is not None, timeout=20000)
    window.last_report.close()
    again = answer_folder_dialog(None)
    window.commands.import_folder.trigger()
    qtbot.waitUntil(lambda: "opened in" in again, timeout=10000)
    assert again["opened in"] == str(tmp_path / "bao")  # beside the folder imported last
    project = open_project(path)
    try:
        assert project.document_count() == 1
    finally:
        project.close()
