"""Label all, accepted, moves the documents it edits from new to in progress, as an edit does.

Suggestions (pending) leave them new, as a suggester's do; a document done
meanwhile keeps its status; one undo brings the statuses back with the spans.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, Qt

from annotator.core.model import DONE, IN_PROGRESS, NEW, SourceDocument
from annotator.core.operations import SetStatus, StartDocuments
from annotator.store import create_project
from tests.gui.helpers import search_corpus, stored_document

CTRL = Qt.KeyboardModifier.ControlModifier
TEXTS = (
    "Tỉnh ủy Quảng Nam họp phiên thường kỳ.",
    "Đoàn công tác thăm Quảng Nam.",
    "Quảng Nam có mưa lớn.",
    "Không có địa danh nào ở đây.",
)


def _project(tmp_path: Path) -> tuple[Path, list[int]]:
    path = tmp_path / "p.db"
    with create_project(path, annotator="lan") as project:
        ids = [project.add_document(SourceDocument(text=t, title=f"Bài {i}")) for i, t in
               enumerate(TEXTS)]  # fmt: skip
        project.session().apply(SetStatus(ids[2], DONE))
    return path, [i for i in ids if i is not None]


def _statuses(path: Path, ids: list[int]) -> list[str]:
    return [stored_document(path, doc_id).status for doc_id in ids]


def _label_all(qtbot, window, *, accept: bool) -> None:
    search_corpus(qtbot, window, "Quảng Nam")
    qtbot.mouseClick(window.corpus.search.label_all_button, Qt.MouseButton.LeftButton)
    dialog = window.corpus.dialog
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=20000)
    dialog.label_combo.setCurrentIndex(dialog.label_combo.findData("LOC"))
    if accept:
        button = dialog.state.button(1)
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(6, button.height() // 2))
    qtbot.waitUntil(
        lambda: dialog.plan is not None and dialog.plan.accept == accept
        and dialog.plan.label == "LOC",
        timeout=20000,
    )  # fmt: skip
    assert dialog.plan.documents == 3
    said = "2 new documents will be in progress, as after an edit."
    assert (said in dialog.preview.text()) == accept, dialog.preview.text()
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)


def test_accepted_label_all_starts_the_new_documents_it_edits(qtbot, make_window, tmp_path):
    path, ids = _project(tmp_path)
    window = make_window(path)
    assert _statuses(path, ids) == [NEW, NEW, DONE, NEW]
    _label_all(qtbot, window, accept=True)
    assert _statuses(path, ids) == [IN_PROGRESS, IN_PROGRESS, DONE, NEW]
    model = window.documents.model
    qtbot.waitUntil(lambda: model.row_at(model.row_of(ids[0])).status == IN_PROGRESS)
    with qtbot.waitActive(window):
        window.activateWindow()
    qtbot.keyClick(window.editor, Qt.Key.Key_Z, CTRL)  # one step: spans and statuses
    assert _statuses(path, ids) == [NEW, NEW, DONE, NEW]


def test_suggested_label_all_leaves_them_new(qtbot, make_window, tmp_path):
    path, ids = _project(tmp_path)
    window = make_window(path)
    _label_all(qtbot, window, accept=False)
    assert _statuses(path, ids) == [NEW, NEW, DONE, NEW]


def test_the_step_is_undone_after_reopening_the_project(tmp_path):
    from annotator.store import open_project

    path, ids = _project(tmp_path)
    with open_project(path, annotator="lan") as project:
        project.session().apply(StartDocuments(tuple(ids)))
    assert _statuses(path, ids) == [IN_PROGRESS, IN_PROGRESS, DONE, IN_PROGRESS]
    with open_project(path, annotator="lan") as project:
        project.session().undo()  # read back from the action log
    assert _statuses(path, ids) == [NEW, NEW, DONE, NEW]
