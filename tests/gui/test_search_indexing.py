"""The window fills the search index a large import left waiting, and says so meanwhile."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from annotator.core.model import SourceDocument
from annotator.store import create_project, open_project, search_backlog
from tests.gui.helpers import search_corpus
from tests.gui.i18n_support import vietnamese_interface

WAITING = 55


@pytest.fixture
def waiting_path(tmp_path: Path, monkeypatch) -> Path:
    """A project of 60 articles imported as one run, 55 of them waiting for the index."""
    monkeypatch.setattr(search_backlog, "INDEX_AT_ONCE", 5)
    monkeypatch.setattr(search_backlog, "BATCH_DOCUMENTS", 10)
    path = tmp_path / "big.db"
    project = create_project(path, annotator="tester")
    docs = [SourceDocument(text=f"Bài {n}. Kỳ họp Quốc hội thứ {n}.") for n in range(60)]
    list(project.add_documents(docs))
    assert project.search_waiting() == WAITING
    project.close()
    return path


def _search(qtbot, window, text: str) -> str:
    return search_corpus(qtbot, window, text)  # every search here has hits


def _index_state(path: Path) -> tuple[int, bool]:
    project = open_project(path)
    try:
        return project.search_waiting(), project.search_index_consistent()
    finally:
        project.close()


def test_opening_fills_the_index_with_progress_and_search_warns_until_done(
    qtbot, make_window, waiting_path, gate
) -> None:
    window = make_window(waiting_path)
    seen: list[str] = []
    window.indexer.progress.connect(lambda *_: seen.append(window.status.index_label.text()))
    assert window.status.index_label.text() == f"Indexing for search: 0 of {WAITING}"
    summary = _search(qtbot, window, "quoc hoi")
    assert summary.startswith("5 hits in 5 documents")
    assert f"results may miss {WAITING} documents still being indexed" in summary
    qtbot.mouseClick(window.corpus.search.label_all_button, Qt.MouseButton.LeftButton)
    dialog = window.corpus.dialog  # label all: its preview says where it did not look
    qtbot.waitUntil(lambda: dialog.plan is not None)
    assert f"Not looked in: {WAITING} documents still being indexed" in dialog.preview.text()
    dialog.reject()
    gate.release(100)
    qtbot.waitUntil(lambda: not window.indexer.running, timeout=20000)
    assert f"Indexing for search: 10 of {WAITING}" in seen
    assert window.status.index_label.text() == ""
    assert _search(qtbot, window, "quoc hoi") == "60 hits in 60 documents"
    window.close_project()
    assert _index_state(waiting_path) == (0, True)


def test_closing_the_window_mid_way_keeps_what_was_indexed(
    qtbot, make_window, waiting_path, gate
) -> None:
    window = make_window(waiting_path)
    batches: list[int] = []
    window.indexer.progress.connect(lambda done, _total: batches.append(done))
    gate.release(2)
    qtbot.waitUntil(lambda: 20 in batches, timeout=20000)
    # The third batch waits: the window closes meanwhile, and the batch ends once let go.
    threading.Timer(0.3, lambda: gate.release(100)).start()
    window.close_project()
    assert _index_state(waiting_path) == (WAITING - 30, True)
    assert window.status.index_label.text() == ""
    window.open_project_path(waiting_path)  # opening again finishes the work
    qtbot.waitUntil(lambda: not window.indexer.running, timeout=20000)
    window.close_project()
    assert _index_state(waiting_path) == (0, True)


def test_an_import_in_the_window_reports_and_fills_the_index(
    qtbot, make_window, tmp_path, monkeypatch
) -> None:
    from annotator.gui import flows

    monkeypatch.setattr(search_backlog, "INDEX_AT_ONCE", 3)
    folder = tmp_path / "articles"
    folder.mkdir()
    for n in range(12):
        (folder / f"a{n}.txt").write_text(f"Tiêu đề {n}\n\nHội nghị Tỉnh ủy lần {n}.", "utf-8")
    path = tmp_path / "p.db"
    create_project(path, annotator="tester").close()
    window = make_window(path)
    task = flows.start_import(window, [folder])
    qtbot.waitUntil(lambda: task not in window.tasks, timeout=30000)
    qtbot.waitUntil(lambda: window.last_report is not None)
    assert "9 waiting for the search index" in window.last_report.summary.text()
    qtbot.waitUntil(lambda: not window.indexer.running, timeout=20000)
    assert window.project.search_waiting() == 0
    assert _search(qtbot, window, "hoi nghi") == "12 hits in 12 documents"


def test_the_status_and_the_search_note_speak_vietnamese(
    qtbot, make_window, waiting_path, gate
) -> None:

    with vietnamese_interface():
        window = make_window(waiting_path)
        assert window.status.index_label.text() == f"Đang lập chỉ mục tìm kiếm: 0 / {WAITING}"
        summary = _search(qtbot, window, "quoc hoi")
        assert f"kết quả có thể thiếu {WAITING} tài liệu đang được lập chỉ mục" in summary
        gate.release(100)
        qtbot.waitUntil(lambda: not window.indexer.running, timeout=20000)
        window.close_project()
