"""An imported annotated corpus is marked done from the Document menu in one step, and undone in one.

Imported documents arrive new; training and exports take done documents only.
Before this command a trainer with thousands of imported sentences had to
press Ctrl+Return once per document.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from annotator.core.model import DONE, NEW, REVIEWED, SourceDocument
from annotator.store import create_project, open_project

CORPUS = 40
ARTICLES = 5


def _project(tmp_path):
    path = tmp_path / "p.db"
    project = create_project(path)
    corpus = (
        SourceDocument(
            text=f"Bệnh nhân {i} ở Hà Nội.",
            title=f"câu {i}",
            spans=((len(f"Bệnh nhân {i} ở "), len(f"Bệnh nhân {i} ở Hà Nội"), "LOC"),),
        )
        for i in range(CORPUS)
    )
    articles = (
        SourceDocument(text=f"Bài báo {i} về Quốc hội.", title=f"bài {i}") for i in range(ARTICLES)
    )
    corpus_ids = [doc_id for _, doc_id in project.add_documents(corpus)]
    article_ids = [doc_id for _, doc_id in project.add_documents(articles)]
    project.close()
    return path, corpus_ids, article_ids


def _menu_action(window, text: str):
    for entry in window.menuBar().actions():
        menu = entry.menu()
        for action in menu.actions() if menu is not None else ():
            if action.text().replace("&", "") == text:
                return action
    raise AssertionError(f"no menu entry {text!r}")


def _statuses(path) -> dict[int, str]:
    with open_project(path) as project:
        return {row.id: row.status for row in project.document_rows(limit=1000)}


def test_every_unfinished_document_of_the_filtered_list_is_marked_done_and_undone_at_once(
    qtbot, make_window, tmp_path
) -> None:
    path, corpus_ids, article_ids = _project(tmp_path)
    window = make_window(path)
    window.set_document_status(REVIEWED, corpus_ids[0])  # already finished: stays reviewed
    panel = window.documents
    panel.title_filter.setText("câu")
    panel.flush_filter()
    _menu_action(window, "Mark every unfinished document of the list done…").trigger()
    box = window.last_question
    qtbot.waitUntil(box.isVisible)
    assert f"{CORPUS - 1} unfinished documents" in box.text()
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    statuses = _statuses(path)
    assert [statuses[i] for i in corpus_ids] == [REVIEWED] + [DONE] * (CORPUS - 1)
    assert {statuses[i] for i in article_ids} == {NEW}  # hidden by the filter: untouched
    assert "marked done" in window.status.currentMessage()
    window.undo()
    statuses = _statuses(path)
    assert [statuses[i] for i in corpus_ids] == [REVIEWED] + [NEW] * (CORPUS - 1)


def test_nothing_to_mark_says_so(qtbot, make_window, tmp_path) -> None:
    path, corpus_ids, _ = _project(tmp_path)
    window = make_window(path)
    panel = window.documents
    panel.title_filter.setText("không có tiêu đề này")
    panel.flush_filter()
    window.last_question = None
    _menu_action(window, "Mark every unfinished document of the list done…").trigger()
    assert window.last_question is None
    assert window.status.currentMessage() == "No unfinished document in the list."
    assert set(_statuses(path).values()) == {NEW}
