# ruff: noqa: F811 (the GUI fixtures are imported by name, then requested as arguments)
"""Item 2: a project deleted (or moved away) while open stops acknowledging edits and says where to save.

Before, edits kept being "saved" into the deleted file and were lost on
close, and a stale `-wal`/`-shm` was left behind.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from annotator.core.operations import AddSpan
from annotator.store import open_project
from annotator.store.errors import ProjectGoneError
from tests.gui.conftest import make_window, private_settings  # noqa: F401 (fixtures)
from tests.reliability.processes import new_project


def _sidecars(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith("p.db-"))


def test_edits_after_deletion_are_refused_and_can_be_saved_elsewhere(tmp_path: Path) -> None:
    path = new_project(tmp_path / "p.db")
    project = open_project(path)
    session = project.session()
    doc = project.document_ids()[0]
    kept = session.apply(AddSpan(doc, 0, 3, "PER")).spans_added[0]
    os.remove(path)
    for attempt in range(2):  # and it stays refused
        with pytest.raises(ProjectGoneError, match="deleted or moved") as caught:
            session.apply(AddSpan(doc, 4 + attempt, 8, "PER"))
        assert "NOT saved" in str(caught.value) and "Save project as" in str(caught.value)
    assert project.file_problem() == "was deleted or moved"
    rescued = project.save_as(tmp_path / "rescued.db")
    project.close()
    assert _sidecars(tmp_path) == []  # nothing stale left to meet the next project of that name
    with open_project(rescued) as copy:
        assert [s.id for s in copy.spans(doc)] == [kept]


def test_a_project_moved_while_open_keeps_every_edit_at_its_new_place(tmp_path: Path) -> None:
    path = new_project(tmp_path / "p.db")
    project = open_project(path)
    session = project.session()
    doc = project.document_ids()[0]
    spans = [session.apply(AddSpan(doc, i * 4, i * 4 + 3, "PER")).spans_added[0] for i in range(5)]
    moved = tmp_path / "elsewhere.db"
    os.rename(path, moved)
    with pytest.raises(ProjectGoneError) as caught:
        session.apply(AddSpan(doc, 40, 44, "PER"))
    # The message says where the project went, so nobody has to search for it.
    assert f"was moved to {moved} (the work saved so far is there)" in str(caught.value)
    project.close()
    assert _sidecars(tmp_path) == []
    with open_project(moved) as reopened:
        assert sorted(s.id for s in reopened.spans(doc)) == spans


def test_the_window_says_so_and_saves_the_work_elsewhere(qtbot, make_window, tmp_path) -> None:
    from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

    from annotator.gui import file_safety
    from tests.gui.helpers import drag_select

    path = new_project(tmp_path / "p.db")
    window = make_window(path)
    doc = window.project.document_ids()[0]
    window.open_document(doc)
    qtbot.waitUntil(lambda: window.editor.document_id() == doc)
    drag_select(qtbot, window.editor, 0, 3)
    qtbot.keyClick(window.editor, "1")
    assert len(window.project.spans(doc)) == 1
    os.remove(path)
    drag_select(qtbot, window.editor, 4, 8)
    qtbot.keyClick(window.editor, "1")

    def box():
        boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)]
        return next((b for b in boxes if b.isVisible() and "NOT saved" in b.text()), None)

    qtbot.waitUntil(lambda: box() is not None)
    dialog = box()
    assert dialog is not None and "deleted or moved" in dialog.text()
    assert any(b.text() == "Save as…" for b in dialog.findChildren(QPushButton))
    dialog.reject()
    rescued = tmp_path / "rescued.db"
    assert file_safety.save_as(window, rescued)  # what the Save as… button leads to
    assert window.context is not None and window.context.path == rescued
    assert len(window.project.spans(doc)) == 1
    window.close_project()
    assert _sidecars(tmp_path) == []
