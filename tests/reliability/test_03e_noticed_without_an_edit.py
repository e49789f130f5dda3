"""Item 3, noticed sooner: a backup put in place of the open project is said within seconds.

Before, the window learnt it only at the next edit, which was then refused:
a linguist who restored a backup and went on reading saw nothing wrong.
The window's watcher now looks at the file every few polls (a stat and a
header read while nothing changed) and says so at once, with Save as….
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from annotator.core.operations import AddSpan
from annotator.store import open_project
from annotator.store.errors import ProjectGoneError
from tests.gui.conftest import make_window, private_settings  # noqa: F401 (fixtures)
from tests.reliability.processes import digest, new_project


def _box(words: str):
    from PySide6.QtWidgets import QApplication, QMessageBox

    boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)]
    return next((b for b in boxes if b.isVisible() and words in b.text()), None)


def test_an_older_copy_put_in_place_is_said_without_an_edit(
    qtbot,
    make_window,  # noqa: F811 (the fixture)
    tmp_path: Path,
) -> None:
    from PySide6.QtWidgets import QPushButton

    path = new_project(tmp_path / "p.db")
    backup = tmp_path / "backup.db"
    shutil.copyfile(path, backup)  # last week's backup
    with open_project(path) as earlier:  # the week's work
        doc = earlier.document_ids()[0]
        for i in range(3):
            earlier.session().apply(AddSpan(doc, i * 4, i * 4 + 3, "PER"))
    window = make_window(path)
    window.open_document(doc)
    window.context.apply(AddSpan(doc, 20, 23, "PER"))
    assert window.project.settle()
    shutil.copyfile(backup, path)  # restored over the open project
    expected = digest(path)
    qtbot.waitUntil(lambda: _box("no further change will be saved") is not None, timeout=10_000)
    dialog = _box("no further change will be saved")
    assert "overwritten by another copy" in dialog.text()
    assert "NOT saved" not in dialog.text()  # no edit was refused
    assert any(b.text() == "Save as…" for b in dialog.findChildren(QPushButton))
    dialog.reject()
    window.close_project()
    assert digest(path) == expected
    with open_project(path) as now:
        assert now.spans(doc) == []


def test_an_untouched_project_says_nothing(
    qtbot,
    make_window,  # noqa: F811 (the fixture)
    tmp_path: Path,
) -> None:
    from annotator.gui import project_watch

    path = new_project(tmp_path / "p.db")
    window = make_window(path)
    doc = window.project.document_ids()[0]
    window.context.apply(AddSpan(doc, 0, 3, "PER"))
    told = []
    window.context.watcher.fileLost.connect(told.append)
    for _ in range(3 * project_watch.FILE_EVERY):
        window.context.watcher.poll()
    assert told == [] and _box("no further change") is None
    window.context.apply(AddSpan(doc, 4, 7, "PER"))
    assert len(window.project.spans(doc)) == 2


def test_a_loss_is_said_once(tmp_path: Path) -> None:
    """The refused edit's dialog, or the watcher's, not both and not one per look."""
    path = new_project(tmp_path / "p.db")
    project = open_project(path)
    session = project.session()
    doc = project.document_ids()[0]
    os.remove(path)
    with pytest.raises(ProjectGoneError, match="deleted or moved"):
        session.apply(AddSpan(doc, 0, 3, "PER"))
    assert project.file_lost() is None  # the refused edit said it
    project.close()
    other = new_project(tmp_path / "q.db")
    project = open_project(other)
    os.remove(other)
    lost = project.file_lost()
    assert lost is not None and "deleted or moved" in str(lost)
    assert project.file_lost() is None
    project.close()
